// Issue 21, limits: texts, lists and numbers are bounded in the schemas with clear messages.
// Long values in the did-you-mean distance, the uniqueness check and the word wrap (linear, with
// a small heap): test/stress/bounded-resources.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, run, STACK_TRACE, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(name = 'kreis-wesel'): string {
  const { dir, remove } = copyExample(name);
  cleanup.push(remove);
  return dir;
}

function expectClean(result: RunResult, code: number): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(/interner Fehler|internal error|heap out of memory/);
  expect(result.code, output.slice(0, 2000)).toBe(code);
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('length limits with clear messages (issue 21, 4)', () => {
  it('an id up to 100, a name up to 300, a long text up to 10,000 characters; lists bounded', async () => {
    const dir = network('kreis-kleve');
    edit(join(dir, 'network.yaml'), (t) =>
      t
        .replace('name: Netzwerk Kinderschutz Kreis Kleve', `name: "${'N'.repeat(300)}"`)
        .replace(/^mission_statement: .*$/m, '')
        .concat(`mission_statement: "${'L'.repeat(10_000)}"\n`),
    );
    expectClean(await run(['validate', dir, ...TODAY]), 0);

    edit(join(dir, 'network.yaml'), (t) =>
      t.replace(`name: "${'N'.repeat(300)}"`, `name: "${'N'.repeat(301)}"`).replace(`"${'L'.repeat(10_000)}"`, `"${'L'.repeat(10_001)}"`),
    );
    edit(
      join(dir, 'partners.yaml'),
      (t) => `${t}\n- id: ${'p'.repeat(101)}\n  name: Zu lang\n  sector: sonstige\n  contacts:\n${'    - name: Eine Person\n'.repeat(1_001)}`,
    );
    const de = await run(['validate', dir, ...TODAY]);
    expectClean(de, 1);
    expect(de.stdout).toContain('name: Der Text ist zu lang: 301 Zeichen, erlaubt sind höchstens 300.');
    expect(de.stdout).toContain('mission_statement: Der Text ist zu lang: 10.001 Zeichen, erlaubt sind höchstens 10.000.');
    expect(de.stdout).toContain('id: Der Text ist zu lang: 101 Zeichen, erlaubt sind höchstens 100.');
    expect(de.stdout).toContain('contacts: Die Liste hat 1.001 Einträge, erlaubt sind höchstens 1.000.');
    const en = await run(['validate', dir, ...TODAY, '--lang', 'en']);
    expect(en.stdout).toContain('name: The text is too long: 301 characters, at most 300 are allowed.');
    expect(en.stdout).toContain('contacts: The list has 1,001 entries, at most 1,000 are allowed.');
  });
});

describe('lengths count characters, an emoji as one', () => {
  it('a name of 300 emoji (600 UTF-16 units) is allowed, one of 301 is too long by one character', async () => {
    const dir = network('kreis-kleve');
    edit(join(dir, 'network.yaml'), (t) => t.replace('name: Netzwerk Kinderschutz Kreis Kleve', `name: "${'🧸'.repeat(300)}"`));
    expectClean(await run(['validate', dir, ...TODAY]), 0);
    edit(join(dir, 'network.yaml'), (t) => t.replace(`name: "${'🧸'.repeat(300)}"`, `name: "${'🧸'.repeat(301)}"`));
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stdout).toContain('name: Der Text ist zu lang: 301 Zeichen, erlaubt sind höchstens 300.');
  });
});

describe('bounded numbers and years (issue 21, 8)', () => {
  it('guests: 1e308 and persons: 1e999 are refused with a message', async () => {
    const dir = network('kreis-kleve');
    edit(join(dir, 'meetings.yaml'), (t) => t.replace('guests: 3', 'guests: 1e308').replace('persons: 2}', 'persons: 1e999}'));
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stdout).toContain('guests: Der Wert 1e+308 ist zu groß; höchstens 100.000.');
    expect(result.stdout).toMatch(/persons: Hier wird eine ganze Zahl erwartet/);
  });

  it('the largest numbers allowed still give finite figures: no null, Infinity or NaN in JSON or SVG', async () => {
    const dir = network('kreis-kleve');
    edit(join(dir, 'meetings.yaml'), (t) => t.replace(/guests: \d+/g, 'guests: 100000').replace(/persons: \d+/g, 'persons: 10000'));
    const json = await run(['report', dir, '--year', '2024', '--format', 'json', ...TODAY]);
    expectClean(json, 0);
    const report = JSON.parse(json.stdout) as { meetings: { participants: unknown; list: { status: string; participants: unknown }[] } };
    expect(Number.isFinite(report.meetings.participants)).toBe(true);
    for (const m of report.meetings.list.filter((x) => x.status === 'held')) expect(Number.isFinite(m.participants)).toBe(true);
    const html = await run(['report', dir, '--year', '2024', '--format', 'html', ...TODAY]);
    expectClean(html, 0);
    expect(html.stdout).not.toMatch(/NaN|Infinity|"null"/);
  });

  it('years before 1900 and after 2199 are refused with a message; 1900 and 2199 are fine', async () => {
    const dir = network('kreis-kleve');
    edit(join(dir, 'meetings.yaml'), (t) =>
      t
        .replace('start: 2024-02-27 11:00\n  end: 2024-02-27 12:00', 'start: 0000-02-27 11:00\n  end: 9999-02-27 12:00')
        .replace('founded: 2024-02-27', 'founded: 1899-12-31'),
    );
    edit(join(dir, 'network.yaml'), (t) => t.replace('founded: 2024-02-27', 'founded: 1899-12-31'));
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stdout).toContain('start: Das Jahr in „0000-02-27 11:00“ liegt nicht zwischen 1900 und 2199. Bitte das Datum prüfen.');
    expect(result.stdout).toContain('end: Das Jahr in „9999-02-27 12:00“ liegt nicht zwischen 1900 und 2199.');
    expect(result.stdout).toContain('founded: Das Jahr in „1899-12-31“ liegt nicht zwischen 1900 und 2199.');

    edit(join(dir, 'meetings.yaml'), (t) => t.replace('start: 0000-02-27 11:00\n  end: 9999-02-27 12:00', 'start: 2199-12-31 11:00\n  end: 2199-12-31 12:00'));
    edit(join(dir, 'network.yaml'), (t) => t.replace('founded: 1899-12-31', 'founded: 1900-01-01'));
    expectClean(await run(['validate', dir, ...TODAY]), 0);
    const calendar = await run(['calendar', dir, ...TODAY]);
    expectClean(calendar, 0);
    expect(calendar.stdout).toContain('DTSTART:21991231T100000Z');
  });
});
