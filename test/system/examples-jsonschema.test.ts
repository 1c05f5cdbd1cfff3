// The shipped examples (and the valid fixtures) are accepted by an independent draft-07 validator,
// python3-jsonschema (test/independent/validate_with_jsonschema.py). The rest: test/unit/examples.test.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT } from '../support/helpers.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

describe('examples', () => {
  it.runIf(hasPythonModule('jsonschema') && hasPythonModule('yaml'))('are accepted by an independent draft-07 validator (python3-jsonschema)', () => {
    const folders = [...EXAMPLE_NAMES.map((n) => join(EXAMPLES, n)), join(FIXTURES, 'valid/minimal'), join(FIXTURES, 'valid/folders')];
    const result = spawnSync(PYTHON, [join(ROOT, 'test/independent/validate_with_jsonschema.py'), join(ROOT, 'schemas'), ...folders], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toMatch(/\d+ files checked, 0 failed/);
    expect(result.status).toBe(0);
  });
});
