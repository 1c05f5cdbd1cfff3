// The editor as the form: Red Hat's yaml-language-server (the engine of VS Code's YAML extension)
// driven over stdio the way VS Code drives it, in German and in English, on a network from
// `netzwerk init` (with its .vscode/settings.json) and on copies of the examples. Valid files get
// no marks; each mistake of the issue gets a message in the user's language from the schemas;
// a public contact without consent is marked; new partners, contacts, meetings and agreements come
// as snippets that, accepted as they are, give valid data; values are suggested with explanations.
// Slow (it starts the server several times): the quick test run leaves it out.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bySize } from '../support/budget.js';
import { EXAMPLE_NAMES, EXAMPLES, ROOT, run, tempDir } from '../support/helpers.js';
import { applyCompletion } from '../lsp/snippets.js';
import { settingsOf, YamlLanguageServer, type CompletionItem, type Diagnostic, type Position } from '../lsp/yaml-language-server.js';

const TODAY = '2026-11-23';
// The language server's answers and the schemas are walked as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const scratch = tempDir('netzwerk-editor-');
afterAll(() => scratch.remove());

/** Line (0-based) of the first line at or after `from` that contains `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.split('\n').findIndex((line, i) => i >= from && line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in text`);
  return index;
}
/** The position right after `needle` in its line. */
function after(text: string, needle: string, from = 0): Position {
  const line = lineOf(text, needle, from);
  return { line, character: text.split('\n')[line]!.indexOf(needle) + needle.length };
}
const shown = (list: Diagnostic[]) => list.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
const docOf = (item: CompletionItem) => (typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? ''));

