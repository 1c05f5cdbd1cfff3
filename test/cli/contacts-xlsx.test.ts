// `contacts --out liste.xlsx` / `--format xlsx`: the format from the ending or --format, the same
// bytes either way. Read back by openpyxl and LibreOffice: test/system/contacts-xlsx-readers.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'contacts', 'canary');
const TODAY = ['--today', '2026-11-23'];

async function workbook(dir: string, ...extra: string[]): Promise<string> {
  const r = await run(['contacts', NET, '--audience', 'internal', '--out', 'liste.xlsx', ...TODAY, ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, 'liste.xlsx');
}

describe('contacts as an Excel workbook', () => {
  it('is a zip (xlsx) and picks the format from the ending or --format', async () => {
    const tmp = tempDir();
    try {
      const file = await workbook(tmp.dir);
      expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      const r = await run(['contacts', NET, '--audience', 'internal', '--format', 'xlsx', '--out', 'liste2.xlsx', ...TODAY], { cwd: tmp.dir });
      expect(r.code).toBe(0);
      expect(readFileSync(join(tmp.dir, 'liste2.xlsx'))).toEqual(readFileSync(file));
    } finally {
      tmp.remove();
    }
  });
});
