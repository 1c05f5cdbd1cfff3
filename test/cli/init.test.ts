import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../support/helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('init', () => {
  it('writes a starter network that validates without errors', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const dir = join(tmp.dir, 'mein-netzwerk');
    const init = await run(['init', dir, '--today', '2026-11-23']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Neues Netzwerk angelegt');
    const check = await run(['validate', dir, '--today', '2026-11-23', '--format', 'json']);
    expect(JSON.parse(check.stdout).errors).toEqual([]);
    expect(check.code).toBe(0);
  });

  it('sets up VS Code: a modeline in every file and a schema mapping', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', '2026-11-23']);
    for (const name of ['network', 'partners', 'meetings', 'agreements', 'activities']) {
      const first = readFileSync(join(tmp.dir, `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe(`# yaml-language-server: $schema=.netzwerk/schemas/${name}.schema.json`);
      const schema = JSON.parse(readFileSync(join(tmp.dir, `.netzwerk/schemas/${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
    const settings = JSON.parse(readFileSync(join(tmp.dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']['.netzwerk/schemas/partners.schema.json']).toContain('partners/**/*.yaml');
    expect(settings['yaml.schemas']['.netzwerk/schemas/activities.schema.json']).toEqual(['activities.yaml', 'activities/**/*.yaml', 'activities/**/*.yml']);
  });

  it('writes the schemas in the language of the command: German, or English with --lang en', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', join(tmp.dir, 'de'), '--today', '2026-11-23']);
    await run(['init', join(tmp.dir, 'en'), '--today', '2026-11-23', '--lang', 'en']);
    for (const name of ['network', 'partners', 'meetings', 'agreements']) {
      const copy = (lang: string) => readFileSync(join(tmp.dir, lang, `.netzwerk/schemas/${name}.schema.json`), 'utf8');
      expect(copy('de')).toBe(readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8'));
      expect(copy('en')).toBe(readFileSync(join(ROOT, `schemas/en/${name}.schema.json`), 'utf8'));
    }
    const partners = (lang: string) => JSON.parse(readFileSync(join(tmp.dir, lang, '.netzwerk/schemas/partners.schema.json'), 'utf8'));
    expect(partners('de').definitions.postal_code.errorMessage).toMatch(/^Postleitzahlen bitte in Anführungszeichen/);
    expect(partners('en').definitions.postal_code.errorMessage).toMatch(/^Please put postal codes in quotes/);
  });

  it('puts comments on their own line (after a value they stop the suggestions) and shows the first line for files in a folder', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', '2026-11-23']);
    for (const name of ['network', 'partners', 'meetings', 'agreements']) {
      const text = readFileSync(join(tmp.dir, `${name}.yaml`), 'utf8');
      for (const line of text.split('\n')) expect(line, `${name}.yaml`).not.toMatch(/^\s*[^#\s][^#]*\s#/);
      if (name !== 'network') {
        expect(text).toContain(`\n#   # yaml-language-server: $schema=../.netzwerk/schemas/${name}.schema.json\n`);
        expect(text).toMatch(/Strg\+Leertaste drücken, dann „Neue[rs]? \w+“ wählen/);
      }
    }
  });

  it('never overwrites: refuses a folder with a network, keeps other existing files', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    writeFileSync(join(tmp.dir, 'partners.yaml'), 'meine eigenen Partner\n');
    const first = await run(['init', tmp.dir, '--today', '2026-11-23']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('partners.yaml (gab es schon, nicht überschrieben)');
    expect(readFileSync(join(tmp.dir, 'partners.yaml'), 'utf8')).toBe('meine eigenen Partner\n');
    const network = readFileSync(join(tmp.dir, 'network.yaml'), 'utf8');
    const second = await run(['init', tmp.dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('gibt es schon eine network.yaml');
    expect(readFileSync(join(tmp.dir, 'network.yaml'), 'utf8')).toBe(network);
    expect(existsSync(join(tmp.dir, '.vscode/settings.json'))).toBe(true);
  });
});

describe('the program folder is not a network', () => {
  it('init refuses the program folder and every folder inside it, and writes nothing', async () => {
    for (const dir of ['.', 'examples/neues-netzwerk', join(ROOT, 'src', 'neues-netzwerk')]) {
      const result = await run(['init', dir, '--today', '2026-11-23']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('liegt im Ordner des Programms netzwerk');
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(ROOT, 'network.yaml'))).toBe(false);
    expect(existsSync(join(ROOT, 'examples', 'neues-netzwerk'))).toBe(false);
    expect(existsSync(join(ROOT, 'src', 'neues-netzwerk'))).toBe(false);
  });

  it('any copy of the program counts (its package.json names it), another project does not', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const copy = join(tmp.dir, 'netzwerk-main');
    mkdirSync(copy);
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'netzwerk', version: '9.9.9' }));
    const inside = await run(['init', join(copy, 'herne'), '--today', '2026-11-23', '--lang', 'en']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('is inside the folder of the netzwerk program');
    expect(existsSync(join(copy, 'herne'))).toBe(false);
    const here = await run(['validate'], { cwd: copy });
    expect(here.code).toBe(2);
    expect(here.stderr).toContain('ist der Ordner des Programms netzwerk, kein Netzwerk');

    const other = join(tmp.dir, 'anderes-projekt');
    mkdirSync(other);
    writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'netzwerk-tools' }));
    expect((await run(['init', join(other, 'herne'), '--today', '2026-11-23'])).code).toBe(0);
    const missing = await run(['validate'], { cwd: other });
    expect(missing.stderr).toContain('gibt es keine network.yaml');
  });
});

