"""Checks JSON documents against a JSON Schema with python3-jsonschema (draft-07), independently of
netzwerk. Usage: check_json_schema.py SCHEMA FILE... Prints each error and exits 1 if any document
does not validate."""
import json
import sys

from jsonschema import Draft7Validator

with open(sys.argv[1], encoding='utf-8') as f:
    schema = json.load(f)
Draft7Validator.check_schema(schema)
validator = Draft7Validator(schema)
failed = False
for path in sys.argv[2:]:
    with open(path, encoding='utf-8') as f:
        document = json.load(f)
    for error in validator.iter_errors(document):
        failed = True
        print(f"{path}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}")
sys.exit(1 if failed else 0)
