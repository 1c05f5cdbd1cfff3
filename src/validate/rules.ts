// Domain rules beyond the schema: small functions over the whole model that report errors.
import { checkDateOrDateTime, isDateOnly, isRealDate, isTimeZone, MAX_YEAR, MIN_YEAR, yearInRange } from '../model/dates.js';
import type { Activity, Agreement, Meeting, Network, Origin, Partner } from '../model/types.js';
import { suggest } from '../suggest.js';
import type { Reporter } from './reporter.js';
import { referenceOf, type ReferenceIndex } from './suggest-value.js';

/** What the rules see: possibly incomplete when some items failed the shape check. */
export interface RuleInput {
  network?: Network;
  partners: Partner[];
  meetings: Meeting[];
  agreements: Agreement[];
  activities: Activity[];
  /** Ids of every partner item that has one, also of those with other errors (no false "unknown"). */
  partnerIds: ReadonlySet<string>;
  /** False when a partner file could not be read: references are then not checked (no false alarms). */
  partnersComplete: boolean;
  /** The files of the partners collection (partners.yaml, partners/…), read or not. */
  partnerFiles: readonly string[];
  /** Id → item of every collection, in file order, for the duplicate check. */
  ids: { collection: string; id: string; origin: Origin }[];
  /** Ids and names of every item, for the id a wrong reference meant. */
  index?: ReferenceIndex;
}

type Rule = (input: RuleInput, r: Reporter) => void;

const uniqueIds: Rule = ({ ids }, r) => {
  const first = new Map<string, Origin>();
  for (const { collection, id, origin } of ids) {
    const key = `${collection}\u0000${id}`;
    const seen = first.get(key);
    if (seen) r.error(origin, ['id'], 'duplicate-id', { id, first: r.where(seen, ['id']) });
    else first.set(key, origin);
  }
};

const references: Rule = ({ network, meetings, agreements, partnerIds, partnersComplete, partnerFiles, index }, r) => {
  // No partner at all (an empty partners.yaml): said once, not at every reference.
  const none = partnersComplete && partnerIds.size === 0;
  const missing: string[] = [];
  let first: { origin: Origin; sub: (string | number)[] } | undefined;
  const check = (origin: Origin, sub: (string | number)[], id: string) => {
    if (!partnersComplete || partnerIds.has(id)) return;
    if (none) {
      first ??= { origin, sub };
      if (!missing.includes(id)) missing.push(id);
      return;
    }
    // Only an id that exists and is written right is suggested (never „fh-münster“).
    const suggestion = index ? referenceOf(id, 'partners', index)?.id : undefined;
    r.error(origin, sub, 'unknown-reference', { id, suggestion });
  };
  if (network) {
    network.youth_offices.forEach((id, i) => check(network.origin, ['youth_offices', i], id));
    network.coordinators.forEach((c) => check(c.origin, ['partner'], c.partner));
  }
  for (const m of meetings) {
    m.organizers.forEach((id, i) => check(m.origin, ['organizers', i], id));
    m.invited?.partners?.forEach((id, i) => check(m.origin, ['invited', 'partners', i], id));
    m.attendance.forEach((a, i) => check(m.origin, ['attendance', i, 'partner'], a.partner));
  }
  for (const a of agreements) {
    const seen = new Set<string>();
    a.parties.forEach((p, i) => {
      check(a.origin, ['parties', i, 'partner'], p.partner);
      if (seen.has(p.partner)) r.error(a.origin, ['parties', i, 'partner'], 'duplicate-party', { id: p.partner });
      seen.add(p.partner);
    });
  }
  if (missing.length > 0) {
    const file = partnerFiles[0];
    const at = file ? { origin: { file, path: [] }, sub: [] } : first!;
    r.error(at.origin, at.sub, file ? 'no-partners' : 'no-partner-file', {
      file,
      count: missing.length,
      ids: missing.slice(0, 5).join(', '),
      more: missing.length > 5 ? missing.length - 5 : undefined,
    });
  }
};

const youthOfficesAreJugendamt: Rule = ({ network, partners }, r) => {
  if (!network) return;
  const byId = new Map(partners.map((p) => [p.id, p]));
  network.youth_offices.forEach((id, i) => {
    const p = byId.get(id);
    if (p && p.sector !== 'jugendamt') r.error(network.origin, ['youth_offices', i], 'youth-office-sector', { id, sector: p.sector });
  });
};

