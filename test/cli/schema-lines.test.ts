// No silent loss of the editor's checks: `netzwerk validate` warns about a schema line
// (`# yaml-language-server: $schema=…`) that leads to no schema from its file, or to another
// file's schema; the example and fixture networks' own lines all lead to their schema.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

interface Diagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

async function initNetwork(): Promise<string> {
  const tmp = tempDir();
  cleanup = tmp.remove;
  const dir = join(tmp.dir, 'netzwerk');
  expect((await run(['init', dir, ...TODAY])).code).toBe(0);
  return dir;
}

async function warnings(dir: string, lang = 'de'): Promise<Diagnostic[]> {
  const { stdout } = await run(['validate', dir, ...TODAY, '--format', 'json', '--lang', lang]);
  return (JSON.parse(stdout) as { warnings: Diagnostic[] }).warnings.filter((w) => w.code.startsWith('schema-line'));
}

const PARTNER = 'id: kita-regenbogen\nname: Kita Regenbogen\nsector: kita\n';

describe('validate: the schema line for the editor', () => {
  it('warns when the first line of partners.yaml is copied into a file in partners/, and says the right line', async () => {
    const dir = await initNetwork();
    const firstLine = readFileSync(join(dir, 'partners.yaml'), 'utf8').split('\n')[0]!;
    mkdirSync(join(dir, 'partners'));
    writeFileSync(join(dir, 'partners', 'kita-regenbogen.yaml'), `${firstLine}\n${PARTNER}`);
    const found = await warnings(dir);
    expect(found).toEqual([expect.objectContaining({ file: 'partners/kita-regenbogen.yaml', line: 1, column: 33, code: 'schema-line-not-found' })]);
    expect(found[0]!.message).toBe(
      'Die Zeile „# yaml-language-server: $schema=…“ verweist auf „.netzwerk/schemas/partners.schema.json“, das es von dieser Datei aus nicht gibt: ' +
        'Der Editor prüft die Datei deshalb nicht und zeigt keine Hilfe. Der Pfad gilt vom Ordner der Datei aus; ' +
        'richtig ist hier: # yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json',
    );
    const [english] = await warnings(dir, 'en');
    expect(english!.message).toContain('here it is: # yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json');
    // a warning: exit 0, with --strict 1
    expect((await run(['validate', dir, ...TODAY])).code).toBe(0);
    expect((await run(['validate', dir, ...TODAY, '--strict'])).code).toBe(1);

    writeFileSync(join(dir, 'partners', 'kita-regenbogen.yaml'), `# yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json\n${PARTNER}`);
    expect(await warnings(dir)).toEqual([]);
  });

  it("warns about a line that names another file's schema", async () => {
    const dir = await initNetwork();
    mkdirSync(join(dir, 'partners'));
    writeFileSync(join(dir, 'partners', 'kita.yaml'), `# yaml-language-server: $schema=../.netzwerk/schemas/meetings.schema.json\n${PARTNER}`);
    const [found] = await warnings(dir);
    expect(found).toMatchObject({ file: 'partners/kita.yaml', code: 'schema-line-other-schema' });
    expect(found!.message).toContain('diese Datei braucht aber „partners.schema.json“');
  });

  it('reads the line as the editor does: the first one among the comments on top; none, links and later lines are left alone', async () => {
    const dir = await initNetwork();
    mkdirSync(join(dir, 'partners'));
    const file = join(dir, 'partners', 'kita.yaml');
    const cases: [string, string[]][] = [
      [`# Kita\n\n# yaml-language-server: $schema=partners.schema.json\n${PARTNER}`, ['schema-line-not-found']],
      [`# yaml-language-server: $schema=none\n${PARTNER}`, []],
      [`# yaml-language-server: $schema=https://schemas.example/partners.schema.json\n${PARTNER}`, []],
      [`${PARTNER}# yaml-language-server: $schema=gibt-es-nicht.json\n`, []],
      [`# yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json\n# yaml-language-server: $schema=gibt-es-nicht.json\n${PARTNER}`, []],
      [`\uFEFF# $schema: ../fehlt.schema.json\r\n${PARTNER}`, ['schema-line-not-found']],
      [`# yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json#/definitions/partner\n${PARTNER}`, []],
      [`# yaml-language-server: $schema=${join(dir, '.netzwerk', 'schemas', 'partners.schema.json')}\n${PARTNER}`, []],
      [`# yaml-language-server: $schema=file://${join(dir, 'fehlt.json')}\n${PARTNER}`, ['schema-line-not-found']],
    ];
    for (const [text, codes] of cases) {
      writeFileSync(file, text);
      expect(
        (await warnings(dir)).map((w) => w.code),
        text,
      ).toEqual(codes);
    }
  });

  it('warns also when the data has errors (then the editor would help most), and only in validate', async () => {
    const dir = await initNetwork();
    mkdirSync(join(dir, 'partners'));
    writeFileSync(
      join(dir, 'partners', 'kita.yaml'),
      `# yaml-language-server: $schema=.netzwerk/schemas/partners.schema.json\nid: Kita Regenbogen\nname: Kita\nsector: kita\n`,
    );
    const { stdout, code } = await run(['validate', dir, ...TODAY, '--format', 'json']);
    const result = JSON.parse(stdout) as { errors: Diagnostic[]; warnings: Diagnostic[] };
    expect(code).toBe(1);
    expect(result.errors.map((e) => e.code)).toEqual(['invalid-id']);
    expect(result.warnings.map((w) => w.code)).toEqual(['schema-line-not-found']);

    writeFileSync(join(dir, 'partners', 'kita.yaml'), `# yaml-language-server: $schema=.netzwerk/schemas/partners.schema.json\n${PARTNER}`);
    const report = await run(['report', dir, ...TODAY, '--format', 'json']);
    expect(report.code).toBe(0);
    expect(report.stdout).not.toContain('schema-line');
  });

  it('leads to the schema in every file of the examples and the test fixtures', async () => {
    const folders = [
      ...EXAMPLE_NAMES.map((name) => join(EXAMPLES, name)),
      ...readdirSync(FIXTURES).flatMap((group) => readdirSync(join(FIXTURES, group)).map((name) => join(FIXTURES, group, name))),
    ].filter((dir) => statSync(dir).isDirectory() && readdirSync(dir).includes('network.yaml'));
    expect(folders.length).toBeGreaterThan(30);
    for (const dir of folders) expect(await warnings(dir), dir).toEqual([]);
  });
});
