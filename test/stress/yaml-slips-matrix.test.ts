// The slips of issue 14 on every example, and a thousand seeded slips over every file of the
// examples (SLIP_CASES, test/support/budget.ts: 1,000 in npm run test:ci, fewer in npm test; the
// table in test/cli/yaml-slips.test.ts is quick).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { prng } from '../../bench/prng.mjs';
import { parseYamlFile } from '../../src/load/parse-yaml.js';
import { bySize, SLIP_CASES } from '../support/budget.js';
import { copyExample, EXAMPLE_NAMES, EXAMPLES, run } from '../support/helpers.js';
import { TODAY, YAML_WORDS, yamlFiles, type Json } from '../support/slip-helpers.js';

const dirs: (() => void)[] = [];
afterAll(() => dirs.forEach((remove) => remove()));

describe('seeded slips over every file of the examples', () => {
  // One space more or less at a line's start, a forgotten dash, a forgotten space after a colon:
  // when the file no longer reads, the one message is at the changed line.
  const SLIPS: [string, (line: string) => string][] = [
    ['one space more', (l) => ` ${l}`],
    ['one space less', (l) => l.replace(/^ /, '')],
    ['dash forgotten', (l) => l.replace(/^(\s*)- /, '$1  ')],
    ['dash forgotten, line moved left', (l) => l.replace(/^(\s*)- /, '$1')],
    ['no space after the colon', (l) => l.replace(/^(\s*(?:- )?[a-z_]+): /, '$1:')],
  ];
  it(`${SLIP_CASES} slips: each file gives at most one message, at the changed line, in German words`, () => {
    const files = yamlFiles(EXAMPLES);
    const rand = prng(0x736c6970); // "slip"
    let reported = 0;
    const wrong: string[] = [];
    for (let n = 0; n < SLIP_CASES; n++) {
      const file = files[Math.floor(rand() * files.length)]!;
      const lines = readFileSync(file, 'utf8').split('\n');
      const i = Math.floor(rand() * lines.length);
      const [name, slip] = SLIPS[Math.floor(rand() * SLIPS.length)]!;
      const changed = slip(lines[i]!);
      if (changed === lines[i] || lines[i]!.trim() === '' || lines[i]!.trim().startsWith('#')) continue;
      lines[i] = changed;
      const text = lines.join('\n');
      const { diagnostics } = parseYamlFile({ file: 'partners.yaml', bytes: Buffer.from(text), size: text.length }, 'de');
      expect(diagnostics.length).toBeLessThanOrEqual(1);
      const d = diagnostics[0];
      if (!d) continue;
      reported++;
      expect(d.message).not.toMatch(YAML_WORDS);
      if (d.line !== i + 1) wrong.push(`${file}:${i + 1} (${name}) ${JSON.stringify(changed)} → line ${d.line}: ${d.message}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(reported).toBeGreaterThan(SLIP_CASES * 0.3); // 300 of 1,000: most slips are reported
  });
});

/**
 * Every slip of issue 14 on every one of the five examples: each slip finds the first line of
 * the example it fits (in the collection it names), changes only that line, and must give exactly
 * one error, at that line, with that code, in German and English. `meant` is what the message
 * must propose (the line's own value for dates and ids: the ISO form of that very date).
 */
interface Slip {
  name: string;
  collection: 'network' | 'partners' | 'meetings' | 'agreements';
  match: RegExp;
  nth?: number;
  slip: (m: RegExpExecArray, ctx: { names: Map<string, string> }) => string;
  code: string | string[];
  meant?: (m: RegExpExecArray) => string;
}

const GERMAN: Record<string, string> = {
  held: 'stattgefunden',
  planned: 'geplant',
  cancelled: 'abgesagt',
  draft: 'Entwurf',
  in_signature: 'in Unterzeichnung',
  in_force: 'in Kraft',
  expired: 'abgelaufen',
  terminated: 'gekündigt',
  internal: 'intern',
  network: 'Netzwerk',
  public: 'öffentlich',
};
const TITLE = /^(\s*)title: .*$/;
const quoteSlip = (name: string, value: string): Slip => ({
  name,
  collection: 'meetings',
  match: TITLE,
  slip: (m) => `${m[1]}title: ${value}`,
  code: 'yaml-quote-value',
  meant: () => `title: `,
});

const ISSUE_SLIPS: Slip[] = [
  { name: 'tab as indentation', collection: 'partners', match: /^(\s+)([a-z_]+: \S.*)$/, slip: (m) => `\t${m[2]}`, code: 'yaml-tab' },
  {
    name: 'a colon and a space inside a value',
    collection: 'meetings',
    match: TITLE,
    slip: (m) => `${m[1]}title: Fachtag: Kinderschutz 2027`,
    code: 'yaml-colon-in-value',
    meant: () => 'title: "Fachtag: Kinderschutz 2027"',
  },
  {
    name: 'no space after the colon',
    collection: 'partners',
    match: /^(\s*)sector: (\S+)$/,
    slip: (m) => `${m[1]}sector:${m[2]}`,
    code: 'yaml-no-space-after-colon',
    meant: (m) => `sector: ${m[2]}`,
  },
  {
    name: 'forgotten dash, key at the dash',
    collection: 'meetings',
    match: /^- (id: .*)$/,
    nth: 2,
    slip: (m) => m[1]!,
    code: 'yaml-missing-dash',
    meant: (m) => `- ${m[1]}`,
  },
  {
    name: 'forgotten dash, key under the keys',
    collection: 'meetings',
    match: /^- (id: .*)$/,
    nth: 2,
    slip: (m) => `  ${m[1]}`,
    code: 'yaml-missing-dash',
    meant: (m) => `- ${m[1]}`,
  },
  {
    name: 'one space too few',
    collection: 'partners',
    match: /^(\s+)(function: .*)$/,
    slip: (m) => `${m[1]!.slice(1)}${m[2]}`,
    code: 'yaml-indent-column',
    meant: () => 'einfügen',
  },
  {
    name: 'one space too many',
    collection: 'partners',
    match: /^(\s+)(function: .*)$/,
    slip: (m) => ` ${m[1]}${m[2]}`,
    code: 'yaml-indent-column',
    meant: () => 'entfernen',
  },
  {
    name: 'an unclosed quote',
    collection: 'partners',
    match: /^(\s+phone: "[^"]+)"$/,
    slip: (m) => m[1]!,
    code: 'yaml-unclosed-quote',
    meant: (m) => `${m[1]!.trim()}"`,
  },
  quoteSlip('a value beginning with [', '[Entwurf] Fachtag'),
  quoteSlip('a value beginning with {', '{neu} Fachtag'),
  quoteSlip('a value beginning with *', '*neu* Fachtag'),
  quoteSlip('a value beginning with &', '&neu Fachtag'),
  quoteSlip('a value beginning with !', '!neu Fachtag'),
  quoteSlip('a value beginning with %', '%neu Fachtag'),
  quoteSlip('a value beginning with @', '@neu Fachtag'),
  quoteSlip('a value beginning with `', '`neu` Fachtag'),
  quoteSlip("a value beginning with '", "'Fachtag' Kinderschutz"),
  quoteSlip('a value beginning with "', '"Fachtag" Kinderschutz'),
  {
    name: 'a key written twice',
    collection: 'meetings',
    match: /^(\s+)location: .*$/,
    slip: (m) => `${m[1]}type: fachtag`,
    code: 'yaml-duplicate-key',
    meant: () => '„type“',
  },
  {
    name: 'a German date',
    collection: 'meetings',
    match: /^(\s+)start: (\d{4})-(\d{2})-(\d{2})( \d\d:\d\d)?$/,
    slip: (m) => `${m[1]}start: ${m[4]}.${m[3]}.${m[2]}${m[5] ?? ''}`,
    code: 'invalid-datetime',
    meant: (m) => `„${m[2]}-${m[3]}-${m[4]}${m[5] ?? ''}“`,
  },
  {
    name: 'a German short date',
    collection: 'partners',
    match: /^(\s*)joined: (\d{2})(\d{2})-(\d{2})-(\d{2})$/,
    slip: (m) => `${m[1]}joined: ${Number(m[5])}.${Number(m[4])}.${m[3]}`,
    code: 'invalid-date',
    meant: (m) => `„${m[2]}${m[3]}-${m[4]}-${m[5]}“`,
  },
  {
    name: 'a time without a date for end',
    collection: 'meetings',
    match: /^(\s+)end: (\d{4}-\d{2}-\d{2}) (\d\d:\d\d)$/,
    slip: (m) => `${m[1]}end: ${m[3]}`,
    code: 'end-time-only',
    meant: (m) => `„${m[2]} ${m[3]}“`,
  },
  {
    name: 'ja instead of true',
    collection: 'partners',
    match: /^(\s+)insofa: true$/,
    slip: (m) => `${m[1]}insofa: ja`,
    code: 'boolean-word',
    meant: () => '„true“',
  },
  {
    name: 'a German word for a meeting status',
    collection: 'meetings',
    match: /^(\s+)status: (held|planned|cancelled)$/,
    slip: (m) => `${m[1]}status: ${GERMAN[m[2]!]}`,
    code: 'invalid-value',
    meant: (m) => `„${m[2]}“`,
  },
  {
    name: 'a German word for an agreement status',
    collection: 'agreements',
    match: /^(\s*)status: (draft|in_signature|in_force|expired|terminated)$/,
    slip: (m) => `${m[1]}status: ${GERMAN[m[2]!]}`,
    code: 'invalid-value',
    meant: (m) => `„${m[2]}“`,
  },
  {
    name: 'a German word for a visibility',
    collection: 'partners',
    match: /^(\s+)visibility: (internal|network|public)$/,
    slip: (m) => `${m[1]}visibility: ${GERMAN[m[2]!]}`,
    code: 'invalid-value',
    meant: (m) => `„${m[2]}“`,
  },
  {
    name: 'an id with capitals and an umlaut',
    collection: 'partners',
    match: /^(- |)id: ([a-z])(\S*?)ue(\S*)$/,
    slip: (m) => `${m[1]}id: ${m[2]!.toUpperCase()}${m[3]}ü${m[4]}`,
    code: 'invalid-id',
    meant: (m) => `„${m[2]}${m[3]}ue${m[4]}“`,
  },
  {
    name: 'a partner named instead of its id',
    collection: 'network',
    match: /^(\s+)partner: (\S+)$/,
    slip: (m, { names }) => `${m[1]}partner: ${JSON.stringify(names.get(m[2]!))}`,
    code: ['reference-by-name', 'invalid-id'],
    meant: (m) => `„${m[2]}“`,
  },
  {
    name: 'an impossible date',
    collection: 'partners',
    match: /^(\s*)joined: (\d{4})-\d{2}-\d{2}$/,
    slip: (m) => `${m[1]}joined: ${m[2]}-04-31`,
    code: 'invalid-calendar-date',
  },
  {
    name: 'no space after the colon in { }',
    collection: 'meetings',
    match: /^(.*)\{partner: (.*)$/,
    slip: (m) => `${m[1]}{partner:${m[2]}`,
    code: 'yaml-no-space-after-colon',
  },
];

/** The files of a collection in an example folder, in the order netzwerk reads them. */
function collectionFiles(dir: string, collection: Slip['collection']): string[] {
  if (collection === 'network') return ['network.yaml'];
  const single = [`${collection}.yaml`].filter((f) => statSync(join(dir, f), { throwIfNoEntry: false })?.isFile());
  const folder = statSync(join(dir, collection), { throwIfNoEntry: false })?.isDirectory()
    ? yamlFiles(join(dir, collection))
        .map((f) => f.slice(dir.length + 1))
        .sort()
    : [];
  return [...single, ...folder];
}

describe('every slip of issue 14 on every example', () => {
  // npm test: two examples (a Kreis with many files, a city); every example at full size
  const cases = bySize<readonly string[]>(['kreis-kleve', 'herne'], EXAMPLE_NAMES).flatMap((example) =>
    ISSUE_SLIPS.map((slip) => ({ example, slip, title: `${example}: ${slip.name}` })),
  );

  it.each(cases)('$title', async ({ example, slip }) => {
    const { dir, remove } = copyExample(example);
    dirs.push(remove);
    // the names of the partners, for a reference by name
    const names = new Map<string, string>();
    for (const file of collectionFiles(dir, 'partners')) {
      const docs = parseAllDocuments(readFileSync(join(dir, file), 'utf8'));
      const value = [docs].flat()[0]?.toJS() as unknown;
      for (const p of [value].flat() as { id?: string; name?: string }[]) if (p?.id && p.name) names.set(p.id, p.name);
    }
    let found: { file: string; line: number; m: RegExpExecArray } | undefined;
    let seen = 0;
    for (const file of collectionFiles(dir, slip.collection)) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const k = lines.findIndex((l) => slip.match.test(l) && ++seen === (slip.nth ?? 1));
      if (k >= 0) {
        found = { file, line: k + 1, m: slip.match.exec(lines[k]!)! };
        lines[k] = slip.slip(found.m, { names });
        writeFileSync(join(dir, file), lines.join('\n'));
        break;
      }
    }
    expect(found, `${example} has a line for "${slip.name}"`).toBeDefined();
    const { file, line, m } = found!;
    for (const lang of ['de', 'en'] as const) {
      const result = await run(['validate', dir, '--today', TODAY, '--format', 'json', '--lang', lang]);
      const json = JSON.parse(result.stdout) as Json;
      const where = json.errors.map((e) => `${e.file}:${e.line} ${e.code}: ${e.message}`).join('\n');
      expect(json.errors.length, where).toBe(1);
      const error = json.errors[0]!;
      expect(`${error.file}:${error.line}`, where).toBe(`${file}:${line}`);
      expect([slip.code].flat(), where).toContain(error.code);
      expect(error.message).not.toMatch(YAML_WORDS);
      if (slip.meant && lang === 'de') expect(error.message).toContain(slip.meant(m));
    }
  });
});