/** An official key names one youth office: the overview tells them apart by it (docs/overview.md). */
const youthOfficeKeysUnique: Rule = ({ network }, r) => {
  if (!network) return;
  const first = new Map<string, string>();
  network.youth_offices.forEach((id, i) => {
    const key = network.youth_office_keys[id];
    if (key === undefined) return;
    const other = first.get(key);
    if (other !== undefined && other !== id) r.error(network.origin, ['youth_offices', i, 'key'], 'youth-office-key-twice', { key, id, other });
    else first.set(key, id);
  });
};

const municipalitiesInRegion: Rule = ({ network, partners }, r) => {
  if (!network) return;
  const known = new Set(network.region.municipalities);
  for (const m of Object.keys(network.region.postal_codes ?? {})) {
    if (!known.has(m)) r.error(network.origin, ['region', 'postal_codes', m], 'unknown-municipality', { value: m, suggestion: suggest(m, known) });
  }
  for (const p of partners) {
    p.municipalities?.forEach((m, i) => {
      if (!known.has(m)) r.error(p.origin, ['municipalities', i], 'unknown-municipality', { value: m, suggestion: suggest(m, known) });
    });
    for (const c of p.contacts) {
      c.insofaDetails?.municipalities?.forEach((m, i) => {
        if (!known.has(m)) r.error(c.origin, ['insofa', 'municipalities', i], 'unknown-municipality', { value: m, suggestion: suggest(m, known) });
      });
    }
  }
};

/** What a partner offers: where (municipalities of the region, within the partner's own), for which ages (from ≤ to). */
const offers: Rule = ({ network, partners }, r) => {
  const known = new Set(network?.region.municipalities ?? []);
  for (const p of partners) {
    p.offers.forEach((o, i) => {
      o.municipalities?.forEach((m, j) => {
        if (network && !known.has(m))
          r.error(p.origin, ['offers', i, 'municipalities', j], 'unknown-municipality', { value: m, suggestion: suggest(m, known) });
        else if (p.municipalities && !p.municipalities.includes(m))
          r.error(p.origin, ['offers', i, 'municipalities', j], 'offer-municipality-outside', { value: m, partner: p.name });
      });
      if (o.ages?.from !== undefined && o.ages.to !== undefined && o.ages.from > o.ages.to)
        r.error(p.origin, ['offers', i, 'ages'], 'offer-ages-reversed', { from: o.ages.from, to: o.ages.to });
    });
  }
};

const realDates: Rule = ({ network, partners, meetings, agreements, activities }, r) => {
  const years = (origin: Origin, sub: (string | number)[], value: string) => r.error(origin, sub, 'year-out-of-range', { value, from: MIN_YEAR, to: MAX_YEAR });
  const date = (origin: Origin, sub: (string | number)[], value: string | undefined) => {
    if (value === undefined) return;
    if (!isRealDate(value)) r.error(origin, sub, 'invalid-calendar-date', { value });
    else if (!yearInRange(value)) years(origin, sub, value);
  };
  if (network) {
    date(network.origin, ['founded'], network.founded);
    date(network.origin, ['accessibility', 'checked'], network.accessibility?.checked);
    for (const c of network.coordinators) {
      date(c.origin, ['consent'], c.consent);
      date(c.origin, ['verified'], c.verified);
    }
  }
  for (const p of partners) {
    date(p.origin, ['joined'], p.joined);
    date(p.origin, ['left'], p.left);
    date(p.origin, ['updated'], p.updated);
    for (const [lang, tr] of Object.entries(p.translations)) date(p.origin, ['translations', lang, 'source_date'], tr.source_date);
    p.offers.forEach((o, i) => {
      date(p.origin, ['offers', i, 'updated'], o.updated);
      for (const [lang, tr] of Object.entries(o.translations)) date(p.origin, ['offers', i, 'translations', lang, 'source_date'], tr.source_date);
    });
    for (const c of p.contacts) {
      date(c.origin, ['consent'], c.consent);
      date(c.origin, ['verified'], c.verified);
    }
  }
  for (const a of agreements) {
    date(a.origin, ['effective'], a.effective);
    date(a.origin, ['review'], a.review);
    date(a.origin, ['expires'], a.expires);
    a.parties.forEach((p, i) => date(a.origin, ['parties', i, 'signed'], p.signed));
  }
  for (const a of activities) for (const key of ['date', 'start', 'end'] as const) date(a.origin, [key], a[key]);
  for (const m of meetings) {
    for (const key of ['start', 'end'] as const) {
      const value = m[key];
      if (value === undefined) continue;
      const result = checkDateOrDateTime(value);
      if (result !== 'ok') r.error(m.origin, [key], result === 'bad-date' ? 'invalid-calendar-date' : 'invalid-time', { value: shown(value) });
      else if (!yearInRange(value)) years(m.origin, [key], shown(value));
    }
  }
};

