// The report for its reader (--audience): for the partners (`network`, the default) and the
// public, no person whose visibility does not reach them and no file:line, in every format of
// every example; the coordination's own report (`internal`) keeps every name and position.
// The persons are collected from the examples' files themselves (test/support/people.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, run } from '../support/helpers.js';
import { hiddenNames, persons } from '../support/people.js';

const TODAY = ['--today', '2026-11-23'];
// Years later every contact is due for confirmation: the notes would name everybody.
const LATER = ['--today', '2029-06-30'];
const FORMATS = ['text', 'md', 'html', 'json'] as const;

const FILE_LINE = /\b[\w./-]+\.ya?ml:\d+/;

describe('report --audience: nobody beyond their visibility, no file:line', () => {
  for (const example of EXAMPLE_NAMES) {
    const dir = join(EXAMPLES, example);
    for (const audience of ['network', 'public'] as const) {
      it(`${example} --audience ${audience}: ${FORMATS.join(', ')}, today and years later (with --compare)`, async () => {
        const hidden = hiddenNames(persons(dir), audience);
        expect(hidden.length, 'the example has persons this audience must not see').toBeGreaterThan(0);
        // Years later with the comparison: the tasks, participation and both periods' figures too.
        for (const [format, today] of FORMATS.flatMap(
          (f) =>
            [
              [f, TODAY],
              [f, [...LATER, '--compare', 'previous']],
            ] as const,
        )) {
          const r = await run(['report', dir, '--format', format, '--audience', audience, ...today]);
          expect(r.code, r.stderr).toBe(0);
          for (const name of hidden) expect(r.stdout, `${format}: ${name}`).not.toContain(name);
          expect(r.stdout, format).not.toMatch(FILE_LINE);
          if (format === 'json') {
            const j = JSON.parse(r.stdout);
            expect(j.audience).toBe(audience);
            for (const w of j.warnings) expect([w.file, w.line, w.column, w.path]).toEqual(['', 0, 0, '']);
          }
        }
      });
    }
  }

  it('the default audience is network', async () => {
    const dir = join(EXAMPLES, 'ratingen');
    const plain = await run(['report', dir, ...TODAY]);
    const network = await run(['report', dir, '--audience', 'network', ...TODAY]);
    expect(plain.stdout).toBe(network.stdout);
  });

  it('control: the coordination’s report (internal) does name internal persons with file:line', async () => {
    let named = 0;
    for (const example of EXAMPLE_NAMES) {
      const dir = join(EXAMPLES, example);
      const r = await run(['report', dir, '--audience', 'internal', ...LATER]);
      expect(r.code).toBe(0);
      named += hiddenNames(persons(dir), 'network').filter((n) => r.stdout.includes(n)).length;
      expect(r.stdout).toMatch(FILE_LINE);
    }
    expect(named).toBeGreaterThan(0);
  });

  it("counts the notes by kind for the partners, naming partners (not persons); the coordination's to-dos stay in the internal report", async () => {
    const dir = join(EXAMPLES, 'ratingen');
    const internal = JSON.parse((await run(['report', dir, '--format', 'json', '--audience', 'internal', ...LATER])).stdout);
    const network = JSON.parse((await run(['report', dir, '--format', 'json', ...LATER])).stdout);
    const byCode = (ws: { code: string }[]) => ws.reduce<Record<string, number>>((m, w) => ({ ...m, [w.code]: (m[w.code] ?? 0) + 1 }), {});
    const counted = Object.fromEntries(network.warnings.map((w: { code: string; count: number }) => [w.code, w.count]));
    const all = byCode(internal.warnings);
    // what qualifies the figures is counted for the partners …
    expect(counted).toEqual({ 'agreement-review-due': all['agreement-review-due'], 'category-missing': all['category-missing'] });
    // … the data care and the calendar's upkeep are the coordination's own
    expect(all['contact-review-due']).toBeGreaterThan(0);
    expect(all['meeting-planned-past']).toBeGreaterThan(0);
    const due = network.warnings.find((w: { code: string }) => w.code === 'agreement-review-due');
    expect(due.message).toMatch(/Überprüfung/);
    expect(due.about.length).toBeGreaterThan(0);
    const html = (await run(['report', dir, '--format', 'html', ...LATER])).stdout;
    expect(html).not.toMatch(/Kontaktangaben zur erneuten Bestätigung|noch als geplant eingetragen/);
  });

  it('names a coordinator the readers may not see by the office, never as "not released"', async () => {
    const dir = join(EXAMPLES, 'kreis-kleve');
    for (const format of ['html', 'text', 'md']) {
      const pub = (await run(['report', dir, '--audience', 'public', '--format', format, ...TODAY])).stdout;
      // (the text wraps the cell: its first line)
      expect(pub).toContain(format === 'text' ? 'Koordinierungsstelle,' : 'Koordinierungsstelle, Stadt Goch – Jugendamt');
      expect(pub).not.toContain('Johanna Peters-Lamers');
      expect(pub).not.toMatch(/nicht freigegeben/);
      expect(pub).toContain('Miriam Tebest'); // public, with consent
    }
    const en = (await run(['report', dir, '--audience', 'public', '--lang', 'en', '--format', 'md', ...TODAY])).stdout;
    expect(en).toContain('Coordination office, Stadt Goch – Jugendamt');
  });

  it('says whom it is for on the cover, in the footer and the title: internal, the partners; the public report neither', async () => {
    const dir = join(EXAMPLES, 'herne');
    const html = async (audience: string) => (await run(['report', dir, '--audience', audience, '--format', 'html', ...TODAY])).stdout;
    const internal = await html('internal');
    expect(internal).toMatch(/<title>Netzwerkbericht – Intern – nicht zur Weitergabe: Netzwerk Kinderschutz Herne/);
    expect(internal).toContain('<p class="audience internal">Intern – nicht zur Weitergabe</p>');
    expect(internal).toMatch(/<footer><p>Erstellt mit netzwerk · Intern – nicht zur Weitergabe · Stand/);
    const network = await html('network');
    expect(network).toMatch(/<title>Netzwerkbericht für die Netzwerkpartner: /);
    expect(network).toContain('<p class="audience network">Für die Netzwerkpartner</p>');
    const pub = await html('public');
    expect(pub).not.toMatch(/class="audience|nicht zur Weitergabe|Netzwerkpartner/);
    expect((await run(['report', dir, '--audience', 'internal', ...TODAY])).stdout.split('\n').slice(0, 3).join('\n')).toContain(
      'Intern – nicht zur Weitergabe',
    );
  });
});
