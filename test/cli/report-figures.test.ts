// The report's figures, computed by hand from test/fixtures/report/musterkreis (see comments
// there), against the JSON report. --today is fixed: 2026-11-23, default period = 2026.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from '../support/helpers.js';

const DIR = join(FIXTURES, 'report', 'musterkreis');
const TODAY = ['--today', '2026-11-23'];

async function report(...args: string[]) {
  const r = await run(['report', DIR, '--format', 'json', ...TODAY, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('report figures on the Musterkreis fixture (calendar year 2026)', () => {
  it('names the network and the period', async () => {
    const j = await report();
    expect(j.network).toMatchObject({ id: 'musterkreis', name: 'Netzwerk Kinderschutz Musterkreis' });
    expect(j.period).toEqual({ from: '2026-01-01', to: '2026-12-31', year: 2026, days: 365, targets_prorated: false });
  });

  it('counts partners active at the period end, by sector', async () => {
    const j = await report();
    // 8 partners: Beratungsstelle left 2026-09-30, Gesundheitsamt joins 2027-02-01 → 6 active on 2026-12-31.
    expect(j.partners.active).toBe(6);
    expect(j.partners.by_sector).toEqual({ jugendamt: 1, freie_jugendhilfe: 1, schule: 1, heilberufe: 1, polizei: 1, familiengericht: 1 });
    expect(j.partners.joined.map((p: { id: string; date: string }) => [p.id, p.date])).toEqual([['amtsgericht-musterkreis', '2026-03-01']]);
    expect(j.partners.left.map((p: { id: string; date: string }) => [p.id, p.date])).toEqual([['beratungsstelle-alt', '2026-09-30']]);
  });

  it('derives coverage and the gaps per municipality', async () => {
    const j = await report();
    expect(j.coverage.missing).toEqual(['gesundheitsamt', 'staatsanwaltschaft', 'verfahrensbeistand', 'eingliederungshilfe', 'fruehe_hilfen']);
    const always = ['gesundheitsamt', 'staatsanwaltschaft', 'verfahrensbeistand', 'eingliederungshilfe', 'fruehe_hilfen'];
    // Schule only in Nordstadt, the 8a partner only in Südheim, the Praxis (secrecy holder) only in Westdorf.
    expect(j.coverage.by_municipality.Nordstadt.missing).toEqual(['traeger_8a', ...always]);
    expect(j.coverage.by_municipality['Südheim'].missing).toEqual(['geheimnistraeger', 'schule', ...always]);
    expect(j.coverage.by_municipality.Westdorf.missing).toEqual(['traeger_8a', 'schule', ...always]);
    expect(Object.keys(j.coverage.by_municipality)).toEqual(['Nordstadt', 'Südheim', 'Westdorf']);
    const traeger = j.coverage.categories.find((c: { id: string }) => c.id === 'traeger_8a');
    expect(traeger).toEqual({ id: 'traeger_8a', required: true, covered: true, partners: ['kinderhilfe-sued'] });
  });

  it('counts meetings, participants and targets in the period', async () => {
    const j = await report();
    const m = j.meetings;
    // 2026: held 11.02. (4), 15.04. (3+2+10 = 15), 17.06. (4+1+25 = 30), 07.10. (1+1 = 2); planned 02.12., 09.12.; cancelled 09.09.
    expect([m.held, m.planned, m.cancelled]).toEqual([4, 2, 1]);
    expect(m.participants).toBe(4 + 15 + 30 + 2);
    // Fortbildung and Fachtag are qualification offers by default: 2 held (target 2, met), 1 planned.
    expect(m.qualification_offers).toEqual({ held: 2, planned: 1, target: 2, target_per_year: 2, met: true });
    // Netzwerktreffen: 1 held, 1 planned, 1 cancelled; target 3, not met.
    expect(m.network_meetings).toEqual({ held: 1, planned: 1, target: 3, target_per_year: 3, met: false });
    expect(m.by_type).toEqual({
      netzwerktreffen: { held: 1, planned: 1, cancelled: 1 },
      fachtag: { held: 1, planned: 0, cancelled: 0 },
      fortbildung: { held: 1, planned: 1, cancelled: 0 },
      arbeitskreis: { held: 1, planned: 0, cancelled: 0 },
    });
    expect(m.list.map((x: { id: string; participants: number | null }) => [x.id, x.participants])).toEqual([
      ['2026-02-netzwerktreffen', 4],
      ['2026-04-fortbildung', 15],
      ['2026-06-fachtag', 30],
      ['2026-09-netzwerktreffen', null],
      ['2026-10-arbeitskreis', 2],
      ['2026-12-netzwerktreffen', null],
      ['2026-12-fortbildung', null],
    ]);
  });

  it('lists every agreement with pending signatures and due reviews', async () => {
    const j = await report();
    const short = j.agreements.map((a: { id: string; status: string; pending: string[]; review_due: boolean; signed: number }) => [
      a.id,
      a.status,
      a.signed,
      a.pending,
      a.review_due,
    ]);
    expect(short).toEqual([
      ['kooperation', 'in_signature', 2, ['amtsgericht-musterkreis', 'grundschule-nordstadt'], false],
      // review_due is "review ≤ today", whatever the status (FORMAT.md).
      ['leitbild-2024', 'expired', 1, [], true],
      ['vereinbarung-8a-kinderhilfe', 'in_force', 2, [], true],
    ]);
  });

  it('takes the warnings from the validator, unchanged, for the coordination (internal)', async () => {
    const j = await report('--audience', 'internal');
    const v = await run(['validate', DIR, '--format', 'json', ...TODAY]);
    expect(j.warnings).toEqual(JSON.parse(v.stdout).warnings);
    expect(j.warnings.map((w: { code: string }) => w.code).sort()).toEqual(
      ['activity-body-missing', 'agreement-review-due', ...Array(5).fill('category-missing')].sort(),
    );
  });

  it('counts the warnings by kind for the partners and the public, without positions', async () => {
    for (const audience of ['network', 'public']) {
      const j = await report('--audience', audience);
      expect(j.audience).toBe(audience);
      expect(j.warnings.map((w: { code: string; count: number; file: string; line: number }) => [w.code, w.count, w.file, w.line])).toEqual([
        ['category-missing', 5, '', 0],
        ['agreement-review-due', 1, '', 0],
      ]);
      // the coordination's to-do (an activity without its body) stays in the internal report
      expect(j.warnings[1].about).toEqual(['Vereinbarung nach § 8a Abs. 4 SGB VIII – Kinderhilfe Süd']);
    }
  });

  it('names a coordinator only where the audience may see them (public: with consent)', async () => {
    const names = async (audience: string) =>
      (await report('--audience', audience)).network.coordinators.map((c: { name: string | null; email: string | null }) => [c.name, c.email]);
    const both = [
      ['Erika Beispiel', 'e.beispiel@musterkreis.example'],
      ['Max Vertraulich', 'm.vertraulich@musterkreis.example'],
    ];
    expect(await names('internal')).toEqual(both);
    expect(await names('network')).toEqual(both);
    expect(await names('public')).toEqual([both[0], [null, null]]);
    expect((await report()).audience).toBe('network'); // the default
  });
});

describe('report: § 9 tasks, participation, activities and evaluations (Musterkreis, 2026)', () => {
  type Task = { id: string; evidence: number; threshold: number; status: string; items: { kind: string; id: string }[] };
  const short = (t: Task) => [t.id, t.evidence, t.threshold, t.status, t.items.map((i) => `${i.kind}:${i.id}`)];

  it('counts the activities whose first day lies in the period', async () => {
    const j = await report();
    // 2025-fachberatung starts in 2025 and 2027-01-flyer lies in 2027: four entries in 2026.
    expect(j.activities.list.map((a: { id: string }) => a.id)).toEqual([
      '2026-fachberatung',
      '2026-03-ak-fruehe-hilfen',
      '2026-05-vorstellung',
      '2026-09-presse',
    ]);
    expect(j.activities.total).toBe(4);
    expect(j.activities.by_type).toEqual({
      vertretung: { entries: 2, count: 0 },
      oeffentlichkeitsarbeit: { entries: 1, count: 0 },
      fachberatung: { entries: 1, count: 12 },
    });
  });

  it('gives every task of § 9 Abs. 2 and 3 its evidence and status', async () => {
    const j = await report();
    expect(j.tasks.map(short)).toEqual([
      // Steering group and working groups held (the Arbeitskreis of 07.10.), advice recorded.
      ['abs2_nr1', 2, 1, 'belegt', ['meeting:2026-10-arbeitskreis', 'activity:2026-fachberatung']],
      // Network meetings held: 11.02. (the September one was cancelled, December is planned).
      ['abs2_nr2', 1, 1, 'belegt', ['meeting:2026-02-netzwerktreffen']],
      // "regelmäßig" = the yearly target of 2 qualification offers: Fortbildung 15.04., Fachtag 17.06.
      ['abs2_nr3', 2, 2, 'belegt', ['meeting:2026-04-fortbildung', 'meeting:2026-06-fachtag']],
      // Representations that name the body; the one without (06.05.) does not count.
      ['abs2_nr4', 1, 1, 'belegt', ['activity:2026-03-ak-fruehe-hilfen']],
      // Attended: Jugendamt; Kinderhilfe (8a); Grundschule (school, secrecy holder); Polizei; Amtsgericht.
      // InsoFa is covered by the Jugendamt's own contact only: it counts as the Jugendamt.
      [
        'abs3_nr1',
        6,
        2,
        'belegt',
        ['category:jugendamt', 'category:traeger_8a', 'category:geheimnistraeger', 'category:schule', 'category:polizei_ordnung', 'category:familiengericht'],
      ],
      ['abs3_nr2', 1, 1, 'belegt', ['agreement:vereinbarung-8a-kinderhilfe']],
      // No procedural or data-protection agreement, and the InsoFa contact is internal.
      ['abs3_nr3', 0, 1, 'kein_beleg', []],
    ]);
    expect(short(j.public_information)).toEqual(['oeffentlichkeit', 1, 1, 'belegt', ['activity:2026-09-presse']]);
  });

  it('needs at least one qualification offer where the pro-rata target rounds to 0', async () => {
    const half = await report('--from', '2026-01-01', '--to', '2026-03-31');
    // Jan–Mar: no qualification offer held; target 2 × 90/365 = 0.49 → 0, but at least one is needed.
    expect(short(half.tasks[2])).toEqual(['abs2_nr3', 0, 1, 'kein_beleg', []]);
  });

  it('sets active partners against those that took part, by sector and by category', async () => {
    const p = (await report()).participation;
    // Active on 31.12.: 6; attended a meeting held in 2026: all but the Praxis.
    expect([p.active, p.attending, p.held_meetings, p.held_with_attendance]).toEqual([6, 5, 4, 4]);
    expect(p.inactive).toEqual(['praxis-westdorf']);
    expect(p.by_sector).toEqual({
      jugendamt: { active: 1, attending: 1 },
      freie_jugendhilfe: { active: 1, attending: 1 },
      schule: { active: 1, attending: 1 },
      heilberufe: { active: 1, attending: 0 },
      polizei: { active: 1, attending: 1 },
      familiengericht: { active: 1, attending: 1 },
    });
    // Secrecy holders: the Grundschule took part, the Praxis did not.
    expect(p.by_category.geheimnistraeger).toEqual({ active: 2, attending: 1, flagged: false });
    expect(p.by_category.gesundheitsamt).toEqual({ active: 0, attending: 0, flagged: false });
    expect(p.flagged).toEqual([]);
  });

  it('flags the categories covered by members of which nobody took part (2025: only the Jugendamt came)', async () => {
    const j = await report('--year', '2025');
    const p = j.participation;
    // Active on 31.12.2025: Jugendamt, Grundschule, Kinderhilfe, Praxis, Polizei, Beratungsstelle (left 2026).
    expect([p.active, p.attending]).toEqual([6, 1]);
    expect(p.flagged).toEqual(['traeger_8a', 'geheimnistraeger', 'schule', 'polizei_ordnung']);
    expect(p.by_category.geheimnistraeger).toEqual({ active: 3, attending: 0, flagged: true });
    expect(p.inactive).toEqual(['beratungsstelle-alt', 'grundschule-nordstadt', 'kinderhilfe-sued', 'polizei-musterkreis', 'praxis-westdorf']);
    // Only the Jugendamt at the table: no structural networking in evidence.
    expect(j.tasks[4]).toMatchObject({ id: 'abs3_nr1', evidence: 1, status: 'kein_beleg' });
  });

  it('adds up the evaluations of the qualification offers, the mean weighted by responses (else forms)', async () => {
    const e = (await report()).evaluations;
    // Fortbildung 15.04.: 15 participants, 12 forms; Fachtag 17.06.: 30 participants, 20 forms.
    // The Netzwerktreffen 2025 is no qualification offer and lies in 2025.
    expect([e.offers, e.evaluated, e.participants, e.forms]).toEqual([2, 2, 45, 32]);
    expect(e.ratings).toEqual([
      // (4.5 × 12 + 4.0 × 20) / 32 = 134 / 32 = 4.1875
      { question: 'Wie zufrieden waren Sie insgesamt?', mean: 4.19, responses: 32, offers: 2 },
      { question: 'Wie gut lässt sich das Gelernte anwenden?', mean: 4, responses: 10, offers: 1 },
    ]);
    expect(e.list.map((m: { id: string; participants: number; forms: number }) => [m.id, m.participants, m.forms])).toEqual([
      ['2026-04-fortbildung', 15, 12],
      ['2026-06-fachtag', 30, 20],
    ]);
  });
});

describe('report --compare', () => {
  const figures = (j: { compare: { figures: { key: string; current: number; other: number; change: number }[] } }) =>
    j.compare.figures.map((f) => [f.key, f.current, f.other, f.change]);

  it('has no comparison without the option', async () => {
    expect((await report()).compare).toBeNull();
  });

  it('previous: 2026 beside 2025, each figure with its change', async () => {
    const j = await report('--compare', 'previous');
    expect(j.compare.period).toEqual({ from: '2025-01-01', to: '2025-12-31', year: 2025, days: 365, targets_prorated: false });
    expect(figures(j)).toEqual([
      ['partners.active', 6, 6, 0],
      // 2026: 12 − 5 missing; 2025: the family court joined only in 2026.
      ['coverage.required_covered', 7, 6, 1],
      ['participation.attending', 5, 1, 4],
      ['meetings.held', 4, 1, 3],
      ['meetings.by_type.fachtag.held', 1, 0, 1],
      ['meetings.by_type.fortbildung.held', 1, 0, 1],
      ['meetings.by_type.arbeitskreis.held', 1, 0, 1],
      ['meetings.participants', 51, 5, 46],
      ['meetings.qualification_offers.held', 2, 0, 2],
      ['meetings.network_meetings.held', 1, 1, 0],
      ['evaluations.forms', 32, 0, 32],
      ['activities.total', 4, 1, 3],
      ['activities.by_type.vertretung.entries', 2, 0, 2],
      ['activities.by_type.oeffentlichkeitsarbeit.entries', 1, 0, 1],
      ['activities.by_type.fachberatung.entries', 1, 1, 0],
      // 2025: Abs. 2 Nr. 1 (advice), Nr. 2 (Netzwerktreffen) and Abs. 3 Nr. 2 (8a agreement).
      ['tasks.belegt', 6, 3, 3],
    ]);
    expect(j.compare.tasks.filter((t: { status: string }) => t.status === 'belegt').map((t: { id: string }) => t.id)).toEqual([
      'abs2_nr1',
      'abs2_nr2',
      'abs3_nr2',
    ]);
    expect(j.compare.meetings).toMatchObject({ held: 1, participants: 5, network_meetings: { held: 1, target: 3, met: false } });
    expect(j.compare.participation).toEqual({ active: 6, attending: 1, by_sector: expect.objectContaining({ beratungsstelle: { active: 1, attending: 0 } }) });
  });

  it('previous of a half year is the half year before; a year compares with that calendar year', async () => {
    const half = await report('--from', '2026-01-01', '--to', '2026-06-30', '--compare', 'previous');
    expect(half.compare.period).toMatchObject({ from: '2025-07-01', to: '2025-12-31', year: null });
    const days = await report('--from', '2026-03-10', '--to', '2026-03-19', '--compare', 'previous');
    expect(days.compare.period).toMatchObject({ from: '2026-02-28', to: '2026-03-09', days: 10 });
    const year = await report('--compare', '2024');
    expect(year.compare.period).toMatchObject({ from: '2024-01-01', to: '2024-12-31', year: 2024 });
  });

  it('refuses a value that is no period, and the report year itself (exit 2, nothing on stdout)', async () => {
    for (const [value, says] of [
      ['vorjahr', 'möglich sind previous'],
      ['2026', 'Berichtszeitraum selbst'],
    ]) {
      const r = await run(['report', DIR, '--format', 'json', ...TODAY, '--compare', value!]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(says);
    }
  });
});

describe('report periods other than a calendar year', () => {
  it('scales the yearly targets pro rata for a half year', async () => {
    const j = await report('--from', '2026-01-01', '--to', '2026-06-30');
    expect(j.period).toEqual({ from: '2026-01-01', to: '2026-06-30', year: null, days: 181, targets_prorated: true });
    // 2 × 181/365 = 0.99 → 1; 3 × 181/365 = 1.49 → 1.
    expect(j.meetings.qualification_offers).toEqual({ held: 2, planned: 0, target: 1, target_per_year: 2, met: true });
    expect(j.meetings.network_meetings).toEqual({ held: 1, planned: 0, target: 1, target_per_year: 3, met: true });
    // Active on 2026-06-30: the Beratungsstelle is still a partner.
    expect(j.partners.active).toBe(7);
    expect(j.meetings.participants).toBe(4 + 15 + 30);
  });

  it('takes --year, and reads a whole calendar year given as --from/--to as that year', async () => {
    const y = await report('--year', '2025');
    expect(y.period).toMatchObject({ from: '2025-01-01', to: '2025-12-31', year: 2025 });
    expect([y.meetings.held, y.meetings.participants]).toEqual([1, 5]);
    const ft = await report('--from', '2025-01-01', '--to', '2025-12-31');
    expect(ft.period).toEqual(y.period);
  });

  it('sums the share of each year for a period across two years', async () => {
    const j = await report('--from', '2025-07-01', '--to', '2026-06-30');
    // 184/365 + 181/365 = 1 year → the yearly targets.
    expect(j.meetings.network_meetings.target).toBe(3);
    expect(j.meetings.network_meetings.held).toBe(2);
  });
});
