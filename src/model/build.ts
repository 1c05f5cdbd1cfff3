// Stage 4: shape-checked data → the typed model, with FORMAT.md's defaults applied.
// Pure: the input has passed the JSON Schemas, so the casts below describe checked data.
import { normalizeDateTime, isDateOnly } from './dates.js';
import type {
  Activity,
  Agreement,
  Contact,
  Coordinator,
  InsofaDetails,
  Meeting,
  Model,
  Network,
  Offer,
  Partner,
  Rating,
  Schutzkonzept,
  ShapedItem,
} from './types.js';
import { ACTOR_TYPE_OF_SECTOR } from './fruehe-hilfen.js';
import {
  CATEGORIES,
  DEFAULT_INSOFA_REFRESHER_YEARS,
  DEFAULT_RETENTION_MONTHS,
  DEFAULT_REVIEW_MONTHS,
  DEFAULT_TIMEZONE,
  NETWORK_KINDS,
  type Category,
  type NetworkKind,
} from './vocabulary.js';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildNetwork(item: ShapedItem): Network {
  const v = item.value as Raw;
  const targets = (v.targets ?? {}) as Raw;
  return {
    id: v.id,
    name: v.name,
    founded: v.founded,
    timezone: v.timezone ?? DEFAULT_TIMEZONE,
    kind: networkKinds(v.kind),
    region: { name: v.region.name, municipalities: [...v.region.municipalities], ...(v.region.postal_codes ? { postal_codes: v.region.postal_codes } : {}) },
    // An entry is a partner id, or {partner, key} with the official key.
    youth_offices: (v.youth_offices as (string | Raw)[]).map((y) => (typeof y === 'string' ? y : y.partner)),
    youth_office_keys: Object.fromEntries(
      (v.youth_offices as (string | Raw)[]).flatMap((y) => (typeof y === 'string' || y.key === undefined ? [] : [[y.partner, y.key]])),
    ),
    coordinators: (v.coordinators as Raw[]).map((c, i): Coordinator => ({
      name: c.name,
      salutation: c.salutation,
      partner: c.partner,
      email: c.email,
      phone: c.phone,
      function: c.function,
      visibility: c.visibility ?? 'network',
      consent: c.consent,
      verified: c.verified,
      fte: c.fte,
      qualifications: ((c.qualifications ?? []) as Raw[]).map((q) => ({ title: q.title, provider: q.provider, date: q.date })),
      ...(c.sample === true ? { sample: true as const } : {}),
      origin: { file: item.origin.file, path: ['coordinators', i] },
    })),
    targets: {
      network_meetings_per_year: targets.network_meetings_per_year,
      qualification_offers_per_year: targets.qualification_offers_per_year,
      required_categories: (targets.required_categories as Category[] | undefined) ?? [...CATEGORIES],
      review_contacts_after_months: targets.review_contacts_after_months ?? DEFAULT_REVIEW_MONTHS,
      review_partners_after_months: targets.review_partners_after_months ?? DEFAULT_REVIEW_MONTHS,
      retention_months_after_leaving: targets.retention_months_after_leaving ?? DEFAULT_RETENTION_MONTHS,
      insofa_refresher_years: targets.insofa_refresher_years ?? DEFAULT_INSOFA_REFRESHER_YEARS,
    },
    mission_statement: v.mission_statement,
    data_protection_officer: v.data_protection_officer,
    letter_form: v.letter_form ?? 'B',
    accessibility: v.accessibility === undefined ? undefined : { ...v.accessibility, issues: [...(v.accessibility.issues ?? [])] },
    origin: item.origin,
  };
}

/** `kind` as written (one value or a list) → the kinds in vocabulary order; absent = Netzwerk Kinderschutz. */
function networkKinds(kind: unknown): NetworkKind[] {
  const given = new Set(kind === undefined ? ['kinderschutz'] : Array.isArray(kind) ? kind : [kind]);
  return NETWORK_KINDS.filter((k) => given.has(k));
}

/**
 * A stand-in for a network.yaml that could not be read or failed the schema, so that `person`
 * and `review` can still answer from the other files: the name and id if they are text, no
 * coordinators (the raw search of products/privacy/raw.ts reads them from the file), default targets.
 */
export function placeholderNetwork(value: unknown, file = 'network.yaml'): Network {
  const v = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Raw;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const months = (x: unknown, fallback: number) => (Number.isInteger(x) && (x as number) >= 1 ? (x as number) : fallback);
  const targets = (typeof v.targets === 'object' && v.targets !== null ? v.targets : {}) as Raw;
  return {
    id: text(v.id),
    name: text(v.name),
    timezone: DEFAULT_TIMEZONE,
    kind: ['kinderschutz'],
    region: { name: '', municipalities: [] },
    youth_offices: [],
    youth_office_keys: {},
    coordinators: [],
    targets: {
      required_categories: [...CATEGORIES],
      review_contacts_after_months: months(targets.review_contacts_after_months, DEFAULT_REVIEW_MONTHS),
      review_partners_after_months: months(targets.review_partners_after_months, DEFAULT_REVIEW_MONTHS),
      retention_months_after_leaving: months(targets.retention_months_after_leaving, DEFAULT_RETENTION_MONTHS),
      insofa_refresher_years: months(targets.insofa_refresher_years, DEFAULT_INSOFA_REFRESHER_YEARS),
    },
    letter_form: v.letter_form === 'A' ? 'A' : 'B',
    origin: { file, path: [] },
  };
}

