"""Checks a folder written by `netzwerk directory --format hsds` against Open Referral's own HSDS 3.0
files, independently of netzwerk: organizations.json and services.json against the JSON Schemas
of HSDS (schema/*.json, python3-jsonschema, their references resolved by file name); each CSV
against HSDS's datapackage.json (the same columns in the same order, required and unique ids,
numbers that are numbers, every *_id that points to a row of the table it names); and every id
recomputed as UUID v5 (Python's uuid module) from the network's and the partner's ids.
Usage: check_hsds.py HSDS_FIXTURES OUT_DIR NETWORK_ID PARTNER_ID...
Prints problems, one a line, and exits 1 when there is any; prints a summary otherwise."""
import csv, json, os, sys, uuid
from jsonschema import Draft202012Validator, RefResolver

fixtures, out, network_id, partner_ids = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
problems = []

store = {}
schema_dir = os.path.join(fixtures, 'schema')
for name in os.listdir(schema_dir):
    with open(os.path.join(schema_dir, name), encoding='utf-8') as f:
        store[name] = json.load(f)
def validator(name):
    return Draft202012Validator(store[name], resolver=RefResolver(base_uri='', referrer=store[name], store=store))

for file, schema in (('organizations.json', 'organization.json'), ('services.json', 'service.json')):
    with open(os.path.join(out, file), encoding='utf-8') as f:
        items = json.load(f)
    v = validator(schema)
    for i, item in enumerate(items):
        for e in v.iter_errors(item):
            problems.append(f'{file}[{i}] {list(e.absolute_path)}: {e.message}')

with open(os.path.join(fixtures, 'datapackage.json'), encoding='utf-8') as f:
    hsds = {r['name']: r for r in json.load(f)['resources']}
with open(os.path.join(out, 'datapackage.json'), encoding='utf-8') as f:
    ours = json.load(f)
if ours.get('profile') != 'tabular-data-package':
    problems.append('datapackage.json: profile is not tabular-data-package')
rows_by_table = {}
for res in ours['resources']:
    ref = hsds.get(res['name'])
    if ref is None:
        problems.append(f"datapackage.json: {res['name']} is no HSDS resource"); continue
    if res['path'] != ref['path']:
        problems.append(f"{res['name']}: path {res['path']} is not HSDS's {ref['path']}")
    names = [f['name'] for f in ref['schema']['fields']]
    if [f['name'] for f in res['schema']['fields']] != names:
        problems.append(f"{res['name']}: datapackage fields differ from HSDS's")
    types = {f['name']: f['type'] for f in ref['schema']['fields']}
    for f in res['schema']['fields']:
        if f['type'] != types.get(f['name']):
            problems.append(f"{res['name']}.{f['name']}: type {f['type']}, HSDS says {types.get(f['name'])}")
    with open(os.path.join(out, res['path']), encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != names:
        problems.append(f"{res['path']}: header {rows[0]} is not HSDS's {names}")
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    rows_by_table[res['name']] = records
    required = [f['name'] for f in ref['schema']['fields'] if f.get('constraints', {}).get('required')]
    seen = set()
    for n, rec in enumerate(records, start=2):
        for r in required:
            if rec.get(r, '') == '':
                problems.append(f"{res['path']}:{n}: {r} is required by HSDS")
        if rec['id'] in seen:
            problems.append(f"{res['path']}:{n}: id {rec['id']} twice")
        seen.add(rec['id'])
        uuid.UUID(rec['id'])
        for name, typ in types.items():
            if typ == 'number' and rec.get(name, '') != '':
                float(rec[name])

for res in ours['resources']:
    for fk in res['schema'].get('foreignKeys', []):
        target = {r['id'] for r in rows_by_table[fk['reference']['resource']]}
        for rec in rows_by_table[res['name']]:
            value = rec.get(fk['fields'], '')
            if value != '' and value not in target:
                problems.append(f"{res['path']}: {fk['fields']} {value} points to no {fk['reference']['resource']}")

namespace = uuid.uuid5(uuid.NAMESPACE_URL, f'https://netzwerk.invalid/{network_id}')
organization_ids = {r['id'] for r in rows_by_table['organization']}
for pid in partner_ids:
    expected = str(uuid.uuid5(namespace, f'partner/{pid}'))
    if expected not in organization_ids:
        problems.append(f'partner {pid}: no organization with the id {expected}')

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"ok: {len(rows_by_table['organization'])} organizations, {len(rows_by_table['service'])} services, {sum(len(r) for r in rows_by_table.values())} rows")
