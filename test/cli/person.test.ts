// netzwerk person: an Art. 15 answer finds a person by name (with or without umlauts) or by
// e-mail, names every file and line, and says where the data go.
// Golden files: UPDATE_GOLDEN=1 npx vitest run test/cli/person.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailMatches, nameMatches } from '../../src/model/match.js';
import { expectGolden, EXAMPLES, FIXTURES, ROOT, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'privacy', 'beispielstadt');
const TODAY = ['--today', '2026-11-23'];
const GOLDEN = join(ROOT, 'test', 'golden', 'privacy');

/** The line where `needle` stands in a fixture file, found in the text itself (not by our locator). */
function lineOf(file: string, needle: string, nth = 1): number {
  const lines = readFileSync(join(NET, file), 'utf8').split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

interface Occ {
  kind: string;
  file: string;
  line: number;
  name?: string;
  email?: string | null;
  visibility?: string;
  consent?: string | null;
  verified?: string | null;
  data?: { state: string; review_due?: string; delete_from?: string };
  lists?: { contacts: string[]; calendar_organizer: string[] };
  signed?: string | null;
  excerpt?: string;
}

async function person(query: string, dir = NET, extra: string[] = []): Promise<Occ[]> {
  const r = await run(['person', query, dir, '--format', 'json', ...TODAY, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { occurrences: Occ[] }).occurrences;
}

describe('matching names and addresses', () => {
  it.each([
    ['Müller', 'Anna Müller'],
    ['Mueller', 'Anna Müller'],
    ['muller', 'Anna Müller'],
    ['MÜLLER', 'Anna Mueller'],
    ['muller', 'Anna Mueller'],
    ['anna mül', 'Anna Müller'],
    ['Maassen', 'Ulrich Maaßen'],
    ['sahin', 'Kerstin Lohmann-Şahin'],
    ['lohmann', 'Kerstin Lohmann-Şahin'],
  ])('%s finds %s', (query, name) => expect(nameMatches(name, query)).toBe(true));

  it.each([
    ['ller', 'Anna Müller'],
    ['Anna Meier', 'Anna Müller'],
    ['Müllers', 'Anna Müller'],
  ])('%s does not find %s', (query, name) => expect(nameMatches(name, query)).toBe(false));

  it('matches e-mail addresses whole or by their parts, ignoring case', () => {
    expect(emailMatches('A.Mueller@x.example', 'a.mueller@X.example')).toBe(true);
    expect(emailMatches('a.mueller@x.example', 'müller')).toBe(true);
    expect(emailMatches('a.mueller@x.example', 'b.mueller@x.example')).toBe(false);
    expect(emailMatches(undefined, 'x@y.example')).toBe(false);
  });
});

describe('netzwerk person', () => {
  // Anna Müller is coordinator (network.yaml), contact (partners.yaml) and signatory (agreements.yaml).
  const annaLines = () => [
    { kind: 'coordinator', file: 'network.yaml', line: lineOf('network.yaml', 'name: Anna Müller') },
    { kind: 'signatory', file: 'agreements.yaml', line: lineOf('agreements.yaml', 'signatory: Anna Müller') },
    { kind: 'contact', file: 'partners.yaml', line: lineOf('partners.yaml', 'name: Anna Müller') },
  ];

  it.each(['Anna Müller', 'Müller', 'Mueller', 'muller', 'ANNA MUELLER'])(
    'finds all three occurrences of Anna Müller by "%s", with file and line',
    async (query) => {
      const found = await person(query);
      expect(found.map(({ kind, file, line }) => ({ kind, file, line }))).toEqual(annaLines());
    },
  );

  it('finds a person by e-mail address, ignoring case, in entries and texts', async () => {
    const byMail = await person('A.MUELLER@jugendamt-beispielstadt.example');
    expect(byMail.map((o) => [o.kind, o.file, o.line])).toEqual([
      ['coordinator', 'network.yaml', lineOf('network.yaml', 'name: Anna Müller')],
      ['contact', 'partners.yaml', lineOf('partners.yaml', 'name: Anna Müller')],
    ]);
    const jens = await person('j.jetzt@jugendamt-beispielstadt.example');
    expect(jens.map((o) => [o.kind, o.file, o.line])).toEqual([
      ['coordinator', 'network.yaml', lineOf('network.yaml', 'name: Jens Jetzt')],
      ['mention', 'meetings.yaml', lineOf('meetings.yaml', 'description:')],
    ]);
    expect(jens[1]!.excerpt).toBe('Anmeldung bei j.jetzt@jugendamt-beispielstadt.example.');
  });

  it('reports visibility, consent, verification and the lists each entry reaches', async () => {
    const [coordinator, signatory, contact] = await person('Anna Müller');
    expect(coordinator).toMatchObject({
      visibility: 'network',
      consent: null,
      verified: '2025-10-01',
      data: { state: 'due', review_due: '2026-10-01' },
      // the first coordinator with e-mail who is not internal: ORGANIZER of the (non-public) calendar
      lists: { contacts: ['internal', 'network'], calendar_organizer: ['network'] },
    });
    expect(contact).toMatchObject({
      visibility: 'internal',
      verified: '2026-05-01',
      data: { state: 'ok', review_due: '2027-05-01' },
      lists: { contacts: ['internal'], calendar_organizer: [] },
    });
    expect(signatory).toMatchObject({ signed: '2026-03-01', lists: { contacts: [], calendar_organizer: [] } });
    const [jens] = await person('Jens Jetzt');
    expect(jens).toMatchObject({
      visibility: 'public',
      consent: '2026-01-05',
      lists: { contacts: ['internal', 'network', 'public'], calendar_organizer: ['public'] },
    });
  });

  it('says when a partner has left: no list any more, and when the data are deleted', async () => {
    expect((await person('Frieda Fort'))[0]).toMatchObject({ data: { state: 'delete', delete_from: '2026-09-30' }, lists: { contacts: [] } });
    expect((await person('Hanna Halt'))[0]).toMatchObject({ data: { state: 'retained', delete_from: '2027-02-01' }, lists: { contacts: [] } });
    // not yet joined: under review, but in no list
    expect((await person('Ida'))[0]).toMatchObject({ data: { state: 'never' }, lists: { contacts: [] } });
  });

  it("finds a partner whose name is a person's (a practice), with its address", async () => {
    const found = await person('olga ohm');
    expect(found.map((o) => [o.kind, o.file, o.line])).toEqual([
      ['organisation', 'partners.yaml', lineOf('partners.yaml', 'name: Kinderarztpraxis Dr. Olga Ohm')],
      ['contact', 'partners.yaml', lineOf('partners.yaml', 'name: Dr. Olga Ohm')],
    ]);
    expect(found[0]).toMatchObject({ address: { street: 'Beispielweg 1', postal_code: '00000', city: 'Beispielstadt' } });
  });

  it('answers "nothing stored" with exit 0 when nobody matches', async () => {
    const r = await run(['person', 'Zacharias Unbekannt', NET, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Zu „Zacharias Unbekannt“ ist in diesem Netzwerk nichts gespeichert.');
    expect(await person('Zacharias Unbekannt')).toEqual([]);
  });

  it('names files inside collection folders', async () => {
    const found = await person('Rütten', join(EXAMPLES, 'kreis-wesel'));
    expect(found[0]).toMatchObject({ kind: 'contact', file: 'partners/amtsgericht-moers.yaml' });
    const text = readFileSync(join(EXAMPLES, 'kreis-wesel', 'partners', 'amtsgericht-moers.yaml'), 'utf8').split('\n');
    expect(text[found[0]!.line - 1]).toContain('Rütten');
  });

  it('refuses an empty query, an unknown format and a missing folder, without a stack trace', async () => {
    const empty = await run(['person', '  ', NET, ...TODAY]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Bitte einen Namen oder eine E-Mail-Adresse angeben');
    const bad = await run(['person', 'x', NET, '--format', 'docx', ...TODAY]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    const none = tempDir();
    try {
      expect((await run(['person', 'x', join(none.dir, 'fehlt'), ...TODAY])).code).toBe(2);
    } finally {
      none.remove();
    }
  });

  it.each([
    ['person-anna.txt', ['Anna Müller']],
    ['person-anna-en.txt', ['Anna Müller', '--lang', 'en']],
    ['person-anna.json', ['Anna Müller', '--format', 'json']],
    ['person-jens.txt', ['j.jetzt@jugendamt-beispielstadt.example']],
    ['person-departed.txt', ['Frieda']],
    ['person-practice.txt', ['Ohm']],
    ['person-nothing.txt', ['Zacharias']],
  ])('golden file %s (byte for byte; UPDATE_GOLDEN=1 to regenerate)', async (name, args) => {
    const [query, ...rest] = args as [string, ...string[]];
    const r = await run(['person', query, NET, ...TODAY, ...rest]);
    expect(r.code).toBe(0);
    expectGolden(join(GOLDEN, name), r.stdout);
  });
});

describe('person: a coordinator’s staff share and qualifications are part of the answer (Art. 15)', () => {
  it('in text, JSON and the letter', async () => {
    const dir = join(FIXTURES, 'report', 'fruehe-hilfen');
    const text = await run(['person', 'Frieda Vorbild', dir, '--today', '2026-11-23']);
    expect(text.stdout).toMatch(/Stellenanteil: +0,5\n/);
    expect(text.stdout).toMatch(/Qualifikation: +Zertifikatskurs Netzwerkkoordination Frühe Hilfen – Landesjugendamt \(Beispiel\), 14\.02\.2025\n/);
    const json = JSON.parse((await run(['person', 'Frieda Vorbild', dir, '--format', 'json', '--today', '2026-11-23'])).stdout);
    expect(json.occurrences[0]).toMatchObject({
      fte: 0.5,
      qualifications: [{ title: 'Zertifikatskurs Netzwerkkoordination Frühe Hilfen', provider: 'Landesjugendamt (Beispiel)', date: '2025-02-14' }],
    });
    const letter = await run(['person', 'Frieda Vorbild', dir, '--format', 'letter', '--lang', 'en', '--today', '2026-11-23']);
    expect(letter.stdout).toContain('Staff share in the coordination: 0.5');
  });
});