/** An InsoFa written as an object: its lists always there (empty when not given). */
function insofaDetails(v: Raw): InsofaDetails {
  return {
    ...(v.certificate ? { certificate: { ...v.certificate } } : {}),
    fields: v.fields ?? [],
    advises: v.advises ?? [],
    languages: v.languages ?? [],
    ...(v.municipalities ? { municipalities: [...v.municipalities] } : {}),
    ...(v.refresher ? { refresher: v.refresher } : {}),
  };
}

export function buildPartner(item: ShapedItem): Partner {
  const v = item.value as Raw;
  const contacts = ((v.contacts ?? []) as Raw[]).map((c, i): Contact => ({
    name: c.name,
    salutation: c.salutation,
    function: c.function,
    email: c.email,
    phone: c.phone,
    mobile: c.mobile,
    insofa: c.insofa !== undefined && c.insofa !== false,
    ...(typeof c.insofa === 'object' && c.insofa !== null ? { insofaDetails: insofaDetails(c.insofa as Raw) } : {}),
    visibility: c.visibility ?? 'internal',
    consent: c.consent,
    verified: c.verified,
    ...(c.sample === true ? { sample: true as const } : {}),
    origin: { file: item.origin.file, path: [...item.origin.path, 'contacts', i] },
  }));
  return {
    id: v.id,
    name: v.name,
    sector: v.sector,
    municipalities: v.municipalities ? [...v.municipalities] : undefined,
    address: v.address,
    website: v.website,
    email: v.email,
    phone: v.phone,
    joined: v.joined,
    left: v.left,
    tags: v.tags ?? [],
    ...(v.schutzkonzept ? { schutzkonzept: { ...(v.schutzkonzept as Schutzkonzept) } } : {}),
    ...(v.verified ? { verified: v.verified } : {}),
    contacts,
    languages: v.languages ?? [],
    offers: ((v.offers ?? []) as Raw[]).map(buildOffer),
    updated: v.updated,
    translations: v.translations ?? {},
    actor_type: v.actor_type ?? ACTOR_TYPE_OF_SECTOR[v.sector as Partner['sector']],
    ...(v.sample === true ? { sample: true as const } : {}),
    origin: item.origin,
  };
}

function buildOffer(o: Raw): Offer {
  return {
    title: o.title,
    description: o.description,
    for: o.for ?? [],
    ages: o.ages,
    languages: o.languages ?? [],
    cost: o.cost,
    anonymous: o.anonymous ?? false,
    hours: o.hours,
    accessibility: o.accessibility ?? [],
    municipalities: o.municipalities,
    url: o.url,
    updated: o.updated,
    translations: o.translations ?? {},
  };
}

export function buildMeeting(item: ShapedItem): Meeting {
  const v = item.value as Raw;
  const start = String(v.start);
  return {
    id: v.id,
    title: v.title,
    type: v.type,
    start: normalizeDateTime(start),
    end: v.end === undefined ? undefined : normalizeDateTime(String(v.end)),
    allDay: isDateOnly(start),
    status: v.status,
    location: v.location,
    online: v.online,
    organizers: v.organizers ?? [],
    invited: v.invited,
    attendance: v.attendance ?? [],
    guests: v.guests ?? 0,
    evaluation: v.evaluation === undefined ? undefined : { forms: v.evaluation.forms, ratings: (v.evaluation.ratings ?? []).map((r: Rating) => ({ ...r })) },
    qualification_offer: v.qualification_offer ?? (v.type === 'fachtag' || v.type === 'fortbildung'),
    ...(v.hours !== undefined ? { hours: v.hours } : {}),
    ...(v.teaching_units !== undefined ? { teaching_units: v.teaching_units } : {}),
    learning_content: v.learning_content ?? [],
    public: v.public ?? false, // a public fallkonferenz is an error (rules.ts), never published
    topics: v.topics ?? [],
    description: v.description,
    minutes: v.minutes,
    revision: v.revision ?? 0,
    ...(v.sample === true ? { sample: true as const } : {}),
    origin: item.origin,
  };
}

export function buildAgreement(item: ShapedItem): Agreement {
  const v = item.value as Raw;
  const { sample, ...rest } = v;
  return {
    ...(rest as Agreement),
    parties: (v.parties as Raw[]).map((p) => ({ ...p }) as Agreement['parties'][number]),
    ...(sample === true ? { sample: true as const } : {}),
    origin: item.origin,
  };
}

export function buildActivity(item: ShapedItem): Activity {
  const v = item.value as Raw;
  const { sample, ...rest } = v;
  return { ...(rest as Activity), ...(sample === true ? { sample: true as const } : {}), origin: item.origin };
}

/** The first day of an activity: its date, or the start of its range. */
export const firstDayOf = (a: Activity): string => a.date ?? a.start ?? '';

/** Sorted and indexed, so that every later stage is deterministic and needs no nested searches. */
export function assembleModel(network: Network, partners: Partner[], meetings: Meeting[], agreements: Agreement[], activities: Activity[] = []): Model {
  const sortedPartners = [...partners].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const sortedMeetings = [...meetings].sort((a, b) => byText(a.start, b.start) || byText(a.id, b.id));
  const sortedAgreements = [...agreements].sort((a, b) => byText(a.id, b.id));
  const sortedActivities = [...activities].sort((a, b) => byText(firstDayOf(a), firstDayOf(b)) || byText(a.id, b.id));
  return {
    network,
    partners: sortedPartners,
    meetings: sortedMeetings,
    agreements: sortedAgreements,
    activities: sortedActivities,
    partnerById: new Map(sortedPartners.map((p) => [p.id, p])),
    meetingById: new Map(sortedMeetings.map((m) => [m.id, m])),
  };
}
