// `person` and `review` answer from whatever parses (FORMAT.md, Extensions): the errors first, on
// stderr, as `validate` prints them; then the answer on stdout and what it could not cover; exit 0.
// An entry that fails the schema is still searched, as it is written in the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, run, STACK_TRACE } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function kleve(): string {
  const copy = copyExample('kreis-kleve');
  cleanup.push(copy.remove);
  return copy.dir;
}

/** The first `sector: jugendamt` misspelt: the first partner (Emmerich, with Wiebke Hendricks) fails the schema. */
function misspellSector(dir: string): void {
  const file = join(dir, 'partners.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('sector: jugendamt', 'sector: jugendamtt'));
}

describe('person answers with errors in the data', () => {
  it('with a partners.yaml that cannot be read at all: errors first, the answer from the rest, which file is missing', async () => {
    const dir = kleve();
    writeFileSync(join(dir, 'partners.yaml'), '- id: kaputt\n  name: "nicht geschlossen\n');
    const validate = await run(['validate', dir, ...TODAY]);
    const r = await run(['person', 'Tebest', dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr.startsWith(validate.stdout)).toBe(true); // the diagnostics exactly as validate prints them
    expect(r.stderr).toContain('Nicht gelesen werden konnten: partners.yaml. Was darin steht, fehlt in dieser Antwort');
    expect(r.stdout).toContain('network.yaml, Zeile 39 – Koordination');
    expect(r.stdout).toContain('Miriam Tebest');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('finds a person in an entry that failed the schema, with every field as written', async () => {
    const dir = kleve();
    misspellSector(dir);
    const r = await run(['person', 'Hendricks', dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^partners\.yaml:\d+:\d+ {2}Fehler {3}sector: „jugendamtt“ ist kein Sektor/);
    expect(r.stderr).toContain('ein Eintrag mit Fehlern wurde so durchsucht, wie er in der Datei steht');
    expect(r.stdout).toContain('partners.yaml, Zeile 18 – Eintrag mit Fehlern');
    expect(r.stdout).toMatch(/E-Mail: +w\.hendricks@emmerich\.example/);
    expect(r.stdout).not.toMatch(/\[\d+\]/); // no internal paths
    const json = JSON.parse((await run(['person', 'Hendricks', dir, '--format', 'json', ...TODAY])).stdout);
    expect(json.occurrences).toHaveLength(1);
    expect(json.occurrences[0]).toMatchObject({
      kind: 'unchecked',
      file: 'partners.yaml',
      line: 18,
      item: 'partners',
      fields: { email: 'w.hendricks@emmerich.example', insofa: 'true' },
    });
    expect(json.incomplete).toEqual({ unreadable_files: [], entries_with_errors: 1 });
  });

  it('finds the coordinators of a network.yaml that failed the schema', async () => {
    const dir = kleve();
    const file = join(dir, 'network.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timezone: Europe/Berlin\n', 'timezone: Europe/Berlin\nfarbe: blau\n'));
    const r = await run(['person', 'Verhülsdonk', dir, '--format', 'json', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('farbe');
    expect(JSON.parse(r.stdout).occurrences.map((o: { kind: string; fields: { email: string } }) => [o.kind, o.fields.email])).toEqual([
      ['unchecked', 'l.verhuelsdonk@geldern.example'],
    ]);
  });

  it('without errors, says nothing on stderr', async () => {
    const r = await run(['person', 'Tebest', kleve(), ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('review answers with errors in the data', () => {
  it('checks what can be read and names the entries it could not check', async () => {
    const dir = kleve();
    misspellSector(dir);
    const r = await run(['review', dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^partners\.yaml:\d+:\d+ {2}Fehler/);
    expect(r.stderr).toContain('Geprüft ist alles, was sich lesen ließ; nicht geprüft, weil fehlerhaft: partners.yaml Zeile 6.');
    expect(r.stdout).toMatch(/Kontaktdaten|Überprüfung|Bestätigung/);
  });

  it('names a file it could not read at all', async () => {
    const dir = kleve();
    writeFileSync(join(dir, 'meetings.yaml'), 'a: [\n');
    const r = await run(['review', dir, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Nicht gelesen werden konnten: meetings.yaml');
  });
});
