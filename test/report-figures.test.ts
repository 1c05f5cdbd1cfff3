// The report's figures, computed by hand from test/fixtures/report/musterkreis (see comments
// there), against the JSON report. --today is fixed: 2026-11-23, default period = 2026.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from './helpers.js';

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
    const short = j.agreements.map((a: { id: string; status: string; pending: string[]; review_due: boolean; signed: number }) => [a.id, a.status, a.signed, a.pending, a.review_due]);
    expect(short).toEqual([
      ['kooperation', 'in_signature', 2, ['amtsgericht-musterkreis', 'grundschule-nordstadt'], false],
      // review_due is "review ≤ today", whatever the status (FORMAT.md).
      ['leitbild-2024', 'expired', 1, [], true],
      ['vereinbarung-8a-kinderhilfe', 'in_force', 2, [], true],
    ]);
  });

  it("takes the warnings from the validator, unchanged, for the coordination (internal)", async () => {
    const j = await report('--audience', 'internal');
    const v = await run(['validate', DIR, '--format', 'json', ...TODAY]);
    expect(j.warnings).toEqual(JSON.parse(v.stdout).warnings);
    expect(j.warnings.map((w: { code: string }) => w.code).sort()).toEqual(['agreement-review-due', ...Array(5).fill('category-missing')].sort());
  });

  it('counts the warnings by kind for the partners and the public, without positions', async () => {
    for (const audience of ['network', 'public']) {
      const j = await report('--audience', audience);
      expect(j.audience).toBe(audience);
      expect(j.warnings.map((w: { code: string; count: number; file: string; line: number }) => [w.code, w.count, w.file, w.line])).toEqual([
        ['category-missing', 5, '', 0],
        ['agreement-review-due', 1, '', 0],
      ]);
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
