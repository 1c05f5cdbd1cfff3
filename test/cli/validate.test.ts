// `netzwerk validate` over fixture folders: one fixture per kind of bad input, each run
// in-process and against the real bin, asserting exit code, file, line and message.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run, runBin, STACK_TRACE } from '../support/helpers.js';

interface Case {
  fixture: string;
  code: 0 | 1 | 2;
  /** `file:line` the first error must name; absent for exit 2. */
  at?: string;
  /** Part of the message, German. */
  says: string;
  args?: string[];
}

const TODAY = ['--today', '2026-11-23'];

const CASES: Case[] = [
  // reading and YAML syntax
  { fixture: 'bad/yaml-indent', code: 1, at: 'partners.yaml:11', says: '„sector“ steht in Spalte 4, gehört aber in Spalte 3 (wie „name“ in Zeile 10)' },
  { fixture: 'bad/yaml-tab', code: 1, at: 'meetings.yaml:4', says: 'mit einem Tabulator eingerückt' },
  { fixture: 'bad/yaml-unclosed-quote', code: 1, at: 'partners.yaml:15', says: 'wird nicht geschlossen. Bitte am Ende des Werts ebenfalls " setzen: postal_code: "12345"' },
  { fixture: 'bad/yaml-duplicate-key', code: 1, at: 'meetings.yaml:8', says: 'Schlüssel „status“ steht zweimal' },
  { fixture: 'bad/not-utf8', code: 1, at: 'partners.yaml:18', says: 'nicht in UTF-8' },
  { fixture: 'bad/empty-network', code: 1, at: 'network.yaml:1', says: 'network.yaml ist leer' },
  { fixture: 'bad/alias-bomb', code: 1, at: 'meetings.yaml:1', says: 'zu viele YAML-Verweise' },
  { fixture: 'bad/multiple-documents', code: 1, at: 'meetings.yaml:8', says: 'mehrere YAML-Dokumente' },
  { fixture: 'bad/scalar-top-level', code: 1, at: 'meetings.yaml:2', says: 'eine Liste von Veranstaltungen oder eine einzelne Veranstaltung' },
  { fixture: 'bad/no-network-yaml', code: 2, says: 'netzwerk init' },
  { fixture: 'does-not-exist', code: 2, says: 'wurde nicht gefunden' },
  // shape
  { fixture: 'bad/unknown-sector', code: 1, at: 'partners.yaml:11', says: 'sector: „polzei“ ist kein Sektor – meinten Sie „polizei“?' },
  { fixture: 'bad/unknown-property', code: 1, at: 'partners.yaml:13', says: '„adress“ ist hier kein bekanntes Feld – meinten Sie „address“?' },
  { fixture: 'bad/collection-key', code: 1, at: 'partners.yaml:13', says: '„[ Schulweg, 1 ]“ ist hier kein bekanntes Feld' },
  { fixture: 'bad/missing-required', code: 1, at: 'meetings.yaml:2', says: 'Pflichtangabe „title“ fehlt' },
  { fixture: 'bad/unquoted-postal-code', code: 1, at: 'partners.yaml:15', says: 'Bitte in Anführungszeichen setzen: postal_code: "01067"' },
  { fixture: 'bad/unquoted-phone', code: 1, at: 'partners.yaml:19', says: 'Bitte in Anführungszeichen setzen: phone: "+4912345670001"' },
  { fixture: 'bad/bad-date-format', code: 1, at: 'meetings.yaml:5', says: '„11.03.2026 14:00“ ist weder ein Datum' },
  // domain rules
  { fixture: 'bad/impossible-date', code: 1, at: 'partners.yaml:8', says: '„2025-02-30“ ist kein Tag im Kalender' },
  { fixture: 'bad/impossible-time', code: 1, at: 'meetings.yaml:6', says: 'keine gültige Uhrzeit' },
  { fixture: 'bad/end-before-start', code: 1, at: 'meetings.yaml:6', says: 'liegt vor dem Beginn' },
  { fixture: 'bad/end-kind-mismatch', code: 1, at: 'meetings.yaml:6', says: 'gleich angegeben' },
  { fixture: 'bad/left-before-joined', code: 1, at: 'partners.yaml:13', says: 'Austrittsdatum (2023-12-31) liegt vor dem Eintrittsdatum' },
  { fixture: 'bad/public-without-consent', code: 1, at: 'partners.yaml:20', says: 'ohne Einwilligung' },
  { fixture: 'bad/fallkonferenz-public', code: 1, at: 'meetings.yaml:13', says: 'Fallkonferenz ist nie öffentlich' },
  { fixture: 'bad/unknown-timezone', code: 1, at: 'network.yaml:4', says: '„Europa/Berlin“ ist keine bekannte Zeitzone' },
  { fixture: 'bad/duplicate-id', code: 1, at: 'partners/b.yaml:2', says: 'schon vergeben (partners/a.yaml, Zeile 9)' },
  { fixture: 'bad/unknown-reference', code: 1, at: 'meetings.yaml:9', says: 'meinten Sie „grundschule-nordstadt“?' },
  { fixture: 'bad/youth-office-not-jugendamt', code: 1, at: 'network.yaml:8', says: 'ist aber kein Jugendamt' },
  { fixture: 'bad/unknown-municipality', code: 1, at: 'partners.yaml:12', says: 'meinten Sie „Nordstadt“?' },
  // valid forms and warnings
  { fixture: 'valid/minimal', code: 0, says: '✔ Keine Fehler (3 Dateien geprüft).' },
  { fixture: 'valid/bom-crlf', code: 0, says: '✔ Keine Fehler (3 Dateien geprüft).' },
  { fixture: 'valid/folders', code: 0, says: '✔ Keine Fehler (4 Dateien geprüft).' },
  // a collection file with nothing but comments, or nothing at all, is an empty list
  { fixture: 'valid/empty-collection', code: 0, says: '✔ Keine Fehler (4 Dateien geprüft).' },
  { fixture: 'warnings/all-kinds', code: 0, says: '13 Warnungen' },
  { fixture: 'warnings/all-kinds', code: 1, says: '13 Warnungen', args: ['--strict'] },
];

