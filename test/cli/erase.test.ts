// netzwerk erase: what review lists for deletion, or one named person, taken out through the
// writing path. Proven on a copy of test/fixtures/privacy/erase (stichtag 2026-11-23): the files
// differ from before by exactly the lines of the erased data, the report's figures (attendance,
// participants) stay the same, a person still needed is kept, a dry run changes no byte.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, fileHashes, fingerprint } from '../support/disk.js';
import { FIXTURES, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const FIXTURE = join(FIXTURES, 'privacy', 'erase');
const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

function copy(): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const dir = join(tmp.dir, 'netz');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/** The text without the given lines (each must be there exactly once). */
function without(text: string, lines: string[]): string {
  let out = text;
  for (const line of lines) {
    expect(out.split(line).length, line).toBe(2);
    out = out.replace(line, '');
  }
  return out;
}

interface Report {
  warnings: { code: string; message: string }[];
  [key: string]: unknown;
}
async function report(dir: string): Promise<Report> {
  const r = await run(['report', dir, '--format', 'json', '--audience', 'internal', ...TODAY]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}
/** The report's figures and the warnings it keeps: nothing the report counts may change. */
async function expectSameReport(before: Report, dir: string, goneWarnings: string[]): Promise<void> {
  const after = await report(dir);
  const { warnings: wb, ...figuresBefore } = before;
  const { warnings: wa, ...figuresAfter } = after;
  expect(figuresAfter).toEqual(figuresBefore);
  const said = (w: { code: string; message: string }) => `${w.code}: ${w.message}`;
  expect(wb.map(said).filter((w) => !wa.map(said).includes(w))).toEqual(goneWarnings);
  expect(wa.map(said).every((w) => wb.map(said).includes(w))).toBe(true);
}

describe('netzwerk erase', () => {
  it("--due: removes the departed partners' persons, their name where it stands alone; keeps figures, comments and every other byte", async () => {
    const dir = copy();
    const before = { partners: read(dir, 'partners.yaml'), meetings: read(dir, 'meetings.yaml'), agreements: read(dir, 'agreements.yaml') };
    const hashes = fileHashes(dir);
    const reportBefore = await report(dir);
    const r = await run(['erase', '--due', dir, ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(changedFiles(hashes, fileHashes(dir))).toEqual(['agreements.yaml', 'meetings.yaml', 'partners.yaml']);
    expect(read(dir, 'partners.yaml')).toBe(
      without(before.partners, [
        '  contacts:\n    - name: Frieda Fort\n      email: f.fort@alte-beratung.example\n      verified: 2026-02-01\n    - name: Gustav Gegangen\n      phone: "0000 22-0002"\n',
      ]),
    );
    expect(read(dir, 'meetings.yaml')).toBe(without(before.meetings, ['  location: Frieda Fort\n', '    - Frieda Fort # ein Name, allein\n']));
    expect(read(dir, 'agreements.yaml')).toBe(without(before.agreements, ['      signatory: Frieda Fort\n']));
    // what it did, what it left for the user, whom it kept and why
    expect(r.stdout).toContain('Gelöscht: Kontaktperson Frieda Fort (Alte Beratung) – partners.yaml, Zeile 41');
    expect(r.stdout).toContain('Gelöscht: Kontaktperson Gustav Gegangen (Alte Beratung) – partners.yaml, Zeile 44');
    expect(r.stdout).toContain('Gelöscht: Frieda Fort als Unterzeichnende von „Vereinbarung nach § 8a SGB VIII (2020)“');
    expect(r.stdout).toContain(
      'Bleibt, bitte selbst entscheiden: Frieda Fort steht in einem Text – meetings.yaml, Zeile 18: „Vortrag von Frieda Fort (Alte Beratung) zur Beratung bei Verdacht.“',
    );
    expect(r.stdout).toContain('Bleibt, bitte von Hand löschen: „Gustav Gegangen“');
    expect(r.stdout).toContain('Nicht gelöscht: Karl Knoten wird noch gebraucht: hat „Verfahrensabsprache Suchthilfe“ unterzeichnet');
    expect(read(dir, 'partners.yaml')).toContain('Karl Knoten');
    // the report counts the same: attendance of the departed institution, participants, everything but the deletion warnings
    await expectSameReport(reportBefore, dir, [
      expect.stringMatching(/^contact-retention: .*„Frieda Fort“/) as unknown as string,
      expect.stringMatching(/^contact-retention: .*„Gustav Gegangen“/) as unknown as string,
    ]);
    // review has nothing left to delete but the person still needed
    const review = await run(['review', dir, '--format', 'csv', ...TODAY]);
    expect(review.stdout).not.toContain('Frieda Fort');
    expect(review.stdout).toContain('Karl Knoten');
    // a second run finds nothing more to do and writes nothing
    const again = fingerprint(dir);
    const second = await run(['erase', '--due', dir, ...TODAY]);
    expect(second.code).toBe(0);
    expect(fingerprint(dir)).toBe(again);
  });

  it('--dry-run shows the diff and changes no byte', async () => {
    const dir = copy();
    const print = fingerprint(dir);
    const r = await run(['erase', '--due', dir, '--dry-run', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-    - name: Frieda Fort');
    expect(r.stdout).toContain('--dry-run');
    expect(fingerprint(dir)).toBe(print);
  });

  it('QUERY: one person of an active partner, every entry of theirs; the report keeps its figures', async () => {
    const dir = copy();
    const before = read(dir, 'partners.yaml');
    const reportBefore = await report(dir);
    const r = await run(['erase', 'd.grenzfall@beratung-markt.example', dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(read(dir, 'partners.yaml')).toBe(
      without(before, [
        '    - name: Dieter Grenzfall\n      function: "=HYPERLINK(\\"http://x.example\\")"\n      email: d.grenzfall@beratung-markt.example\n      verified: 2025-11-23\n',
      ]),
    );
    await expectSameReport(reportBefore, dir, [expect.stringMatching(/^contact-review-due: .*„Dieter Grenzfall“/) as unknown as string]);
  });

  it('refuses a person still needed, says why, in German and English, and writes nothing', async () => {
    const dir = copy();
    const print = fingerprint(dir);
    const de = await run(['erase', 'Anna Müller', dir, ...TODAY]);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain('Anna Müller wird noch gebraucht und wurde nicht gelöscht: koordiniert das Netzwerk (Jugendamt Beispielstadt)');
    expect(de.stderr).toContain('hat „Kooperationsvereinbarung Netzwerk Kinderschutz Beispielstadt“ unterzeichnet');
    const en = await run(['erase', 'Karl Knoten', dir, '--lang', 'en', ...TODAY]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Karl Knoten is still needed and was not erased: signed "Verfahrensabsprache Suchthilfe", which has not ended');
    for (const r of [de, en]) expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fingerprint(dir)).toBe(print);
  });

  it('a query that means several persons or nobody changes nothing (exit 2)', async () => {
    const dir = copy();
    const print = fingerprint(dir);
    const several = await run(['erase', 'Carla', dir, ...TODAY]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('„Carla“ passt auf 2 Personen; es wurde nichts gelöscht.');
    const nobody = await run(['erase', 'Zacharias Unbekannt', dir, ...TODAY]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('Zu „Zacharias Unbekannt“ gibt es keine Person im Netzwerk. Es wurde nichts gelöscht.');
    const both = await run(['erase', 'Carla', dir, '--due', ...TODAY]);
    expect(both.code).toBe(2);
    expect(fingerprint(dir)).toBe(print);
  });

  it('--due before the retention period has passed: nothing to erase', async () => {
    const dir = copy();
    const print = fingerprint(dir);
    const r = await run(['erase', '--due', dir, '--today', '2026-05-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Es ist nichts zu löschen');
    expect(fingerprint(dir)).toBe(print);
  });
});