describe('the samples of init never reach a real output', () => {
  const TODAY = '2026-11-23';
  const NAMES = ['Grundschule am Park', 'Max Mustermann', 'Erika Musterfrau', 'Erstes Netzwerktreffen', 'Flyer „Netzwerk', 'Kooperationsvereinbarung Netzwerk'];

  it('marks every entry as a sample; validate names them once per file and says how to replace them', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', TODAY]);
    const partners = readFileSync(join(tmp.dir, 'partners.yaml'), 'utf8');
    expect(partners.match(/^\s+sample: true$/gm)).toHaveLength(2);
    expect(partners).toContain('# Beispiel: durch eigene Angaben ersetzen und die Zeile „sample: true“ löschen');
    // the Leitbild is a comment, never a value
    expect(readFileSync(join(tmp.dir, 'network.yaml'), 'utf8')).toMatch(/^# mission_statement: \|$/m);
    const check = JSON.parse((await run(['validate', tmp.dir, '--today', TODAY, '--format', 'json'])).stdout);
    const samples = check.warnings.filter((w: { code: string }) => w.code === 'samples-present');
    expect(samples.map((w: { file: string }) => w.file).sort()).toEqual([
      'activities.yaml',
      'agreements.yaml',
      'meetings.yaml',
      'network.yaml',
      'partners.yaml',
    ]);
    expect(samples.find((w: { file: string }) => w.file === 'partners.yaml').message).toContain('Grundschule am Park, Jugendamt der Stadt Musterstadt');
  });

  it('report, directory, contacts, calendar leave them out and say so; with the line deleted the entry counts', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', TODAY]);
    for (const args of [['report'], ['report', '--format', 'json'], ['directory'], ['contacts', '--audience', 'internal'], ['calendar']]) {
      const result = await run([...args, tmp.dir, '--today', TODAY]);
      expect(result.code, args.join(' ')).toBe(0);
      for (const name of NAMES) expect(result.stdout, `${args.join(' ')}: ${name}`).not.toContain(name);
      expect(result.stderr).toContain(
        'Die Beispieldaten von „netzwerk init“ sind weggelassen (2 Partner, 2 Kontaktpersonen, 1 Person der Koordination, 1 Termin',
      );
    }
    // the coordinator replaces the school with her own and deletes the marker: it counts
    const file = join(tmp.dir, 'partners.yaml');
    const text = readFileSync(file, 'utf8');
    const school = text.indexOf('- id: grundschule-am-park');
    writeFileSync(
      file,
      text.slice(0, school) +
        text
          .slice(school)
          .replace('Grundschule am Park', 'Gesamtschule Beispielstadt')
          .replace(/\n {2}# Beispiel[^\n]*\n {2}sample: true/, ''),
    );
    const report = await run(['report', tmp.dir, '--today', TODAY, '--format', 'json']);
    const json = JSON.parse(report.stdout);
    expect(json.partners.list.map((p: { name: string }) => p.name)).toEqual(['Gesamtschule Beispielstadt']);
    expect(report.stderr).toContain('(1 Partner, 1 Kontaktperson, 1 Person der Koordination');
  });

  it('an older network with the placeholder Leitbild: validate warns, the report leaves it out', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', TODAY]);
    const file = join(tmp.dir, 'network.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}mission_statement: |\n  Hier kann das Leitbild des Netzwerks stehen, sobald es beschlossen ist.\n`);
    const check = await run(['validate', tmp.dir, '--today', TODAY]);
    expect(check.stdout).toContain('Das Leitbild ist noch der Platzhalter von „netzwerk init“');
    const report = await run(['report', tmp.dir, '--today', TODAY]);
    expect(report.stdout).not.toContain('Hier kann das Leitbild');
    expect(report.stdout).not.toContain('Leitbild');
    expect(report.stderr).toContain('Leitbild-Platzhalter');
  });

  it('init --empty: no entries but the youth office and coordinator network.yaml needs, valid and ready to fill', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const result = await run(['init', tmp.dir, '--empty', '--today', TODAY]);
    expect(result.code).toBe(0);
    for (const name of ['meetings', 'agreements', 'activities']) {
      const text = readFileSync(join(tmp.dir, `${name}.yaml`), 'utf8');
      expect(
        text.split('\n').filter((line) => line !== '' && !line.startsWith('#')),
        name,
      ).toEqual([]);
      expect(text).toContain('Neuer Eintrag');
    }
    expect(readFileSync(join(tmp.dir, 'partners.yaml'), 'utf8').match(/^- id: /gm)).toEqual(['- id: ']);
    const check = JSON.parse((await run(['validate', tmp.dir, '--today', TODAY, '--format', 'json'])).stdout);
    expect(check.errors).toEqual([]);
    expect(check.warnings.filter((w: { code: string }) => w.code === 'samples-present').map((w: { file: string }) => w.file)).toEqual([
      'network.yaml',
      'partners.yaml',
    ]);
  });

  it('the warning about a missing category says how to declare it not required', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    await run(['init', tmp.dir, '--today', TODAY]);
    const check = await run(['validate', tmp.dir, '--today', TODAY]);
    expect(check.stdout).toContain(
      'Im Netzwerk fehlt noch: Staatsanwaltschaften (§ 9 Abs. 4 LKiSchG NRW). Wird die Kategorie hier nicht gebraucht: in network.yaml unter targets.required_categories die geforderten Kategorien aufzählen, ohne staatsanwaltschaft.',
    );
    const file = join(tmp.dir, 'network.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('targets:\n', 'targets:\n  required_categories: [jugendamt, schule]\n'));
    const again = await run(['validate', tmp.dir, '--today', TODAY]);
    expect(again.stdout).not.toContain('Staatsanwaltschaften');
    expect(again.stdout).toContain('Im Netzwerk fehlt noch: Schulen');
  });
});
