// The Frühe-Hilfen profile of the report (`--profile fruehe-hilfen`): every figure computed by hand
// from test/fixtures/report/fruehe-hilfen (see the comments there), against the JSON report; each
// funding condition without its evidence; the coordination counted, never named; and what the
// report JSON of format 3 carries for the overview (kind, keys, staff shares).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

const DIR = join(FIXTURES, 'report', 'fruehe-hilfen');
const TODAY = ['--today', '2026-11-23'];
// The report data are walked as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function report(dir: string, ...args: string[]): Promise<Json> {
  const r = await run(['report', dir, '--format', 'json', ...TODAY, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

const scratch = tempDir('netzwerk-fh-');
afterAll(() => scratch.remove());

/** A copy of the fixture with `edit` applied to one of its files. */
function variant(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(scratch.dir, name);
  cpSync(DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('report --profile fruehe-hilfen on the fixture (calendar year 2026)', () => {
  it('is null without the profile, and the report says what format 3 carries', async () => {
    const j = await report(DIR);
    expect(j.format_version).toBe(4); // format 3 added what the overview reads; 4 (issue 32) kept it
    expect(j.fruehe_hilfen).toBeNull();
    expect(j.network.kind).toEqual(['fruehe_hilfen']);
    expect(j.network.youth_offices).toEqual([{ id: 'jugendamt-musterstadt', name: 'Jugendamt Musterstadt', key: '05199000' }]);
    // 0.5 + 0.3, added in hundredths
    expect(j.network.coordination_fte).toBe(0.8);
    expect(j.network.coordinators.map((c: Json) => c.fte)).toEqual([0.5, 0.3]);
  });

  it('counts the coordination, never names it, and checks the four funding conditions', async () => {
    const fh = (await report(DIR, '--profile', 'fruehe-hilfen', '--audience', 'public')).fruehe_hilfen;
    expect(fh.declared).toBe(true);
    expect(fh.coordination).toEqual({ coordinators: 2, fte: 0.8, with_fte: 2, qualified: 1 });
    expect(JSON.stringify(fh)).not.toMatch(/Vorbild|Gedacht|Zertifikatskurs/);
    const ids = (c: Json) => c.items.map((i: Json) => i.id);
    expect(fh.conditions.map((c: Json) => [c.id, c.status, ids(c)])).toEqual([
      ['koordination', 'belegt', []],
      // the Datenschutzvereinbarung is in force too, but sets down no standards of the network
      ['vereinbarung', 'belegt', ['kooperationsvereinbarung']],
      // 2 held in 2026 against the target 2; the one of 2025 and the planned one do not count
      ['netzwerktreffen', 'belegt', ['2026-03-netzwerktreffen', '2026-09-netzwerktreffen']],
      ['beteiligung', 'belegt', ['2026-04-elternbefragung']],
    ]);
  });

  it('counts the partners of § 3 Abs. 2 KKG and the actor types, members and attending', async () => {
    const fh = (await report(DIR, '--profile', 'fruehe-hilfen')).fruehe_hilfen;
    const kinds = Object.fromEntries(fh.partner_kinds.map((k: Json) => [k.id, [k.members, k.attending]]));
    expect(fh.partner_kinds).toHaveLength(18);
    // Jugendamt (by its sector) and the Familienzentrum; the two Heilberufe, of which the Hebamme did not come;
    // the Mehrgenerationenhaus left on 2026-06-30
    expect(kinds).toMatchObject({
      jugendhilfe: [2, 2],
      heilberufe: [2, 1],
      krankenhaeuser: [1, 1],
      schwangerschaftsberatung: [1, 1],
      mehrgenerationenhaeuser: [0, 0],
    });
    expect(Object.values(kinds).reduce((n: number, [members]: number[]) => n + members!, 0)).toBe(6);
    expect(fh.unassigned).toEqual(['jobcenter-musterstadt']);
    const types = Object.fromEntries(fh.actor_types.filter((a: Json) => a.members > 0).map((a: Json) => [a.id, [a.members, a.attending, a.eingebunden]]));
    expect(types).toEqual({
      asd: [1, 1, true],
      familienzentrum: [1, 1, true],
      schwangerschaftsberatung: [1, 1, true],
      hebamme: [1, 0, false],
      kinderarztpraxis: [1, 1, true],
      geburtsklinik: [1, 1, true],
    });
    expect(fh.actor_types.find((a: Json) => a.id === 'mehrgenerationenhaus')).toEqual({
      id: 'mehrgenerationenhaus',
      eingebunden: false,
      members: 0,
      attending: 0,
      partners: [],
    });
  });

  it('gives the figures of a Sachbericht', async () => {
    const fh = (await report(DIR, '--profile', 'fruehe-hilfen')).fruehe_hilfen;
    expect(fh.figures).toEqual({
      meetings_held: 3,
      network_meetings_held: 2,
      network_meetings_target: 2,
      qualification_offers_held: 1,
      qualification_offers_target: 2,
      // 2 + 1 + 1, 2 + 5 guests, 1 + 1
      participants: 13,
      public_information: 1,
      participation_activities: 1,
      participation_count: 37,
    });
  });

  it('says "kein Beleg" for each condition whose evidence is missing', async () => {
    const noShare = variant('no-share', 'network.yaml', (t) => t.replace(/ {4}fte: 0\.[35]\n/g, ''));
    const unqualified = variant('unqualified', 'network.yaml', (t) => t.replace(/ {4}qualifications:\n( {6}.*\n)+/, ''));
    const noAgreement = variant('no-agreement', 'agreements.yaml', (t) =>
      t.replace(
        'status: in_force\n  effective: 2025-01-01\n  parties:\n    - {partner: jugendamt-musterstadt, signed: 2024-12-01}\n    - {partner: familienzentrum',
        'status: in_signature\n  effective: 2025-01-01\n  parties:\n    - {partner: jugendamt-musterstadt, signed: 2024-12-01}\n    - {partner: familienzentrum',
      ),
    );
    const threeMeetings = variant('three-meetings', 'network.yaml', (t) => t.replace('network_meetings_per_year: 2', 'network_meetings_per_year: 3'));
    const noSurvey = variant('no-survey', 'activities.yaml', (t) => t.replace('type: beteiligung', 'type: sonstige'));
    const status = async (dir: string) =>
      Object.fromEntries((await report(dir, '--profile', 'fruehe-hilfen')).fruehe_hilfen.conditions.map((c: Json) => [c.id, c.status]));
    expect(await status(noShare)).toMatchObject({ koordination: 'kein_beleg', vereinbarung: 'belegt' });
    expect(await status(unqualified)).toMatchObject({ koordination: 'kein_beleg' });
    expect(await status(noAgreement)).toMatchObject({ koordination: 'belegt', vereinbarung: 'kein_beleg' });
    expect(await status(threeMeetings)).toMatchObject({ netzwerktreffen: 'kein_beleg', beteiligung: 'belegt' });
    expect(await status(noSurvey)).toMatchObject({ netzwerktreffen: 'belegt', beteiligung: 'kein_beleg' });
    expect((await report(noShare)).network.coordination_fte).toBeNull();
  });

  it('shows the section, with "eingebunden ja/nein", and no coordinator by name for a public report', async () => {
    const r = await run(['report', DIR, ...TODAY, '--profile', 'fruehe-hilfen', '--audience', 'public', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Netzwerk Frühe Hilfen (§ 3 KKG)');
    expect(r.stdout).toContain('| niedergelassene Hebammen | 1 | 0 | nein |');
    expect(r.stdout).toContain('| kinderärztliche Praxen | 1 | 1 | ja |');
    expect(r.stdout).toContain(
      '| Netzwerkkoordination mit Stellenanteil und Qualifikation | 2 Personen; Stellenanteil zusammen 0,8; 1 mit Qualifikation | belegt |',
    );
    expect(r.stdout).toContain('**Stellenanteil der Koordination:** 0,8');
    expect(r.stdout).not.toMatch(/Vorbild|Gedacht/);
    const en = await run(['report', DIR, ...TODAY, '--profile', 'fruehe-hilfen', '--lang', 'en', '--format', 'md']);
    expect(en.stdout).toContain('## Early childhood intervention network (Frühe Hilfen, § 3 KKG)');
    expect(en.stdout).toContain('| 2 persons; staff share 0.8 in all; 1 with a qualification | evidenced |');
    // text on the terminal: the same section
    const text = await run(['report', DIR, ...TODAY, '--profile', 'fruehe-hilfen']);
    expect(text.stdout).toMatch(/niedergelassene Hebammen +1 +0 +nein\n/);
  });

  it('refuses a profile it does not know (exit 2, nothing else said)', async () => {
    const r = await run(['report', DIR, ...TODAY, '--profile', 'kinderschutz']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--profile/);
    expect(r.stderr).toMatch(/fruehe-hilfen/);
  });
});

describe('a network that is only a Netzwerk Frühe Hilfen', () => {
  it('is not warned about the categories of § 9 Abs. 4 LKiSchG NRW, a Netzwerk Kinderschutz is', async () => {
    expect((await run(['validate', DIR, ...TODAY])).stdout).not.toContain('Im Netzwerk fehlt noch');
    const both = variant('both', 'network.yaml', (t) => t.replace('kind: fruehe_hilfen', 'kind: [kinderschutz, fruehe_hilfen]'));
    expect((await run(['validate', both, ...TODAY])).stdout).toContain('Im Netzwerk fehlt noch: Schulen (§ 9 Abs. 4 LKiSchG NRW).');
  });
});
