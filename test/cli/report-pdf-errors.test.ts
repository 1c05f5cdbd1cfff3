// `report --out` with an ending the report cannot be written as: exit 2, nothing written. The
// PDF itself: test/system/report-pdf.test.ts; without the typesetter: test/system/pdf-process.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

describe('--out bericht.docx', () => {
  it('exits 2 and writes nothing', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', join(EXAMPLES, 'ratingen'), '--out', 'bericht.docx', ...TODAY], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--out: Dateien mit der Endung „.docx“ kann dieser Befehl nicht schreiben');
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.remove();
    }
  });
});
