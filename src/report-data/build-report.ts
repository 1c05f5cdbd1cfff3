// The report as a pure function: validated network + its warnings + period + today → report data.
import type { Diagnostic } from '../diagnostics.js';
import { coverage, isActive } from '../model/coverage.js';
import { attendanceOf } from '../model/attendance.js';
import { dayOf } from '../model/dates.js';
import { agreementReviewDue, visibleTo, type Audience } from '../model/policy.js';
import type { Lang } from '../i18n/lang.js';
import { reportActivities } from './activities.js';
import { compareFigures } from './compare.js';
import { reportInsofaPool, reportSchutzkonzepte } from './care.js';
import { reportEvaluations } from './evaluations.js';
import { coordinationFte, reportFruehHilfen } from './fruehe-hilfen.js';
import { reportNotes } from './notes.js';
import { reportParticipation } from './participation.js';
import { reportTasks } from './tasks.js';
import type { IsoDate, Meeting, Model } from '../model/types.js';
import { CATEGORIES, MEETING_TYPES, SECTORS, type Category, type MeetingType, type Sector } from '../model/vocabulary.js';
import { daysIn, targetForPeriod, type Period } from './period.js';
import { REPORT_FORMAT_VERSION, type Report, type ReportMeeting, type ReportTarget } from './types.js';

export interface ReportOptions {
  /** Who will read it: persons and file positions only as far as this audience may see them. */
  audience: Audience;
  /** The language of the counted notes (the warnings arrive already in it). */
  lang: Lang;
  /** `--compare`: the other period whose key figures stand beside this one's. */
  compare?: Period;
  /** `--profile fruehe-hilfen`: the section of the Netzwerk Frühe Hilfen. */
  profile?: ReportProfile;
}

/** The profiles a report can add (`--profile`). */
export const REPORT_PROFILES = ['fruehe-hilfen'] as const;
type ReportProfile = (typeof REPORT_PROFILES)[number];

export function buildReport(model: Model, warnings: readonly Diagnostic[], period: Period, today: IsoDate, options: ReportOptions): Report {
  const report = buildPeriod(model, warnings, period, today, options);
  if (options.compare === undefined) return report;
  const other = buildPeriod(model, [], options.compare, today, options);
  return { ...report, compare: compareFigures(report, other) };
}

