// The collection `activities` (FORMAT.md, Extensions): the coordination's work outside meetings.
// Real dates, one day or a period, end not before start, no fields about persons; a
// representation without the body it happened in is a warning.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The minimal valid network with `activities.yaml` (or a file in activities/) holding `yaml`. */
function networkWith(yaml: string, file = 'activities.yaml'): string {
  const tmp = tempDir();
  cleanup = tmp.remove;
  cpSync(join(FIXTURES, 'valid/minimal'), tmp.dir, { recursive: true });
  if (file.includes('/')) mkdirSync(join(tmp.dir, 'activities'), { recursive: true });
  writeFileSync(join(tmp.dir, file), yaml);
  return tmp.dir;
}

async function validate(dir: string) {
  const r = await run(['validate', dir, '--today', '2026-11-23', '--format', 'json']);
  return {
    code: r.code,
    ...(JSON.parse(r.stdout) as {
      errors: { file: string; line: number; code: string; message: string }[];
      warnings: { code: string; line: number; message: string }[];
    }),
  };
}

describe('activities', () => {
  it('accept one day, a period, a count, a body and a link; a list in a file or a single item in activities/', async () => {
    const dir = networkWith(`- id: 2026-03-ak
  title: Bericht im Arbeitskreis Frühe Hilfen
  type: vertretung
  date: 2026-03-18
  body: Arbeitskreis Frühe Hilfen Musterkreis
- id: fachberatung-2026
  title: Fachberatungen
  type: fachberatung
  start: 2026-01-01
  end: 2026-06-30
  count: 12
`);
    writeFileSync(join(dir, 'activities-nicht-gelesen.yaml'), 'kaputt: [');
    mkdirSync(join(dir, 'activities'));
    writeFileSync(
      join(dir, 'activities', 'presse.yaml'),
      'id: presse\ntitle: Pressemitteilung\ntype: oeffentlichkeitsarbeit\ndate: 2026-05-02\nurl: https://www.musterkreis.example/presse\n',
    );
    const r = await validate(dir);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each([
    ['no day at all', '- id: a\n  title: Flyer\n  type: oeffentlichkeitsarbeit\n', 1, 'activity-no-date', 'fehlt das Datum'],
    [
      'a day and a period',
      '- id: a\n  title: Flyer\n  type: sonstige\n  date: 2026-01-02\n  start: 2026-01-01\n',
      5,
      'activity-date-and-range',
      'nicht beides',
    ],
    [
      'an end before the start',
      '- id: a\n  title: Beratungen\n  type: fachberatung\n  start: 2026-03-01\n  end: 2026-02-01\n',
      5,
      'end-before-start',
      'vor dem Beginn',
    ],
    ['a day not in the calendar', '- id: a\n  title: Flyer\n  type: sonstige\n  date: 2026-02-30\n', 4, 'invalid-calendar-date', 'kein Tag im Kalender'],
    ['an unknown type', '- id: a\n  title: Flyer\n  type: werbung\n  date: 2026-02-03\n', 3, 'invalid-value', 'keine Art von Tätigkeit'],
    [
      'a field about persons',
      '- id: a\n  title: Beratung\n  type: fachberatung\n  date: 2026-02-03\n  person: Anna Beispiel\n',
      5,
      'unknown-property',
      'kein bekanntes Feld',
    ],
    ['a negative count', '- id: a\n  title: Beratung\n  type: fachberatung\n  date: 2026-02-03\n  count: -2\n', 5, 'too-small', ''],
    [
      'an id twice',
      '- id: a\n  title: A\n  type: sonstige\n  date: 2026-02-03\n- id: a\n  title: B\n  type: sonstige\n  date: 2026-02-04\n',
      5,
      'duplicate-id',
      '',
    ],
  ])('reject %s with file and line', async (_, yaml, line, code, says) => {
    const r = await validate(networkWith(yaml));
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatchObject({ file: 'activities.yaml', line, code });
    expect(r.errors[0]!.message).toContain(says);
  });

  it('an impossible start is one error, not also "before the start"', async () => {
    const r = await validate(networkWith('- id: a\n  title: Beratungen\n  type: fachberatung\n  start: 2026-02-30\n  end: 2026-02-01\n'));
    expect(r.errors.map((e) => e.code)).toEqual(['invalid-calendar-date']);
  });

  it('warn when a representation does not say in which body', async () => {
    const r = await validate(networkWith('- id: a\n  title: Vorstellung des Netzwerks\n  type: vertretung\n  date: 2026-02-03\n'));
    expect(r.code).toBe(0);
    expect(r.warnings.filter((w) => w.code === 'activity-body-missing')).toMatchObject([{ line: 3 }]);
    expect(r.warnings.find((w) => w.code === 'activity-body-missing')!.message).toContain('„Vorstellung des Netzwerks“');
  });

  it('are searched by `person` as free texts (a name written there is found)', async () => {
    const dir = networkWith('- id: a\n  title: Vortrag\n  type: sonstige\n  date: 2026-02-03\n  description: Mit Erika Beispiel vorbereitet\n');
    const r = await run(['person', 'Erika Beispiel', dir, '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/activities\.yaml, Zeile 5/);
  });
});