/** What the server says itself (its own translations), where the schemas leave it the word. */
const SERVER = {
  de: { unknownKey: (key: string) => `Eigenschaft ${key} ist nicht erlaubt.`, notAccepted: 'Wert wird nicht akzeptiert. Gültige Werte:' },
  en: { unknownKey: (key: string) => `Property ${key} is not allowed.`, notAccepted: 'Value is not accepted. Valid values:' },
} as const;
/** Never shown: the server's English-only messages, regular expressions, the other language. */
const NEVER = {
  de: /Incorrect type|Missing property|does not match|Zeichenfolge stimmt nicht|\^\[|Expected/,
  en: /Incorrect type|Missing property|does not match|\^\[|Pflichtangabe|Anführungszeichen|Hier gehört/,
} as const;

// npm test: the German editor; at full size the English one too (the same schema, its English texts)
for (const lang of bySize(['de'] as const, ['de', 'en'] as const)) {
  describe(`the editor in ${lang === 'de' ? 'German' : 'English'}: a network from netzwerk init`, () => {
    const dir = join(scratch.dir, `netzwerk-${lang}`);
    let server: YamlLanguageServer;
    let schemas: Record<'network' | 'partners' | 'meetings' | 'agreements', Json>;
    const file = (name: string) => join(dir, name);
    const starter = (name: string) => readFileSync(file(name), 'utf8');

    beforeAll(async () => {
      expect((await run(['init', dir, '--today', TODAY, '--lang', lang])).code).toBe(0);
      const load = (name: string) => JSON.parse(readFileSync(file(`.netzwerk/schemas/${name}.schema.json`), 'utf8')) as Json;
      schemas = { network: load('network'), partners: load('partners'), meetings: load('meetings'), agreements: load('agreements') };
      server = await YamlLanguageServer.start({ folder: dir, locale: lang, settings: settingsOf(dir) });
      for (const name of ['network.yaml', 'partners.yaml', 'meetings.yaml', 'agreements.yaml']) await server.open(file(name));
    });
    afterAll(() => server?.stop());

    it('marks nothing in the starter files', async () => {
      for (const name of ['network.yaml', 'partners.yaml', 'meetings.yaml', 'agreements.yaml']) {
        expect(shown(await server.change(file(name), starter(name))), name).toEqual([]);
      }
    });

    it("says what is wrong in the user's language: value forms, required fields, unknown keys", async () => {
      const defs = schemas.partners.definitions;
      const required = (def: Json, key: string) => (def.allOf as Json[]).find((entry) => entry.required[0] === key)!.errorMessage as string;
      const base = starter('partners.yaml');
      const text = `${base}- id: Grundschule-am-Park
  name: Grundschule am Park
  sector: schule
  address:
    postal_code: 01067
- id: kita-sonnenschein
  sector: kita
  joined: 27.11.2026
  website: www.kita-sonnenschein.example
  address:
    postal_code: "4753"
  adress: Sonnenweg 1
  contacts:
    - name: Paula Beispiel
      email: keine-adresse
      phone: 02812070000
      insofa: ja
    - name: Olaf Beispiel
      phone: "Tel. 0281 207-0000"
`;
      const from = lineOf(text, 'Grundschule-am-Park');
      const at = (needle: string) => `${lineOf(text, needle, from) + 1}:${text.split('\n')[lineOf(text, needle, from)]!.indexOf(needle) + 1}`;
      const value = (needle: string) =>
        `${lineOf(text, needle, from) + 1}:${text.split('\n')[lineOf(text, needle, from)]!.indexOf(needle) + needle.indexOf(': ') + 3}`;
      const diagnostics = await server.change(file('partners.yaml'), text);
      expect(shown(diagnostics).sort()).toEqual(
        [
          `${value('id: Grundschule-am-Park')} ${defs.id.patternErrorMessage}`,
          `${value('postal_code: 01067')} ${defs.postal_code.errorMessage}`,
          `${at('id: kita-sonnenschein')} ${required(defs.partner, 'name')}`,
          `${value('joined: 27.11.2026')} ${defs.date.patternErrorMessage}`,
          `${value('website: www')} ${defs.url.patternErrorMessage}`,
          `${value('postal_code: "4753"')} ${defs.postal_code.patternErrorMessage}`,
          `${at('adress:')} ${SERVER[lang].unknownKey('adress')}`,
          `${value('email: keine-adresse')} ${defs.email.patternErrorMessage}`,
          `${value('phone: 02812070000')} ${defs.phone.errorMessage}`,
          `${value('insofa: ja')} ${defs.contact.properties.insofa.errorMessage}`,
          `${value('phone: "Tel.')} ${defs.phone.patternErrorMessage}`,
        ].sort(),
      );
      for (const d of diagnostics) expect(d.message).not.toMatch(NEVER[lang]);
      // the messages are the schemas' own, in the language of the schemas init wrote
      if (lang === 'de') expect(defs.postal_code.errorMessage).toMatch(/^Postleitzahlen bitte in Anführungszeichen setzen, z\. B\. "01067"/);
      else expect(defs.postal_code.errorMessage).toMatch(/^Please put postal codes in quotes, e\.g\. "01067"/);
      await server.change(file('partners.yaml'), base);
    });

    it('says it for meetings, agreements and the network as well', async () => {
      const meetings = schemas.meetings.definitions;
      const base = starter('meetings.yaml');
      const text = `${base}- id: fachtag-2027\n  type: fachtag\n  start: 13.03.2027 14:00\n  status: geplant\n  guests: viele\n`;
      const messages = shown(await server.change(file('meetings.yaml'), text)).map((m) => m.replace(/^\d+:\d+ /, ''));
      expect(messages).toEqual(
        expect.arrayContaining([
          (meetings.meeting.allOf as Json[])[1]!.errorMessage,
          meetings.date_or_datetime.patternErrorMessage,
          meetings.meeting.properties.guests.errorMessage,
        ]),
      );
      expect(messages.find((m) => m.startsWith(SERVER[lang].notAccepted))).toContain('"planned", "held", "cancelled"');
      expect(messages).toHaveLength(4);
      await server.change(file('meetings.yaml'), base);

      const agreements = starter('agreements.yaml');
      const party = await server.change(file('agreements.yaml'), `${agreements}    - signed: 2026-01-15\n`);
      expect(party.map((d) => d.message)).toEqual([(schemas.agreements.definitions.party.allOf as Json[])[0]!.errorMessage]);
      await server.change(file('agreements.yaml'), agreements);

      const network = starter('network.yaml');
      const broken = network.replace('    partner: jugendamt-musterstadt\n', '').replace('phone: "01234 567-000"', 'phone: 01234567000');
      const found = await server.change(file('network.yaml'), broken);
      expect(found.map((d) => d.message).sort()).toEqual(
        [(schemas.network.definitions.coordinator.allOf as Json[])[1]!.errorMessage, schemas.network.definitions.phone.errorMessage].sort(),
      );
      for (const d of [...party, ...found]) expect(d.message).not.toMatch(NEVER[lang]);
      await server.change(file('network.yaml'), network);
    });

    it('explains the fields of the Frühe-Hilfen profile and the overview: a youth office with its key, the kind, a staff share', async () => {
      const network = starter('network.yaml');
      const defs = schemas.network.definitions;
      const fine = network
        .replace(
          'youth_offices:\n  - jugendamt-musterstadt',
          'kind: [kinderschutz, fruehe_hilfen]\nyouth_offices:\n  - {partner: jugendamt-musterstadt, key: "05199000"}',
        )
        .replace(
          '    partner: jugendamt-musterstadt\n',
          '    partner: jugendamt-musterstadt\n    fte: 0.5\n    qualifications:\n      - title: Zertifikatskurs\n',
        );
      expect(shown(await server.change(file('network.yaml'), fine))).toEqual([]);
      const broken = fine.replace('key: "05199000"', 'key: "0519"').replace('fruehe_hilfen]', 'frühe_hilfen]').replace('fte: 0.5', 'fte: 0,5');
      const messages = shown(await server.change(file('network.yaml'), broken)).map((m) => m.replace(/^\d+:\d+ /, ''));
      expect(messages).toEqual(expect.arrayContaining([defs.official_key.patternErrorMessage, defs.coordinator.properties.fte.errorMessage]));
      expect(messages.find((m) => m.startsWith(SERVER[lang].notAccepted))).toContain('"kinderschutz", "fruehe_hilfen"');
      expect(messages).toHaveLength(3);
      for (const m of messages) expect(m).not.toMatch(NEVER[lang]);
      await server.change(file('network.yaml'), network);
    });

    it('marks a public contact without consent on its visibility, and not once consent is there', async () => {
      const base = starter('partners.yaml');
      const text = base.replace('      visibility: network\n', '      visibility: public\n');
      const [mark, ...more] = await server.change(file('partners.yaml'), text);
      expect(more).toEqual([]);
      expect(mark!.message).toBe(schemas.partners.definitions.contact.then.properties.visibility.errorMessage);
      expect(mark!.message).toMatch(
        lang === 'de'
          ? /^Öffentlich \(public\) nur mit Einwilligung: Bitte unter consent das Datum/
          : /^Public only with consent: please record under consent the date/,
      );
      const line = text.split('\n')[mark!.range.start.line]!;
      expect(line.slice(mark!.range.start.character, mark!.range.end.character)).toBe('public');
      expect(
        shown(await server.change(file('partners.yaml'), text.replace('      visibility: public\n', `      visibility: public\n      consent: ${TODAY}\n`))),
      ).toEqual([]);
      // the same for a coordinator in network.yaml
      const network = starter('network.yaml');
      const coordinator = await server.change(
        file('network.yaml'),
        network.replace(`    verified: ${TODAY}\n`, `    visibility: public\n    verified: ${TODAY}\n`),
      );
      expect(coordinator.map((d) => d.message)).toEqual([schemas.network.definitions.coordinator.then.properties.visibility.errorMessage]);
      await server.change(file('network.yaml'), network);
      await server.change(file('partners.yaml'), base);
    });

    const SNIPPETS: [string, string, (text: string) => { text: string; position: Position }, string][] = [
      ['partners.yaml', 'partner', (text) => ({ text: `${text}- `, position: { line: text.split('\n').length - 1, character: 2 } }), 'partners'],
      [
        'partners.yaml',
        'contact',
        (text) => {
          const line = lineOf(text, `      verified: ${TODAY}`) + 1;
          const lines = text.split('\n');
          lines.splice(line, 0, '    - ');
          return { text: lines.join('\n'), position: { line, character: 6 } };
        },
        'partners',
      ],
      ['meetings.yaml', 'meeting', (text) => ({ text: `${text}- `, position: { line: text.split('\n').length - 1, character: 2 } }), 'meetings'],
      ['agreements.yaml', 'agreement', (text) => ({ text: `${text}- `, position: { line: text.split('\n').length - 1, character: 2 } }), 'agreements'],
      [
        'network.yaml',
        'coordinator',
        (text) => {
          const line = lineOf(text, 'targets:');
          const lines = text.split('\n');
          lines.splice(line, 0, '  - ');
          return { text: lines.join('\n'), position: { line, character: 4 } };
        },
        'network',
      ],
    ];
    for (const [name, item, place, schema] of SNIPPETS) {
      it(`offers the ${item} snippets after "- " in ${name}; accepted as they are, the file is valid`, async () => {
        const snippets = schemas[schema as keyof typeof schemas].definitions[item].defaultSnippets as Json[];
        const base = starter(name);
        const { text, position } = place(base);
        await server.change(file(name), text);
        const items = await server.completion(file(name), position);
        for (const snippet of snippets) {
          const offered = items.find((i) => i.label === snippet.label);
          expect(offered, `${snippet.label} in ${items.map((i) => i.label).join(', ')}`).toBeDefined();
          expect(docOf(offered!)).toBe(snippet.description);
          const accepted = applyCompletion(text, offered!, position, TODAY);
          expect(shown(await server.change(file(name), accepted)), `${snippet.label}:\n${accepted}`).toEqual([]);
          // … and netzwerk validate agrees
          writeFileSync(file(name), accepted);
          const check = await run(['validate', dir, '--today', TODAY, '--format', 'json']);
          expect(JSON.parse(check.stdout).errors, `${snippet.label}:\n${accepted}`).toEqual([]);
          writeFileSync(file(name), base);
        }
        await server.change(file(name), base);
      }, 60_000);
    }

    it('suggests the sectors with their explanations, today for a date, quotes for postal codes and phone numbers', async () => {
      const defs = schemas.partners.definitions;
      const base = starter('partners.yaml');
      const text = `${base}- id: neu\n  name: Neu\n  sector: \n  joined: \n  address:\n    postal_code: \n  contacts:\n    - name: A\n      phone: \n`;
      await server.change(file('partners.yaml'), text);
      const from = lineOf(text, 'id: neu');
      const sectors = await server.completion(file('partners.yaml'), after(text, 'sector: ', from));
      expect(sectors.map((i) => i.label)).toEqual(defs.sector.enum);
      expect(sectors.map(docOf)).toEqual(defs.sector.enumDescriptions);

      const dates = await server.completion(file('partners.yaml'), after(text, 'joined: ', from));
      const today = dates.find((i) => i.label === defs.date.defaultSnippets[0].label)!;
      expect(today.textEdit?.newText ?? today.insertText).toBe('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE');
      expect(dates.map((i) => i.label)).toContain('2024-03-13');
      const withToday = applyCompletion(text, today, after(text, 'joined: ', from), '2027-01-05');
      expect(withToday).toContain('  joined: 2027-01-05\n');

      const postal = await server.completion(file('partners.yaml'), after(text, 'postal_code: ', from));
      expect(postal.map((i) => i.textEdit?.newText ?? i.insertText)).toEqual(['"46483"']);
      const phone = await server.completion(file('partners.yaml'), after(text, 'phone: ', lineOf(text, 'name: A')));
      const quoted = phone.find((i) => i.label === defs.phone.defaultSnippets[0].label)!;
      expect(applyCompletion(text, quoted, after(text, 'phone: ', lineOf(text, 'name: A')), TODAY)).toContain('      phone: "0281 207-0000"\n');
      await server.change(file('partners.yaml'), base);
    });

    it('suggests the values of visibility with explanations, also where the starter file had a comment', async () => {
      const defs = schemas.partners.definitions;
      const base = starter('partners.yaml');
      // the user deletes the value of `visibility: network` and asks for suggestions
      const text = base.replace('      visibility: network\n', '      visibility: \n');
      await server.change(file('partners.yaml'), text);
      const values = await server.completion(file('partners.yaml'), after(text, 'visibility: '));
      expect(values.map((i) => [i.label, docOf(i)])).toEqual(
        (defs.contact.properties.visibility.enum as string[]).map((v, i) => [v, defs.contact.properties.visibility.enumDescriptions[i]]),
      );
      await server.change(file('partners.yaml'), base);
    });

    it('explains a field and its values on hover', async () => {
      const defs = schemas.partners.definitions;
      const base = starter('partners.yaml');
      const sector = await server.hover(file('partners.yaml'), after(base, '  sect'));
      expect(sector).toContain(`#### ${defs.partner.properties.sector.title}`);
      expect(sector).toContain(defs.partner.properties.sector.description);
      const visibility = await server.hover(file('partners.yaml'), after(base, '      visib'));
      expect(visibility).toContain(defs.contact.properties.visibility.description);
      for (const description of defs.contact.properties.visibility.enumDescriptions as string[]) expect(visibility).toContain(description);
      const postal = await server.hover(file('partners.yaml'), after(base, '    postal_co'));
      expect(postal).toContain('"46483"');
    });

    it('checks nothing in a file whose copied first line leads nowhere, and everything with the right one', async () => {
      mkdirSync(file('partners'), { recursive: true });
      const firstLine = starter('partners.yaml').split('\n')[0]!;
      const body = 'id: kita-regenbogen\nname: Kita Regenbogen\nsector: kita\naddress:\n  postal_code: 01067\n';
      const path = file('partners/kita-regenbogen.yaml');
      writeFileSync(path, `${firstLine}\n${body}`);
      const silent = await server.open(path);
      expect(silent.map((d) => d.message).join('\n')).not.toContain(schemas.partners.definitions.postal_code.errorMessage);
      const check = await run(['validate', dir, '--today', TODAY, '--format', 'json', '--lang', lang]);
      expect(JSON.parse(check.stdout).warnings).toEqual(
        expect.arrayContaining([expect.objectContaining({ file: 'partners/kita-regenbogen.yaml', line: 1, code: 'schema-line-not-found' })]),
      );
      const right = `# yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json\n${body}`;
      expect((await server.change(path, right)).map((d) => d.message)).toEqual([schemas.partners.definitions.postal_code.errorMessage]);
      // without a first line, .vscode/settings.json gives files in partners/ their schema
      expect((await server.change(path, body)).map((d) => d.message)).toEqual([schemas.partners.definitions.postal_code.errorMessage]);
      server.close(path);
    });
  });
}

describe('the editor opened on the parent folder instead of the network folder', () => {
  it("checks files with the right first line, but not a file without one (the folder's settings are not read)", async () => {
    const dir = join(scratch.dir, 'eltern', 'netzwerk');
    expect((await run(['init', dir, '--today', TODAY])).code).toBe(0);
    const server = await YamlLanguageServer.start({ folder: join(scratch.dir, 'eltern'), locale: 'de', settings: settingsOf(undefined) });
    try {
      const body = 'id: kita-regenbogen\nname: Kita Regenbogen\nsector: kita\naddress:\n  postal_code: 01067\n';
      const path = join(dir, 'partners', 'kita-regenbogen.yaml');
      mkdirSync(join(dir, 'partners'));
      writeFileSync(path, body);
      expect(await server.open(path)).toEqual([]);
      const message = JSON.parse(readFileSync(join(dir, '.netzwerk/schemas/partners.schema.json'), 'utf8')).definitions.postal_code.errorMessage;
      const withLine = await server.change(path, `# yaml-language-server: $schema=../.netzwerk/schemas/partners.schema.json\n${body}`);
      expect(withLine.map((d) => d.message)).toEqual([message]);
      expect(shown(await server.open(join(dir, 'partners.yaml')))).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('the editor on copies of the examples', () => {
  it('marks nothing in any file of any example', async () => {
    // the examples' first lines lead to ../../schemas/: copy them with the schemas beside
    const root = join(scratch.dir, 'repo');
    cpSync(join(ROOT, 'schemas'), join(root, 'schemas'), { recursive: true });
    for (const name of EXAMPLE_NAMES) cpSync(join(EXAMPLES, name), join(root, 'examples', name), { recursive: true });
    const server = await YamlLanguageServer.start({ folder: join(root, 'examples'), locale: 'de', settings: settingsOf(undefined) });
    try {
      const files: string[] = [];
      const walk = (d: string) => {
        for (const entry of readdirSync(d)) {
          const path = join(d, entry);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.ya?ml$/.test(entry)) files.push(path);
        }
      };
      walk(join(root, 'examples'));
      expect(files.length).toBeGreaterThan(40);
      for (const path of files) expect(readFileSync(path, 'utf8').split('\n')[0], relative(root, path)).toMatch(/^# yaml-language-server: \$schema=/);
      // opened all at once, as after "open all files": the server validates them side by side
      const found = await Promise.all(files.map(async (path) => [relative(root, path), shown(await server.open(path))] as const));
      expect(found.filter(([, marks]) => marks.length > 0)).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
