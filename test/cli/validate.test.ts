// `netzwerk validate` over fixture folders: one fixture per kind of bad input, each run
// in-process, asserting exit code, file, line and message (the table: test/support/validate-cases.ts;
// against the real bin: test/system/validate-bin.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run } from '../support/helpers.js';
import { check, titled, TODAY } from '../support/validate-cases.js';

describe('validate: fixture table, in-process', () => {
  it.each(titled)('%s', async (_title, c) => {
    check(c, await run(['validate', join(FIXTURES, c.fixture), ...TODAY, ...(c.args ?? [])]));
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