function check(c: Case, result: { code: number; stdout: string; stderr: string }) {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  // nothing but our own messages: no warnings of Node or of the yaml package (in English)
  expect(result.stderr).not.toMatch(/Warning|mapAsMap/);
  expect(result.code, output).toBe(c.code);
  expect(output).toContain(c.says);
  if (c.at) expect(output.split('\n')[0]).toMatch(new RegExp(`^${c.at.replace('.', '\\.')}:\\d+  Fehler`));
}

/** The test's title: the fixture, its extra options if any, and the exit code expected. */
const titled = CASES.map((c) => [`${c.fixture}${c.args ? ` ${c.args.join(' ')}` : ''} → exit ${c.code}`, c] as const);

describe('validate: fixture table, in-process', () => {
  it.each(titled)('%s', async (_title, c) => {
    check(c, await run(['validate', join(FIXTURES, c.fixture), ...TODAY, ...(c.args ?? [])]));
  });
});

describe('validate: fixture table, real bin', () => {
  it.each(titled)('%s', (_title, c) => {
    check(c, runBin(['validate', join(FIXTURES, c.fixture), ...TODAY, ...(c.args ?? [])]));
  });
});

describe('validate: the examples', () => {
  it.each(EXAMPLE_NAMES)('%s is valid', async (name) => {
    const result = await run(['validate', join(EXAMPLES, name), ...TODAY, '--format', 'json']);
    const json = JSON.parse(result.stdout) as { valid: boolean; errors: unknown[] };
    expect(json.errors).toEqual([]);
    expect(json.valid).toBe(true);
    expect(result.code).toBe(0);
  });
});

