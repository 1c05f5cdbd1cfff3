// add meeting with the length of a qualification offer (issue 32, item 5): --hours as
// coordinators write it (6,5), --teaching-units, --learning-content (repeated) become exactly
// these lines of meetings.yaml, the report then counts the held offer's hours, and a value that is
// no number changes nothing (exit 2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { examplePerTest, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

const example = examplePerTest();
const herne = () => example('herne');

describe('add meeting --hours --teaching-units --learning-content', () => {
  it('writes the length and the learning content, and the report counts the held offer', async () => {
    const dir = herne();
    const before = readFileSync(join(dir, 'meetings.yaml'), 'utf8');
    const r = await run([
      'add',
      'meeting',
      dir,
      '--title',
      'Fortbildung Gesprächsführung',
      '--type',
      'Fortbildung',
      '--start',
      '12.05.2026 09:00',
      '--end',
      '12.05.2026 15:30',
      '--status',
      'stattgefunden',
      '--hours',
      '6,5',
      '--teaching-units',
      '8',
      '--learning-content',
      'Gespräche mit Eltern vorbereiten',
      '--learning-content',
      'Gewichtige Anhaltspunkte, ansprechen',
      ...TODAY,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'meetings.yaml'), 'utf8')).toBe(
      `${before}
- id: 2026-05-fortbildung-gespraechsfuehrung
  title: Fortbildung Gesprächsführung
  type: fortbildung
  start: 2026-05-12 09:00
  end: 2026-05-12 15:30
  status: held
  hours: 6.5
  teaching_units: 8
  learning_content: [Gespräche mit Eltern vorbereiten, "Gewichtige Anhaltspunkte, ansprechen"]
`,
    );
    const report = JSON.parse((await run(['report', dir, '--format', 'json', '--year', '2026', ...TODAY])).stdout) as {
      meetings: { qualification_hours: unknown };
    };
    expect(report.meetings.qualification_hours).toEqual({ offers: 1, hours: 6.5, teaching_units: 8 });
  });

  it('refuses a length that is no number, in German and English, and writes nothing', async () => {
    const dir = herne();
    const before = fingerprint(dir);
    const base = ['add', 'meeting', dir, '--title', 'Fortbildung', '--type', 'fortbildung', '--start', '2027-05-12', ...TODAY];
    const hours = await run([...base, '--hours', 'viel']);
    expect([hours.code, hours.stderr]).toEqual([2, 'netzwerk: --hours: „viel“ ist keine Zahl von Stunden (z. B. 6 oder 6,5).\n']);
    const units = await run([...base, '--teaching-units', '2,5', '--lang', 'en']);
    expect([units.code, units.stderr]).toEqual([2, 'netzwerk: --teaching-units: "2,5" is not a whole number of teaching units (1 to 1000, e.g. 8).\n']);
    expect(fingerprint(dir)).toBe(before);
  });
});
