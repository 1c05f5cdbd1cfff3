// netzwerk import of an XLSX file written by openpyxl, an independent program (python3-openpyxl),
// in-process and by the built program, which loads exceljs only then. The rest of import:
// test/cli/import.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { run, runBin, tempDir } from '../support/helpers.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A new network from `init`, in a scratch folder. */
async function initNetwork(): Promise<{ root: string; dir: string }> {
  const tmp = tempDir();
  cleanup = tmp.remove;
  const dir = join(tmp.dir, 'netz');
  expect((await run(['init', dir, ...TODAY])).code).toBe(0);
  return { root: tmp.dir, dir };
}

describe.runIf(hasPythonModule('openpyxl'))('import of an XLSX file written by openpyxl', () => {
  it('reads the first sheet with data: numbers as text (a lost leading zero put back), dates, several rows per institution', async () => {
    const { root, dir } = await initNetwork();
    const file = join(root, 'liste.xlsx');
    const script = `
import openpyxl, datetime, sys
wb = openpyxl.Workbook()
wb.active.title = 'Leer'
ws = wb.create_sheet('Partner')
ws.append(['Einrichtung', 'Sektor', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'PLZ', 'Sichtbarkeit', 'Einwilligung', 'InsoFa', 'Stand'])
ws.append(['Familienzentrum Löwenzahn', 'Familienzentrum', 'Frieda', 'Groß', 'f.gross@loewenzahn.example', '01234 500-1', 1067, 'öffentlich', datetime.datetime(2026, 3, 1), 'ja', datetime.datetime(2026, 10, 1)])
ws.append(['Familienzentrum Löwenzahn', 'Familienzentrum', 'Ömer', 'Yıldız', 'o.yildiz@loewenzahn.example', '01234 500-2', None, 'Netzwerk', None, 'nein', '02.10.2026'])
ws.append(['Suchtberatung Musterstadt', 'Suchtberatung', 'Sven', 'Klar', 's.klar@sucht.example', None, None, 'öffentlich', None, None, None])
wb.save(sys.argv[1])
`;
    const made = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const r = await run(['import', file, dir, ...TODAY]);
    expect(r.code).toBe(0);
    // The list's "Stand" is the date of confirmation; Sven Klar's row has none, so none is invented.
    expect(r.stderr).toContain('Die Kontaktdaten von „Sven Klar“ wurden nie bestätigt');
    expect(r.stderr).not.toContain('Frieda');
    expect(r.stdout).toContain('(Excel, Blatt „Partner“), 3 Zeilen mit Inhalt.');
    expect(r.stdout).toContain('Zeile 4: „Sven Klar“ ist öffentlich markiert, aber ohne Datum der Einwilligung – nur für das Netzwerk (network) übernommen.');
    const partners = parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as {
      id: string;
      sector: string;
      address?: { postal_code: string };
      contacts: Record<string, unknown>[];
    }[];
    const fz = partners.find((p) => p.id === 'familienzentrum-loewenzahn')!;
    expect(fz.sector).toBe('kita');
    expect(fz.address).toEqual({ postal_code: '01067' });
    expect(fz.contacts).toEqual([
      {
        name: 'Frieda Groß',
        email: 'f.gross@loewenzahn.example',
        phone: '01234 500-1',
        insofa: true,
        visibility: 'public',
        consent: '2026-03-01',
        verified: '2026-10-01',
      },
      { name: 'Ömer Yıldız', email: 'o.yildiz@loewenzahn.example', phone: '01234 500-2', visibility: 'network', verified: '2026-10-02' },
    ]);
    expect(partners.find((p) => p.id === 'suchtberatung-musterstadt')!.contacts[0]!.visibility).toBe('network');

    // The built program loads exceljs only now, from node_modules (outside the bundle): the same reading.
    const again = await runBin(['import', file, dir, '--dry-run', ...TODAY]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('(Excel, Blatt „Partner“), 3 Zeilen mit Inhalt.');
    expect(again.stdout).toContain('Neu: 0 Partner mit 0 Kontaktpersonen');
  });
});
