"""Validates network folders against schemas/ with python3-jsonschema (draft-07), independently
of netzwerk's own validator. Usage: validate_with_jsonschema.py SCHEMA_DIR NETWORK_DIR...
Prints one line per file and exits 1 if any file does not validate."""
import json, os, sys
import yaml
from jsonschema import Draft7Validator

class CoreLoader(yaml.SafeLoader):
    """YAML 1.2 core schema, as netzwerk reads it: dates stay strings."""
CoreLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != 'tag:yaml.org,2002:timestamp']
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

schema_dir, folders = sys.argv[1], sys.argv[2:]
schemas = {}
for name in ('network', 'partners', 'meetings', 'agreements', 'activities'):
    with open(os.path.join(schema_dir, f'{name}.schema.json'), encoding='utf-8') as f:
        schema = json.load(f)
    Draft7Validator.check_schema(schema)
    schemas[name] = Draft7Validator(schema)

failed = 0
checked = 0
for folder in folders:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        for filename in sorted(filenames):
            if not filename.endswith(('.yaml', '.yml')) or filename.startswith('.'):
                continue
            path = os.path.join(dirpath, filename)
            top = os.path.relpath(path, folder).split(os.sep)[0].split('.')[0]
            if top not in schemas:
                continue
            with open(path, encoding='utf-8-sig') as f:
                data = yaml.load(f, Loader=CoreLoader)
            errors = list(schemas[top].iter_errors(data))
            checked += 1
            if errors:
                failed += 1
                print(f'FAIL {path}: {errors[0].message}')
            else:
                print(f'ok   {path}')
print(f'{checked} files checked, {failed} failed')
sys.exit(1 if failed or checked == 0 else 0)
