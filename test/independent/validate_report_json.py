"""Validates report JSON files against schemas/output/report.schema.json with python3-jsonschema
(draft-07), independently of netzwerk. Usage: validate_report_json.py SCHEMA FILE...
Prints one line per file and exits 1 if any file does not validate."""
import json, sys
from jsonschema import Draft7Validator

schema_file, files = sys.argv[1], sys.argv[2:]
with open(schema_file, encoding='utf-8') as f:
    schema = json.load(f)
Draft7Validator.check_schema(schema)
validator = Draft7Validator(schema)
failed = 0
for path in files:
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        failed += 1
        where = '/'.join(str(p) for p in errors[0].absolute_path)
        print(f'FAIL {path}: {where}: {errors[0].message}')
    else:
        print(f'ok   {path}')
print(f'{len(files)} files checked, {failed} failed')
sys.exit(1 if failed or not files else 0)