describe('validate: output', () => {
  it('reports all problems at once, sorted by file and line', async () => {
    const { stdout } = await run(['validate', join(FIXTURES, 'warnings/all-kinds'), ...TODAY]);
    const places = stdout
      .split('\n')
      .filter((l) => l.includes('  Warnung  '))
      .map((l) => l.split('  ')[0]!);
    expect(places).toEqual([
      'network.yaml:16:24',
      'agreements.yaml:6:11',
      'agreements.yaml:10:16',
      'meetings.yaml:11:12',
      'meetings.yaml:16:11',
      'meetings.yaml:21:11',
      'meetings.yaml:30:16',
      'meetings.yaml:35:11',
      'meetings.yaml:42:39',
      'partners.yaml:25:13',
      'partners.yaml:29:17',
      'partners.yaml:30:13',
      'partners.yaml:38:13',
    ]);
    expect(stdout).toContain('„Arbeitskreis Frühe Hilfen“ am 05.05.2026 ist als stattgefunden eingetragen, aber ohne Teilnahme');
    expect(stdout).toContain('„Netzwerktreffen Herbst“ am 02.12.2026, 14:00 lädt „Kita Regenbogen“ ein, der Partner ist aber am 01.01.2025 ausgetreten');
    expect(stdout).toContain('Die Datei „protokolle/2026-03-11.pdf“ gibt es im Ordner des Netzwerks nicht');
    expect(stdout).toContain('„Kita Regenbogen“ soll „Kooperationsvereinbarung“ unterschreiben, ist aber am 01.01.2025 aus dem Netzwerk ausgetreten');
    expect(stdout).toContain('Im Netzwerk fehlt noch: Polizei- und Ordnungsbehörden');
    expect(stdout).toContain('„Arbeitskreis Schule“ am 01.09.2026 ist noch als geplant eingetragen');
    expect(stdout).toContain('„Fachtag 2027“ am 01.02.2027 ist als stattgefunden eingetragen, liegt aber in der Zukunft');
    expect(stdout).toContain('„Nie Geprüft“ wurden nie bestätigt');
    expect(stdout).toContain('„Lange Her“ wurden zuletzt am 15.01.2024 bestätigt');
    expect(stdout).toContain('Für „Ohne Erreichbarkeit“ ist weder E-Mail noch Telefon eingetragen');
    expect(stdout).toContain('„Kooperationsvereinbarung“ war am 01.10.2026 zur Überprüfung fällig');
    expect(stdout).toContain('description: Bei einer Fallkonferenz nur Datum, Form und beteiligte Einrichtungen erfassen');
  });

  it("keeps its own message for a public contact without consent: the schemas' editor rule adds none", async () => {
    const { stdout } = await run(['validate', join(FIXTURES, 'bad/public-without-consent'), ...TODAY, '--format', 'json']);
    const { errors } = JSON.parse(stdout) as { errors: { code: string; path: string }[] };
    expect(errors.map((e) => [e.code, e.path])).toEqual([['public-without-consent', '[1].contacts[0].visibility']]);
  });

  it('prints JSON as FORMAT.md says', async () => {
    const result = await run(['validate', join(FIXTURES, 'bad/unknown-sector'), ...TODAY, '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.valid).toBe(false);
    expect(json.warnings).toEqual([]);
    expect(json.errors).toEqual([
      {
        file: 'partners.yaml',
        line: 11,
        column: 11,
        path: '[1].sector',
        code: 'invalid-value',
        message: '„polzei“ ist kein Sektor – meinten Sie „polizei“?',
        severity: 'error',
      },
    ]);
  });

  it('speaks English with --lang en and NETZWERK_LANG=en', async () => {
    const dir = join(FIXTURES, 'bad/unknown-sector');
    const expected = 'partners.yaml:11:11  error    sector: "polzei" is not a sector; did you mean "polizei"?';
    expect((await run(['validate', dir, ...TODAY, '--lang', 'en'])).stdout).toContain(expected);
    expect((await run(['validate', dir, ...TODAY], { env: { NETZWERK_LANG: 'en' } })).stdout).toContain(expected);
  });

  it('colours only on a terminal, and not with NO_COLOR', async () => {
    const dir = join(FIXTURES, 'bad/unknown-sector');
    const escape = '\u001b[';
    expect((await run(['validate', dir, ...TODAY])).stdout).not.toContain(escape);
    expect((await run(['validate', dir, ...TODAY], { tty: true })).stdout).toContain(escape);
    expect((await run(['validate', dir, ...TODAY], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
  });

  it('takes today from --today or NETZWERK_TODAY', async () => {
    const dir = join(FIXTURES, 'warnings/all-kinds');
    // On 2026-08-01 the planned meeting of 2026-09-01 is not yet in the past.
    const early = await run(['validate', dir, '--today', '2026-08-01']);
    expect(early.stdout).not.toContain('Arbeitskreis Schule');
    const fromEnv = await run(['validate', dir], { env: { NETZWERK_TODAY: '2026-08-01' } });
    expect(fromEnv.stdout).toBe(early.stdout);
  });

  it('refuses a --today that is not a date, with exit 2', async () => {
    const result = await run(['validate', join(FIXTURES, 'valid/minimal'), '--today', '2026-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--today: „2026-02-30“ ist kein Datum');
  });

  it('gives usage errors in German with exit 2', async () => {
    const unknownOption = await run(['validate', '--formt', 'json']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('Die Option „--formt“ gibt es nicht. Meinten Sie „--format“?');
    const unknownCommand = await run(['valdate']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain('Den Befehl „valdate“ gibt es nicht. Meinten Sie „validate“?');
    const badFormat = await run(['validate', join(FIXTURES, 'valid/minimal'), '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format: „xml“ ist nicht möglich; erlaubt sind: text, json.');
  });

  it('-V and --version print the version of package.json, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['-V', '--version']) {
      expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
      expect(runBin([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('shows German help with exit 0', async () => {
    const result = await run(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Aufruf: netzwerk validate');
    expect(result.stdout).toContain('auch bei Warnungen mit Exit-Code 1 enden');
  });

  it('ignores files that are not YAML and hidden files in collection folders', async () => {
    expect(existsSync(join(FIXTURES, 'valid/folders/partners/LIESMICH.txt'))).toBe(true);
    expect(existsSync(join(FIXTURES, 'valid/folders/partners/.versteckt.yaml'))).toBe(true);
    const result = await run(['validate', join(FIXTURES, 'valid/folders'), ...TODAY]);
    expect(result.code).toBe(0);
  });
});
