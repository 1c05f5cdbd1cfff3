// `report --compare`: the key figures of another period beside this one. The other period's
// report is built by the same function, so both are counted by the same rules; only its key
// figures are kept, under the same keys as the report's own.
import { ACTIVITY_TYPES, MEETING_TYPES } from '../model/vocabulary.js';
import type { Report, ReportCompare } from './types.js';

export function compareFigures(current: Report, other: Report): ReportCompare {
  const { list: _meetings, ...meetings } = other.meetings;
  const { list: _activities, ...activities } = other.activities;
  return {
    period: other.period,
    partners: { active: other.partners.active, by_sector: other.partners.by_sector },
    coverage: { required: other.coverage.required, covered: other.coverage.covered, missing: other.coverage.missing },
    meetings,
    activities,
    participation: { active: other.participation.active, attending: other.participation.attending, by_sector: other.participation.by_sector },
    evaluations: {
      offers: other.evaluations.offers,
      evaluated: other.evaluations.evaluated,
      participants: other.evaluations.participants,
      forms: other.evaluations.forms,
    },
    tasks: other.tasks.map((t) => ({ id: t.id, evidence: t.evidence, status: t.status })),
    figures: keyFigures(current, other),
  };
}

/** The figures a committee compares, in this order; types only when either period has some. */
function keyFigures(a: Report, b: Report): ReportCompare['figures'] {
  const rows: [string, (r: Report) => number][] = [
    ['partners.active', (r) => r.partners.active],
    ['coverage.required_covered', (r) => r.coverage.required.filter((c) => r.coverage.covered.includes(c)).length],
    ['participation.attending', (r) => r.participation.attending],
    ['meetings.held', (r) => r.meetings.held],
  ];
  // Network meetings have a row of their own below.
  for (const t of MEETING_TYPES.filter((type) => type !== 'netzwerktreffen')) {
    if (a.meetings.by_type[t]?.held || b.meetings.by_type[t]?.held) rows.push([`meetings.by_type.${t}.held`, (r) => r.meetings.by_type[t]?.held ?? 0]);
  }
  rows.push(
    ['meetings.participants', (r) => r.meetings.participants],
    ['meetings.qualification_offers.held', (r) => r.meetings.qualification_offers.held],
    ['meetings.network_meetings.held', (r) => r.meetings.network_meetings.held],
  );
  if (a.evaluations.forms > 0 || b.evaluations.forms > 0) rows.push(['evaluations.forms', (r) => r.evaluations.forms]);
  rows.push(['activities.total', (r) => r.activities.total]);
  for (const t of ACTIVITY_TYPES) {
    if (a.activities.by_type[t] || b.activities.by_type[t]) rows.push([`activities.by_type.${t}.entries`, (r) => r.activities.by_type[t]?.entries ?? 0]);
  }
  rows.push(['tasks.belegt', (r) => r.tasks.filter((t) => t.status === 'belegt').length]);
  return rows.map(([key, of]) => ({ key, current: of(a), other: of(b), change: of(a) - of(b) }));
}