const shown = (value: string) => value.replace('T', ' ').replace(/:00$/, '');

/** A date (or date and time) that realDates accepts: only those are compared, so an impossible one gives no follow-on. */
const usable = (value: string) => checkDateOrDateTime(value) === 'ok' && yearInRange(value);

const meetingTimes: Rule = ({ meetings }, r) => {
  for (const m of meetings) {
    if (m.end === undefined || !usable(m.start) || !usable(m.end)) continue;
    if (isDateOnly(m.start) !== isDateOnly(m.end)) r.error(m.origin, ['end'], 'end-kind-mismatch');
    else if (m.end < m.start) r.error(m.origin, ['end'], 'end-before-start', { start: shown(m.start), end: shown(m.end) });
  }
};

/** An activity has one day (`date`) or a range (`start`, optional `end` as the last day); not both. */
const activityDays: Rule = ({ activities }, r) => {
  for (const a of activities) {
    if (a.date !== undefined && (a.start !== undefined || a.end !== undefined))
      r.error(a.origin, [a.start !== undefined ? 'start' : 'end'], 'activity-date-and-range');
    else if (a.date === undefined && a.start === undefined) r.error(a.origin, a.end !== undefined ? ['end'] : [], 'activity-no-date', { title: a.title });
    else if (a.start !== undefined && a.end !== undefined && usable(a.start) && usable(a.end) && a.end < a.start)
      r.error(a.origin, ['end'], 'end-before-start', { start: a.start, end: a.end });
  }
};

/** A question cannot have been answered on more forms than came back. */
const evaluationCounts: Rule = ({ meetings }, r) => {
  for (const m of meetings) {
    m.evaluation?.ratings.forEach((rating, i) => {
      if (rating.responses !== undefined && rating.responses > m.evaluation!.forms) {
        r.error(m.origin, ['evaluation', 'ratings', i, 'responses'], 'evaluation-responses-over-forms', {
          question: rating.question,
          responses: rating.responses,
          forms: m.evaluation!.forms,
        });
      }
    });
  }
};

const membership: Rule = ({ partners }, r) => {
  for (const p of partners) {
    if (p.joined === undefined || p.left === undefined || !usable(p.joined) || !usable(p.left)) continue;
    if (p.left < p.joined) r.error(p.origin, ['left'], 'left-before-joined', { joined: p.joined, left: p.left });
  }
};

const consentForPublic: Rule = ({ network, partners }, r) => {
  const persons = [...(network?.coordinators ?? []), ...partners.flatMap((p) => p.contacts)];
  for (const c of persons) {
    if (c.visibility === 'public' && c.consent === undefined) r.error(c.origin, ['visibility'], 'public-without-consent', { name: c.name });
  }
};

const fallkonferenzNeverPublic: Rule = ({ meetings }, r) => {
  for (const m of meetings) if (m.type === 'fallkonferenz' && m.public) r.error(m.origin, ['public'], 'fallkonferenz-public');
};

const timezone: Rule = ({ network }, r) => {
  if (network && !isTimeZone(network.timezone)) r.error(network.origin, ['timezone'], 'unknown-timezone', { value: network.timezone });
};

const RULES: Rule[] = [
  uniqueIds,
  references,
  youthOfficesAreJugendamt,
  youthOfficeKeysUnique,
  municipalitiesInRegion,
  offers,
  realDates,
  meetingTimes,
  activityDays,
  evaluationCounts,
  membership,
  consentForPublic,
  fallkonferenzNeverPublic,
  timezone,
];

export function applyRules(input: RuleInput, reporter: Reporter): void {
  for (const rule of RULES) rule(input, reporter);
}
