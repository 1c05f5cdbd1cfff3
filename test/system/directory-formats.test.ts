// `netzwerk directory`: every example at both audiences in every format, read back by independent
// programs (csv-parse, openpyxl, python-jsonschema against docs/directory.schema.json): one entry
// per active partner, also without a contact person; nobody beyond their visibility (the persons
// collected from the examples' YAML, test/support/people.ts); the Excel golden file as openpyxl
// reads it. The rules of the Wegweiser and the other golden files: test/cli/directory.test.ts.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/system/directory-formats.test.ts
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, expectGolden, ROOT, run, tempDir } from '../support/helpers.js';
import { activePartners, allPersons, hiddenNames, persons, visibleNames } from '../support/people.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const TODAY = '2026-11-23';
const hasOpenpyxl = hasPythonModule('openpyxl');
const hasJsonschema = hasPythonModule('jsonschema');
const GOLDEN = join(ROOT, 'test', 'golden', 'directory');
const AUDIENCES = ['network', 'public'] as const;

interface Entry {
  id: string;
  name: string;
  address: { street: string | null; postal_code: string | null; city: string | null } | null;
  insofa: 'persons' | 'institution' | null;
  contacts: { name: string; insofa: boolean; coordinator: boolean }[];
}
interface DirectoryJson {
  audience: string;
  entries: Entry[];
  insofa: string[];
  coordination: { contacts: { name: string; partner: string }[]; offices: string[] };
  events: { id: string; status: string }[];
}

async function directory(dir: string, ...args: string[]) {
  const r = await run(['directory', dir, '--today', TODAY, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

const csvRows = (text: string): string[][] => parseCsv(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];

/** The workbook as rows of cell texts, read by openpyxl (test/independent/read_xlsx.py). */
function xlsxRows(file: string): { rows: string[][]; types: Set<string> } {
  const r = spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'read_xlsx.py'), file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const book = JSON.parse(r.stdout) as { cells: { ref: string; value: string | number; type: string }[] };
  const rows: string[][] = [];
  for (const c of book.cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
    const index = [...col!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (rows[Number(row) - 1] ??= [])[index] = String(c.value);
  }
  return { rows: rows.map((r) => Array.from(r, (v) => v ?? '')), types: new Set(book.cells.map((c) => c.type)) };
}

function checkSchema(files: string[]): void {
  const r = spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'check_json_schema.py'), join(ROOT, 'docs', 'directory.schema.json'), ...files], {
    encoding: 'utf8',
  });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}

const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('directory: every example, both audiences, every format', () => {
  for (const example of EXAMPLE_NAMES) {
    const dir = join(EXAMPLES, example);
    for (const audience of AUDIENCES) {
      it.runIf(hasOpenpyxl && hasJsonschema)(`${example} --audience ${audience}: csv, json, xlsx, html`, async () => {
        const active = activePartners(dir, TODAY);
        const activeNames = active.map((p) => p.name).sort();
        const all = persons(dir);
        const hidden = hiddenNames(all, audience);
        expect(hidden.length, 'the example has persons this audience must not see').toBeGreaterThan(0);
        const tmp = tempDir();
        try {
          const outputs: Record<string, string> = {};
          for (const format of ['csv', 'json', 'html'] as const) outputs[format] = (await directory(dir, '--audience', audience, '--format', format)).stdout;
          const xlsx = await run(['directory', dir, '--today', TODAY, '--audience', audience, '--out', 'verzeichnis.xlsx'], { cwd: tmp.dir });
          expect(xlsx.code, xlsx.stderr).toBe(0);
          const book = xlsxRows(join(tmp.dir, 'verzeichnis.xlsx'));
          outputs.xlsx = book.rows.map((r) => r.join('\t')).join('\n');

          // Nobody beyond their visibility, in any format.
          for (const [format, text] of Object.entries(outputs)) for (const name of hidden) expect(text, `${format}: ${name}`).not.toContain(name);

          // CSV: one row per active partner, those without a contact person included.
          const rows = csvRows(outputs.csv!);
          expect(
            rows
              .slice(1)
              .map((r) => r[0])
              .sort(),
          ).toEqual(activeNames);
          expect(
            rows.slice(1).some((r) => r[11] === ''),
            'a partner without a visible person',
          ).toBe(true);
          for (const p of active) {
            const row = rows.find((r) => r[0] === p.name)!;
            expect(row.slice(4, 7)).toEqual([p.address?.street ?? '', p.address?.postal_code ?? '', p.address?.city ?? '']);
          }

          // xlsx: the same rows, every cell text.
          const trimmed = (r: string[]) => r.slice(0, r.findLastIndex((c) => c !== '') + 1);
          expect(book.rows.map(trimmed)).toEqual(rows.map((r) => trimmed(r.map((c) => c.replace(/^'/, '')))));
          expect([...book.types]).toEqual(['s']);

          // JSON: the same partners, valid against the documented schema; its persons are all visible ones.
          const j = JSON.parse(outputs.json!) as DirectoryJson;
          expect(j.entries.map((e) => e.name).sort()).toEqual(activeNames);
          const jsonFile = join(tmp.dir, 'verzeichnis.json');
          writeFileSync(jsonFile, outputs.json!);
          checkSchema([jsonFile]);
          const named = [...j.entries.flatMap((e) => e.contacts.map((c) => c.name)), ...j.coordination.contacts.map((c) => c.name)];
          expect(named.length, 'the control: the directory names somebody').toBeGreaterThan(0);
          const allowed = new Set(visibleNames(allPersons(dir), audience));
          for (const name of named) expect(allowed.has(name), name).toBe(true);

          // HTML: every active partner with its address.
          for (const p of active) {
            expect(outputs.html, p.name).toContain(`>${htmlText(p.name)}</h4>`);
            for (const part of [p.address?.street, p.address?.postal_code, p.address?.city])
              if (part) expect(outputs.html, `${p.name}: ${part}`).toContain(htmlText(part));
          }
        } finally {
          tmp.remove();
        }
      });
    }
  }
});

describe('directory: golden files', () => {
  it.runIf(hasOpenpyxl)('herne network Excel, as openpyxl reads it', async () => {
    const tmp = tempDir();
    try {
      expect((await run(['directory', join(EXAMPLES, 'herne'), '--today', TODAY, '--out', 'herne.xlsx'], { cwd: tmp.dir })).code).toBe(0);
      const r = spawnSync(PYTHON, [join(ROOT, 'test', 'independent', 'read_xlsx.py'), join(tmp.dir, 'herne.xlsx')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expectGolden(join(GOLDEN, 'herne-network.xlsx.json'), `${JSON.stringify(JSON.parse(r.stdout), null, 1)}\n`);
    } finally {
      tmp.remove();
    }
  });
});
