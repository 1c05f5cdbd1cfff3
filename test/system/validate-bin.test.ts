// `netzwerk validate` as the real bin: the fixture table of test/cli/validate.test.ts (the same
// exit codes, files, lines and messages as in-process; the cases side by side) and the version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runBin } from '../support/helpers.js';
import { check, titled, TODAY } from '../support/validate-cases.js';

describe('validate: fixture table, real bin', () => {
  it.concurrent.for(titled)('%s', async ([, c]) => {
    check(c, await runBin(['validate', join(FIXTURES, c.fixture), ...TODAY, ...(c.args ?? [])]));
  });
});

describe('validate: the version, real bin', () => {
  it('-V and --version print the version of package.json, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['-V', '--version']) expect(await runBin([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
