// netzwerk set: fields of persons, partners and meetings that exist, changed through the writing
// path. Values as users type them, one query one entry (or --all), every untouched byte kept:
// the hashes of all other files and the whole text outside the changed lines are compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedFiles, fileHashes } from '../support/disk.js';
import { examplePerTest, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

const example = examplePerTest();
const herne = () => example('herne');

/** The lines of `after` that are not in `before`, and those gone, by position (same number of lines). */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const removed: string[] = [];
  const added: string[] = [];
  const common = (x: string[], y: string[]) => {
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n;
  };
  const head = common(a, b);
  const tail = common([...a].reverse(), [...b].reverse());
  removed.push(...a.slice(head, a.length - tail));
  added.push(...b.slice(head, b.length - tail));
  return { removed, added };
}

type Partner = { id: string; name: string; contacts?: Record<string, unknown>[]; municipalities?: string[]; left?: string; sector: string };
const partners = (dir: string) => parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as Partner[];

describe('netzwerk set', () => {
  it('changes the named fields of one person, values in German; nothing else in any file', async () => {
    const dir = herne();
    const before = fileHashes(dir);
    const text = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const r = await run(['set', 'Kaminski', 'Sichtbarkeit=intern', 'Telefon=02323 950-0099', 'geprüft=01.10.2026', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Geändert: Heinz-Georg Kaminski');
    expect(r.stdout).toContain('visibility: network → internal; phone: 02323 950-0051 → 02323 950-0099; verified: 2026-02-11 → 2026-10-01');
    expect(changedFiles(before, fileHashes(dir))).toEqual(['partners.yaml']);
    // exactly the three lines, in place, quoting kept
    expect(lineChanges(text, readFileSync(join(dir, 'partners.yaml'), 'utf8'))).toEqual({
      removed: ['      phone: "02323 950-0051"', '      visibility: network', '      verified: 2026-02-11'],
      added: ['      phone: "02323 950-0099"', '      visibility: internal', '      verified: 2026-10-01'],
    });
  });

  it('sets the salutation a letter greets with (Anrede=Frau), refuses any other word, removes it with an empty value', async () => {
    const dir = herne();
    const set = await run(['set', 'Anja Krampe', 'Anrede=Frau', dir, ...TODAY]);
    expect(set.code, set.stderr).toBe(0);
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toMatch(/- name: Anja Krampe\n {6}salutation: Frau\n/);
    const letter = await run(['person', 'Anja Krampe', dir, '--format', 'letter', ...TODAY]);
    expect(letter.stdout).toContain('Sehr geehrte Frau Krampe,');
    const before = fileHashes(dir);
    const wrong = await run(['set', 'Anja Krampe', 'Anrede=Doktor', dir, ...TODAY]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('erwartet wird Frau oder Herr');
    expect(fileHashes(dir)).toEqual(before);
    expect((await run(['set', 'Anja Krampe', 'Anrede=', dir, ...TODAY])).code).toBe(0);
    expect((await run(['person', 'Anja Krampe', dir, '--format', 'letter', ...TODAY])).stdout).toContain('Guten Tag Anja Krampe,');
  });

  it('--dry-run shows the change and writes nothing', async () => {
    const dir = herne();
    const before = fileHashes(dir);
    const r = await run(['set', 'h.kaminski@dksb-herne.example', 'function=Vorstand', dir, '--dry-run', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+      function: Vorstand');
    expect(r.stdout).toContain('Nur angezeigt (--dry-run)');
    expect(fileHashes(dir)).toEqual(before);
  });

  it('a query that fits several entries changes nothing and lists them; --all changes every one', async () => {
    const dir = herne();
    const before = fileHashes(dir);
    const several = await run(['set', 'Stadt Herne', 'phone=02323 16-0', dir, ...TODAY]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('„Stadt Herne“ passt auf 4 Einträge; es wurde nichts geändert.');
    expect(several.stderr).toContain('Schulamt für die Stadt Herne (partners.yaml, Zeile 81)');
    expect(fileHashes(dir)).toEqual(before);
    const all = await run(['set', 'Stadt Herne', 'phone=02323 16-0', dir, '--all', ...TODAY]);
    expect(all.code, all.stderr).toBe(0);
    expect(partners(dir).filter((p) => (p as { phone?: string }).phone === '02323 16-0')).toHaveLength(4);
  });

  it('makes every person of a partner visible to the network with one command (--partner-of, by words of its name)', async () => {
    const dir = herne();
    const internal = (p: Partner) => (p.contacts ?? []).filter((c) => (c.visibility ?? 'internal') === 'internal').length;
    const court = () => partners(dir).find((p) => p.id === 'amtsgericht-herne')!;
    expect(internal(court())).toBeGreaterThan(0);
    const r = await run(['set', '--partner-of', 'Familiengericht', 'visibility=network', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(internal(court())).toBe(0);
  });

  it('--all without a query: every person of the network', async () => {
    const dir = herne();
    const r = await run(['set', '--all', 'visibility=network', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const all = partners(dir).flatMap((p) => p.contacts ?? []);
    expect(all.every((c) => c.visibility === 'network' || c.visibility === 'public')).toBe(true);
  });

  it('partners: sector as the report names it, municipalities, the day of leaving; an empty value removes', async () => {
    const dir = herne();
    const r = await run(['set', 'kinderschutzbund-herne', 'Bereich=Beratungsstelle', 'Austritt=31.12.2026', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const dksb = () => partners(dir).find((p) => p.id === 'kinderschutzbund-herne')!;
    expect([dksb().sector, dksb().left]).toEqual(['beratungsstelle', '2026-12-31']);
    expect((await run(['set', 'kinderschutzbund-herne', 'left=', dir, ...TODAY])).code).toBe(0);
    expect(dksb().left).toBeUndefined();
  });

  it('partners: the actor type of the Frühe Hilfen by its label, written after the sector; a word that is none is refused', async () => {
    const dir = herne();
    const r = await run(['set', 'kinderschutzbund-herne', 'Akteurstyp=Beratungsstellen für soziale Problemlagen', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const dksb = (partners(dir) as (Partner & { actor_type?: string })[]).find((p) => p.id === 'kinderschutzbund-herne')!;
    expect(dksb.actor_type).toBe('beratung_soziale_problemlagen');
    expect(text).toMatch(/ {2}sector: \w+\n {2}actor_type: beratung_soziale_problemlagen\n/);
    const bad = await run(['set', 'kinderschutzbund-herne', 'actor_type=Bäckerei', dir, ...TODAY]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Akteurstyp der Frühen Hilfen');
  });

  it('meetings: status in German, the day moved with start and end together', async () => {
    const dir = herne();
    const r = await run(['set', '2024-09-netzwerktreffen', 'status=abgesagt', 'Datum=25.09.2024', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const meeting = (parse(readFileSync(join(dir, 'meetings.yaml'), 'utf8')) as { id: string; status: string; start: string; end: string }[]).find(
      (m) => m.id === '2024-09-netzwerktreffen',
    )!;
    expect([meeting.status, meeting.start, meeting.end]).toEqual(['cancelled', '2024-09-25 14:00', '2024-09-25 17:00']);
  });

  it('meetings: the length as a qualification (Stunden=2,5, UE=3) and the learning content for the certificates; the report counts them', async () => {
    const dir = herne();
    const before = readFileSync(join(dir, 'meetings.yaml'), 'utf8');
    const hashes = fileHashes(dir);
    const r = await run(['set', '2025-06-fortbildung', 'Stunden=2,5', 'UE=3', 'Lerninhalte=Gewichtige Anhaltspunkte; § 4 KKG, Schweigepflicht', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(dir, 'meetings.yaml'), 'utf8');
    expect(lineChanges(before, after)).toEqual({
      removed: [],
      added: ['  hours: 2.5', '  teaching_units: 3', '  learning_content: [Gewichtige Anhaltspunkte, "§ 4 KKG, Schweigepflicht"]'],
    });
    expect(changedFiles(hashes, fileHashes(dir))).toEqual(['meetings.yaml']);
    const report = JSON.parse((await run(['report', dir, '--format', 'json', '--year', '2025', ...TODAY])).stdout) as {
      meetings: { qualification_hours: { offers: number; hours: number; teaching_units: number } };
    };
    expect(report.meetings.qualification_hours).toEqual({ offers: 1, hours: 2.5, teaching_units: 3 });
    for (const wrong of ['Stunden=viel', 'Stunden=0', 'UE=2,5']) {
      const refused = await run(['set', '2025-06-fortbildung', wrong, dir, ...TODAY]);
      expect(refused.code, wrong).toBe(2);
      expect(refused.stderr, wrong).toMatch(
        /erwartet wird eine (Zahl von Stunden wie 6 oder 6,5|ganze Zahl von Unterrichtseinheiten wie 8)\. Es wurde nichts geändert\./,
      );
    }
    expect(readFileSync(join(dir, 'meetings.yaml'), 'utf8')).toBe(after);
  });

  it('the same person as coordinator and as contact of her office is one entry: both places change', async () => {
    const dir = herne();
    const network = readFileSync(join(dir, 'network.yaml'), 'utf8');
    const coordinator = (parse(network) as { coordinators: { name: string; email: string }[] }).coordinators[0]!;
    const r = await run(['set', coordinator.email, 'phone=02323 16-9999', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'network.yaml'), 'utf8')).toContain('02323 16-9999');
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toContain('02323 16-9999');
  });

  it("a partner's languages by code or name; a new German name with translations moves its date, and validate then says the translations are stale", async () => {
    const dir = example('kreis-kleve');
    const partner = () => partners(dir).find((p) => p.id === 'diakonie-kleve-beratung') as Partner & { languages?: string[]; updated?: string };
    const langs = await run(['set', 'diakonie-kleve-beratung', 'Sprachen=tr, Arabisch, Russisch, Deutsch', dir, ...TODAY]);
    expect(langs.code, langs.stderr).toBe(0);
    expect(partner().languages).toEqual(['tr', 'ar', 'ru']);
    expect((await run(['set', 'diakonie-kleve-beratung', 'languages=klingonisch', dir, ...TODAY])).stderr).toContain('passt nicht zu languages');
    const renamed = await run(['set', 'diakonie-kleve-beratung', 'name=Diakonie Kleve – Erziehungsberatung', dir, ...TODAY]);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(partner().updated).toBe('2026-11-23');
    const check = await run(['validate', dir, ...TODAY]);
    expect(check.stdout).toContain('Übersetzung veraltet');
  });

  it("a partner's offer by its title: ages, cost, languages, accessibility in German words, exactly those lines changed; its German text changed moves its date", async () => {
    const dir = example('kreis-kleve');
    const before = fileHashes(dir);
    const text = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const r = await run(['set', 'Frühförderung', 'Alter=ab 1', 'Kosten=Gebühr', 'Sprachen=pl, Russisch', 'Barrierefreiheit=stufenlos, Aufzug', dir, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(changedFiles(before, fileHashes(dir))).toEqual(['partners.yaml']);
    expect(lineChanges(text, readFileSync(join(dir, 'partners.yaml'), 'utf8'))).toEqual({
      removed: ['      ages: { from: 0, to: 6 }', '      languages: [pl]', '      cost: kostenlos', '      accessibility: [stufenlos, aufzug, rollstuhl_wc]'],
      added: ['      ages: { from: 1 }', '      languages: [pl, ru]', '      cost: gebuehr', '      accessibility: [stufenlos, aufzug]'],
    });
    // the counselling offer has a Turkish translation of its hours: changed, its date moves and validate names the stale translation
    const hours = await run(['set', 'Erziehungs- und Familienberatung', '--kind', 'offer', 'Sprechzeiten=Mo–Fr 9–12 Uhr', 'ages=3-6', dir, ...TODAY]);
    expect(hours.code, hours.stderr).toBe(0);
    type WithOffers = Partner & { offers: { title: string; hours?: string; ages?: object; updated?: string }[] };
    const offer = (partners(dir) as WithOffers[]).flatMap((p) => p.offers ?? []).find((o) => o.title === 'Erziehungs- und Familienberatung')!;
    expect(offer).toMatchObject({ hours: 'Mo–Fr 9–12 Uhr', ages: { from: 3, to: 6 }, updated: '2026-11-23' });
    expect((await run(['validate', dir, ...TODAY])).stdout).toContain('Übersetzung veraltet');
    const wrong = await run(['set', 'Frühförderung', 'Alter=drei', dir, ...TODAY]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('„drei“ passt nicht zu ages: erwartet wird ein Alter wie 3-6, ab 12 oder bis 6');
  });

  it('refuses clearly, changing nothing: an unknown field, a value that does not fit, a required field emptied, public without consent', async () => {
    const dir = herne();
    const before = fileHashes(dir);
    const cases: [string[], string][] = [
      [['Kaminski', 'farbe=blau'], 'Das Feld „farbe“ gibt es bei set nicht.'],
      [['Kaminski', 'visibility=geheim'], '„geheim“ passt nicht zu visibility: erwartet wird intern, Netzwerk oder öffentlich'],
      [['Kaminski', 'verified=31.02.2026'], '„31.02.2026“ passt nicht zu verified'],
      [['Kaminski', 'name='], 'name ist eine Pflichtangabe und kann nicht gelöscht werden'],
      [['Zacharias Unbekannt', 'phone=1'], 'Zacharias Unbekannt'],
    ];
    for (const [args, message] of cases) {
      const r = await run(['set', ...args, dir, ...TODAY]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    // public needs a date of consent: the whole network is checked before anything is written
    const pub = await run(['set', 'Kaminski', 'visibility=öffentlich', dir, ...TODAY]);
    expect(pub.code).toBe(1);
    expect(fileHashes(dir)).toEqual(before);
  });
});