function buildPeriod(model: Model, warnings: readonly Diagnostic[], period: Period, today: IsoDate, options: ReportOptions): Report {
  const { audience } = options;
  const { network } = model;
  const nameOf = (id: string) => model.partnerById.get(id)?.name ?? id;
  const inPeriod = (day: IsoDate | undefined) => day !== undefined && period.from <= day && day <= period.to;
  const end = period.to;

  const active = model.partners.filter((p) => isActive(p, end));
  const bySector: Partial<Record<Sector, number>> = {};
  for (const s of SECTORS) {
    const n = active.filter((p) => p.sector === s).length;
    if (n > 0) bySector[s] = n;
  }
  const moved = (key: 'joined' | 'left') =>
    model.partners
      .filter((p) => inPeriod(p[key]))
      .map((p) => ({ id: p.id, name: p.name, sector: p.sector, date: p[key]! }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const meetings = model.meetings.filter((m) => inPeriod(dayOf(m.start)));
  const list = meetings.map(reportMeeting);
  const count = (ms: readonly Meeting[], status: Meeting['status']) => ms.filter((m) => m.status === status).length;
  const byType: Report['meetings']['by_type'] = {};
  for (const t of MEETING_TYPES) {
    const ofType = meetings.filter((m) => m.type === t);
    if (ofType.length > 0) byType[t as MeetingType] = { held: count(ofType, 'held'), planned: count(ofType, 'planned'), cancelled: count(ofType, 'cancelled') };
  }
  const target = (ms: readonly Meeting[], perYear: number | undefined): ReportTarget => {
    const held = count(ms, 'held');
    const t = perYear === undefined ? null : targetForPeriod(perYear, period);
    return { held, planned: count(ms, 'planned'), target: t, target_per_year: perYear ?? null, met: t === null ? null : held >= t };
  };

  const meetingFigures: Report['meetings'] = {
    held: count(meetings, 'held'),
    planned: count(meetings, 'planned'),
    cancelled: count(meetings, 'cancelled'),
    participants: list.reduce((sum, m) => sum + (m.participants ?? 0), 0),
    by_type: byType,
    qualification_offers: target(
      meetings.filter((m) => m.qualification_offer),
      network.targets.qualification_offers_per_year,
    ),
    network_meetings: target(
      meetings.filter((m) => m.type === 'netzwerktreffen'),
      network.targets.network_meetings_per_year,
    ),
    qualification_hours: qualificationHours(meetings.filter((m) => m.qualification_offer && m.status === 'held')),
    list,
  };
  const activities = reportActivities(model, period);
  const participation = reportParticipation(model, period);
  const { tasks, public_information } = reportTasks(model, period, { activities, meetings: meetingFigures });

  return {
    format_version: REPORT_FORMAT_VERSION,
    today,
    audience,
    network: {
      id: network.id,
      name: network.name,
      founded: network.founded ?? null,
      region: { name: network.region.name, municipalities: [...network.region.municipalities] },
      kind: [...network.kind],
      youth_offices: network.youth_offices.map((id) => ({ id, name: nameOf(id), key: network.youth_office_keys[id] ?? null })),
      coordinators: network.coordinators.map((c) => {
        // A report is handed on (committees publish theirs): a name and direct contact data only
        // where the coordinator's visibility reaches the report's audience (public: with consent).
        const shown = visibleTo(c.visibility, audience);
        return {
          name: shown ? c.name : null,
          function: c.function ?? null,
          partner: c.partner,
          partner_name: nameOf(c.partner),
          email: shown ? (c.email ?? null) : null,
          phone: shown ? (c.phone ?? null) : null,
          fte: c.fte ?? null,
        };
      }),
      coordination_fte: coordinationFte(network.coordinators),
      mission_statement: network.mission_statement ?? null,
    },
    period: { from: period.from, to: period.to, year: period.year ?? null, days: daysIn(period.from, period.to), targets_prorated: period.year === undefined },
    partners: {
      active: active.length,
      by_sector: bySector,
      list: active.map((p) => ({ id: p.id, name: p.name, sector: p.sector, municipalities: p.municipalities ? [...p.municipalities] : null })),
      joined: moved('joined'),
      left: moved('left'),
    },
    coverage: reportCoverage(model, end),
    meetings: meetingFigures,
    agreements: model.agreements.map((a) => {
      const parties = a.parties.map((p) => ({ partner: p.partner, name: nameOf(p.partner), signed: p.signed ?? null }));
      return {
        id: a.id,
        title: a.title,
        type: a.type,
        status: a.status,
        effective: a.effective ?? null,
        review: a.review ?? null,
        expires: a.expires ?? null,
        parties,
        signed: parties.filter((p) => p.signed !== null).length,
        pending: parties.filter((p) => p.signed === null).map((p) => p.partner),
        review_due: agreementReviewDue(a, today),
      };
    }),
    activities,
    tasks,
    public_information,
    participation,
    evaluations: reportEvaluations(model, period),
    schutzkonzepte: reportSchutzkonzepte(model, end, today, audience),
    insofa_pool: reportInsofaPool(model, end, audience),
    compare: null,
    fruehe_hilfen: options.profile === 'fruehe-hilfen' ? reportFruehHilfen(model, period, { meetings: meetingFigures, activities, public_information }) : null,
    warnings: reportNotes(warnings, options),
  };
}

/** Hours and teaching units of the held qualification offers (hours to two places: halves and quarters stay exact). */
function qualificationHours(held: readonly Meeting[]): Report['meetings']['qualification_hours'] {
  const given = held.filter((m) => m.hours !== undefined || m.teaching_units !== undefined);
  const hours = given.reduce((sum, m) => sum + (m.hours ?? 0), 0);
  return { offers: given.length, hours: Math.round(hours * 100) / 100, teaching_units: given.reduce((sum, m) => sum + (m.teaching_units ?? 0), 0) };
}

function reportMeeting(m: Meeting): ReportMeeting {
  const came = attendanceOf(m);
  return {
    id: m.id,
    title: m.title,
    type: m.type,
    status: m.status,
    start: m.start,
    end: m.end ?? null,
    qualification_offer: m.qualification_offer,
    ...came,
    participants: m.status === 'held' ? came.persons + came.guests : null,
  };
}

function reportCoverage(model: Model, day: IsoDate): Report['coverage'] {
  const cov = coverage(model, day);
  const required = new Set(model.network.targets.required_categories);
  const inOrder = (set: ReadonlySet<Category>) => CATEGORIES.filter((c) => set.has(c));
  const byMunicipality: Report['coverage']['by_municipality'] = {};
  for (const [name, m] of cov.byMunicipality) byMunicipality[name] = { covered: inOrder(m.covered), missing: m.missing };
  return {
    as_of: day,
    required: CATEGORIES.filter((c) => required.has(c)),
    covered: inOrder(cov.covered),
    missing: cov.missing,
    categories: CATEGORIES.map((c) => ({ id: c, required: required.has(c), covered: cov.covered.has(c), partners: cov.partners.get(c)! })),
    by_municipality: byMunicipality,
  };
}
