// Issue 21, what the data says in the outputs: control characters never reach a terminal, a
// clipboard or a file (6); data cannot restructure the Markdown report (7); ORGANIZER and review
// for a coordinator of a departed partner (11); `person` searches every text (12).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, FIXTURES, run, tempDir, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(name = 'kreis-kleve'): string {
  const { dir, remove } = copyExample(name);
  cleanup.push(remove);
  return dir;
}

function fixture(name: string): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const dir = join(tmp.dir, name.replace(/\//g, '-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

const edit = (file: string, change: (text: string) => string) => {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `${file} unchanged`).not.toBe(before);
  writeFileSync(file, after);
};

/** C0 (but TAB, LF and the CR of CRLF), DEL and C1: what must never be in an output. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

function expectNoControls(name: string, result: RunResult, code = 0): void {
  expect(result.code, `${name}: ${result.stderr}`).toBe(code);
  const found = RAW_CONTROL.exec(result.stdout + result.stderr);
  expect(
    found &&
      `${name}: U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')} at …${(result.stdout + result.stderr).slice(Math.max(0, found.index - 30), found.index + 10)}…`,
  ).toBeNull();
}

describe('control characters are shown, never passed on (issue 21, 6)', () => {
  it('an OSC 52 sequence, NUL, DEL and C1 in names and titles reach no output raw', async () => {
    const dir = network();
    edit(join(dir, 'partners.yaml'), (t) =>
      t
        .replace('- name: Wiebke Hendricks', '- name: "Wiebke\\e]52;c;ZXZpbA==\\a Hendricks"')
        .replace(
          'function: Insoweit erfahrene Fachkraft (§ 8a SGB VIII)\n      email: w.hendricks',
          'function: "Insoweit\\0 erfahrene\\x7f Fachkraft\\x9b2J"\n      email: w.hendricks',
        )
        .replace('verified: 2026-02-04', 'verified: 2024-02-04')
        .replace('name: Stadt Emmerich am Rhein – Jugendamt', 'name: "Stadt Emmerich am Rhein\\e[2J – Jugendamt"'),
    );
    edit(join(dir, 'meetings.yaml'), (t) =>
      t.replace('title: Unterzeichnung der Kooperationsvereinbarung der sechs Jugendämter', 'title: "Unterzeichnung\\e]0;gekapert\\a der Vereinbarung"'),
    );
    const runs: [string, string[]][] = [
      ['validate', ['validate', dir]],
      ['validate json', ['validate', dir, '--format', 'json']],
      ['report text', ['report', dir, '--year', '2024']],
      ['report md', ['report', dir, '--year', '2024', '--format', 'md']],
      ['report html', ['report', dir, '--year', '2024', '--format', 'html']],
      ['report json', ['report', dir, '--year', '2024', '--format', 'json']],
      ['review', ['review', dir]],
      ['review csv', ['review', dir, '--format', 'csv']],
      ['review emails', ['review', dir, '--format', 'emails']],
      ['person', ['person', 'Hendricks', dir]],
      ['person json', ['person', 'Hendricks', dir, '--format', 'json']],
      ['contacts csv', ['contacts', dir]],
      ['contacts emails', ['contacts', dir, '--format', 'emails']],
      ['contacts vcf', ['contacts', dir, '--format', 'vcf']],
      ['calendar', ['calendar', dir]],
    ];
    for (const [name, args] of runs) expectNoControls(name, await run([...args, ...TODAY]));
    // shown, so that the coordinator sees something is odd and can find it in the file
    const person = await run(['person', 'Hendricks', dir, ...TODAY]);
    expect(person.stdout).toContain('Wiebke\\u001b]52;c;ZXZpbA==\\u0007 Hendricks');
    expect(person.stdout).toContain('Insoweit\\u0000 erfahrene\\u007f Fachkraft\\u009b2J');
    const emails = await run(['contacts', dir, '--format', 'emails', ...TODAY]);
    // quoted (RFC 5322) because of the backslash; the backslash itself escaped in the quotes
    expect(emails.stdout).toContain('"Wiebke\\\\u001b]52;c;ZXZpbA==\\\\u0007 Hendricks" <w.hendricks@emmerich.example>');
  });

  it('raw values quoted in diagnostics and error messages are shown on one line', async () => {
    const dir = network();
    edit(join(dir, 'partners.yaml'), (t) =>
      t.replace(
        'sector: jugendamt\n  municipalities: [Emmerich am Rhein]',
        'sector: "jugendamt\\e]52;c;eA==\\a"\n  "\\e[2Jfeld\\nnetwork.yaml:1:1  Fehler": 1\n  municipalities: [Emmerich am Rhein]',
      ),
    );
    for (const format of ['text', 'json']) {
      const result = await run(['validate', dir, '--format', format, ...TODAY]);
      expectNoControls(`validate ${format}`, result, 1);
      if (format === 'text') {
        expect(result.stdout).toContain('„jugendamt\\u001b]52;c;eA==\\u0007“ ist kein Sektor');
        expect(result.stdout.split('\n').filter((l) => l.startsWith('network.yaml:1:1'))).toEqual([]);
      }
    }
    const meeting = await run(['contacts', join(dir, '..', 'kreis-kleve'), '--meeting', '\u001b]52;c;eA==\u0007', ...TODAY]);
    expectNoControls('--meeting', meeting, 1); // invalid data is reported first
    const valid = network();
    const option = await run(['contacts', valid, '--meeting', '\u001b]52;c;eA==\u0007', ...TODAY]);
    expectNoControls('--meeting', option, 2);
    expect(option.stderr).toContain('\\u001b]52;c;eA==\\u0007');
    expectNoControls('unknown option', await run(['contacts', valid, '--sektor\u001b[2J', ...TODAY]), 2);
    expectNoControls('person query', await run(['person', 'Hen\u001b[2Jdricks', valid, ...TODAY]));
  });
});

describe('the Markdown report keeps its structure (issue 21, 7)', () => {
  it('line-start syntax and a lone CR in the data are escaped', async () => {
    const dir = network();
    const statement = [
      'Unser Leitbild',
      '~~~',
      '```js',
      '# Überschrift',
      '> Zitat',
      '- Liste',
      '+ Plus',
      '* Stern',
      '1. erste',
      '2) zweite',
      '---',
      '===',
      '| a | b |',
      '<div>html</div>',
    ];
    edit(join(dir, 'network.yaml'), (t) => `${t}mission_statement: |\n${statement.map((p) => `  ${p}\n\n`).join('')}`);
    edit(join(dir, 'partners.yaml'), (t) => t.replace('name: Stadt Emmerich am Rhein – Jugendamt', 'name: "Stadt Emmerich\\r~~~ am Rhein\\r# Jugendamt"'));
    const result = await run(['report', dir, '--year', '2024', '--format', 'md', ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).not.toMatch(/\r/);
    const lines = md.split('\n');
    for (const syntax of ['~~~', '```', '# Überschrift', '> ', '- Liste', '+ Plus', '* Stern', '1. erste', '2) zweite', '---', '===', '<div>']) {
      expect(
        lines.filter((l) => l.startsWith(syntax)),
        syntax,
      ).toEqual([]);
    }
    expect(md).toContain('\\~\\~\\~');
    expect(md).toContain('\\# Überschrift');
    expect(md).toContain('1\\. erste');
    expect(lines.filter((l) => /^# /.test(l))).toEqual([lines[0]]); // the title is the only top heading
  });
});

describe('a coordinator of a departed partner (issue 21, 11)', () => {
  function departedCoordinator(): string {
    const dir = fixture('privacy/beispielstadt');
    edit(join(dir, 'network.yaml'), (t) =>
      t.replace(
        'coordinators:\n',
        'coordinators:\n  - name: Doris Dahin\n    partner: alte-beratung\n    email: d.dahin@alte-beratung.example\n    visibility: public\n    consent: 2024-01-01\n    verified: 2026-01-10\n',
      ),
    );
    return dir;
  }

  it('the calendar names an active coordinator as ORGANIZER, never her', async () => {
    const dir = departedCoordinator();
    const network = await run(['calendar', dir, ...TODAY]);
    expect(network.code, network.stderr).toBe(0);
    expect(network.stdout).not.toContain('d.dahin@');
    const unfolded = network.stdout.replace(/\r\n /g, '');
    expect(unfolded).toMatch(/ORGANIZER;CN="Anna Müller":MAILTO:a\.mueller@jugendamt-beispielstadt\.example/);
    const published = await run(['calendar', dir, '--public', ...TODAY]);
    expect(published.stdout).not.toContain('d.dahin@');
  });

  it('review lists her for deletion, not for confirmation; validate and person agree', async () => {
    const dir = departedCoordinator();
    const review = await run(['review', dir, ...TODAY]);
    expect(review.code, review.stderr).toBe(0);
    const [confirm, remove] = review.stdout.split(/\n(?=Zu löschen|Löschen)/);
    expect(confirm).not.toContain('Doris Dahin');
    expect(remove).toMatch(/Alte Beratung – [^\n]*\n( {2}.*\n)* {2}Doris Dahin \(Koordination\)/);
    const validate = await run(['validate', dir, '--format', 'json', ...TODAY]);
    const warnings = (JSON.parse(validate.stdout) as { warnings: { code: string; message: string }[] }).warnings.filter((w) =>
      w.message.includes('Doris Dahin'),
    );
    expect(warnings.map((w) => w.code)).toEqual(['contact-retention']);
    const person = await run(['person', 'Dahin', dir, '--format', 'json', ...TODAY]);
    const found = (JSON.parse(person.stdout) as { occurrences: { kind: string; data: { state: string }; lists: { calendar_organizer: string[] } }[] })
      .occurrences;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'coordinator', data: { state: 'delete' }, lists: { calendar_organizer: [] } });
  });
});

describe('person searches every text (issue 21, 12)', () => {
  it('a name that stands only in free texts is found in each of them', async () => {
    const dir = fixture('privacy/beispielstadt');
    edit(join(dir, 'network.yaml'), (t) =>
      t
        .replace('function: Netzwerkkoordinatorin', 'function: Netzwerkkoordinatorin (Vertretung Frau Quast)')
        .concat('mission_statement: Gegründet auf Anregung von Frau Quast.\n'),
    );
    edit(join(dir, 'partners.yaml'), (t) =>
      t
        .replace('street: Beispielweg 1', 'street: Quaststraße 1')
        .replace(
          'name: Kinderarztpraxis Dr. Olga Ohm\n',
          'name: Kinderarztpraxis Dr. Olga Ohm\n  website: https://www.praxis-quast.example/\n  tags: [nachfolge-quast]\n',
        )
        .replace('    - name: Emil Knapp\n', '    - name: Emil Knapp\n      function: Nachfolge von Herrn Quast\n'),
    );
    edit(join(dir, 'meetings.yaml'), (t) =>
      t.replace(
        '  description: |',
        '  location: Praxis Quast, Beispielweg 2\n  topics: [Bericht von Frau Quast]\n  minutes: protokolle/quast.pdf\n  description: |',
      ),
    );
    edit(join(dir, 'agreements.yaml'), (t) => t.replace(/title: (.*)/, 'title: $1 (Entwurf Quast)'));
    const result = await run(['person', 'Quast', dir, '--format', 'json', ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const paths = (JSON.parse(result.stdout) as { occurrences: { file: string; path: string }[] }).occurrences.map((o) => `${o.file} ${o.path}`);
    for (const expected of [
      'network.yaml coordinators[0].function',
      'network.yaml mission_statement',
      'partners.yaml [1].contacts[2].function',
      'partners.yaml [5].address.street',
      'partners.yaml [5].website',
      'partners.yaml [5].tags[0]',
      'meetings.yaml [0].location',
      'meetings.yaml [0].topics[0]',
      'meetings.yaml [0].minutes',
      'agreements.yaml [0].title',
    ]) {
      expect(paths, expected).toContain(expected);
    }
    const text = await run(['person', 'Niemand', dir, ...TODAY]);
    expect(text.stdout).toContain('Gesucht wurde in allen Angaben aller Dateien des Netzwerks');
    const en = await run(['person', 'Nobody', dir, ...TODAY, '--lang', 'en']);
    expect(en.stdout).toContain('Searched: every value in every file of the network');
  });
});
