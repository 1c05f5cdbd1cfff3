// The partner directory (`netzwerk directory`): a pure function of the validated network, the
// audience and today. One entry per active partner, an institution, whether or not a person of
// it may be named: name, sector, whom it serves, address, the institution's general e-mail and
// phone, and the persons the audience may see (the policy decides, through selectContacts).
// Beside the entries: the groups (by sector for the network, by theme for the public), the
// municipalities, the InsoFa directory, the coordination and the upcoming public events.
import { isActive } from '../../model/coverage.js';
import { dayOf } from '../../model/dates.js';
import { isPublicMeeting, partnerConfirmation, visibleTo } from '../../model/policy.js';
import { foldText, slugify } from '../../model/slug.js';
import { THEME_OF_SECTOR, THEMES, type Theme } from './themes.js';
import type { Accessibility, Address, IsoDate, LocalDateTime, Model, Offer, Partner, Translated } from '../../model/types.js';
import { INSOFA_FIELDS, SECTORS, type InsofaField, type MeetingType, type Sector } from '../../model/vocabulary.js';
import { rowsByPartner, selectContacts, type ContactRow } from '../../model/contact-rows.js';

/** Who reads the directory: the partners (`network`) or everybody (`public`, the Wegweiser). */
export type DirectoryAudience = 'network' | 'public';

/** A person the audience may see: only fields of entries visible to it (select.ts). */
export interface DirectoryPerson {
  name: string;
  function?: string;
  email?: string;
  phone?: string;
  insofa: boolean;
  /** A coordinator of the network (network.yaml). */
  coordinator: boolean;
}

/**
 * How an institution offers advice by an insoweit erfahrene Fachkraft: `persons` = at least one
 * InsoFa the audience may see by name; `institution` = its InsoFa are known to the network but
 * not released to this audience, so the entry names the institution only (reached through its
 * general contact). An InsoFa with visibility `internal` counts for nothing: not even the fact
 * that the institution has one leaves the coordination.
 */
type InsofaOffer = 'persons' | 'institution';

export interface DirectoryEntry {
  id: string;
  name: string;
  sector: Sector;
  theme: Theme;
  /** Absent = the whole region. */
  municipalities?: readonly string[];
  address?: Address;
  website?: string;
  email?: string;
  phone?: string;
  persons: DirectoryPerson[];
  insofa?: InsofaOffer;
  /** Languages spoken at the institution besides German (ISO 639-1). */
  languages: readonly string[];
  /** The fields and languages of its InsoFa (those known to the network, as `insofa`), in the vocabulary's and alphabetical order. */
  insofaFields?: InsofaField[];
  insofaLanguages?: string[];
  /** "Stand der Angaben": the day the institution last confirmed its entry. */
  verified?: IsoDate;
  /** What a family gets there, in the order of the files. */
  offers: readonly DirectoryOffer[];
  /** The name explained in other languages (shown after the German name). */
  nameTranslations: Readonly<Record<string, Translated<'name'>>>;
}

/** An offer as the directory shows it: the partner's, without the date of its German text. */
export type DirectoryOffer = Omit<Offer, 'updated'>;

interface DirectoryGroup {
  /** A sector (audience network) or a theme (audience public). */
  key: Sector | Theme;
  entries: DirectoryEntry[];
}

interface DirectoryTown {
  name: string;
  /** For anchors and filters: unique within the directory. */
  slug: string;
  /** The partners that name this municipality (those for the whole region are in `wholeRegion`). */
  entries: DirectoryEntry[];
}

export interface CoordinationPerson extends DirectoryPerson {
  partner: { id: string; name: string };
}

export interface DirectoryEvent {
  id: string;
  title: string;
  type: MeetingType;
  status: 'planned' | 'cancelled';
  start: IsoDate | LocalDateTime;
  end?: IsoDate | LocalDateTime;
  allDay: boolean;
  location?: string;
  online?: string;
  description?: string;
  topics: readonly string[];
}

export interface Directory {
  audience: DirectoryAudience;
  today: IsoDate;
  network: { id: string; name: string; region: string; municipalities: readonly string[] };
  /** Every active partner, by name. */
  entries: DirectoryEntry[];
  /** The entries grouped: by sector (network) or theme (public), in the vocabulary's order; empty groups left out. */
  groups: DirectoryGroup[];
  /** Every municipality of the region, in the network's order. */
  towns: DirectoryTown[];
  wholeRegion: DirectoryEntry[];
  /** The entries that offer InsoFa advice to this audience, by name. */
  insofa: DirectoryEntry[];
  /** The coordinators the audience may see (partner active); when there is none, the youth offices carrying the network. */
  coordination: { persons: CoordinationPerson[]; offices: DirectoryEntry[] };
  /** Public meetings from today on, planned or cancelled (never a case conference), by start. */
  events: DirectoryEvent[];
  /** Every language besides German that an institution or an offer names, by code. */
  languages: string[];
  /** For the Wegweiser's accessibility statement (network.yaml). */
  accessibility?: Accessibility;
  /** With --hide-unconfirmed: the entries left out (not confirmed within targets.review_partners_after_months), by name. */
  hidden: { id: string; name: string }[];
  reviewPartnersAfterMonths: number;
}

export function buildDirectory(model: Model, audience: DirectoryAudience, today: IsoDate, options: { hideUnconfirmed?: boolean } = {}): Directory {
  const rows = selectContacts(model, { audience, sectors: [], municipalities: [], insofa: false }, today);
  const rowsOf = rowsByPartner(rows);
  const active = model.partners.filter((p) => isActive(p, today));
  // The youth offices carrying the network and the coordinators' institutions always stay: the
  // coordination keeps their data itself, and the Wegweiser must name a way to reach it.
  const own = new Set([...model.network.youth_offices, ...model.network.coordinators.map((c) => c.partner)]);
  const unconfirmed = (p: Partner) => options.hideUnconfirmed === true && !own.has(p.id) && partnerConfirmation(p, model, today).state !== 'ok';
  const entries = active
    .filter((p) => !unconfirmed(p))
    .map((p) => entryOf(p, rowsOf.get(p.id) ?? []))
    .sort(byName);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const slugs = uniqueSlugs(model.network.region.municipalities);
  return {
    audience,
    today,
    network: { id: model.network.id, name: model.network.name, region: model.network.region.name, municipalities: model.network.region.municipalities },
    entries,
    groups: audience === 'public' ? groupBy(entries, THEMES, (e) => e.theme) : groupBy(entries, SECTORS, (e) => e.sector),
    towns: model.network.region.municipalities.map((name, i) => ({ name, slug: slugs[i]!, entries: entries.filter((e) => e.municipalities?.includes(name)) })),
    wholeRegion: entries.filter((e) => e.municipalities === undefined),
    insofa: entries.filter((e) => e.insofa !== undefined),
    coordination: coordination(model, audience, byId),
    events: events(model, today),
    languages: [...new Set(entries.flatMap((e) => [...e.languages, ...e.offers.flatMap((o) => o.languages)]))].sort(),
    ...(model.network.accessibility ? { accessibility: model.network.accessibility } : {}),
    hidden: active
      .filter(unconfirmed)
      .map((p) => ({ id: p.id, name: p.name }))
      .sort(byName),
    reviewPartnersAfterMonths: model.network.targets.review_partners_after_months,
  };
}

function entryOf(partner: Partner, rows: readonly ContactRow[]): DirectoryEntry {
  const persons = rows.map((r) => ({
    name: r.name,
    ...optional('function', r.function),
    ...optional('email', r.email),
    ...optional('phone', r.phone),
    insofa: r.insofa,
    coordinator: r.coordinator,
  }));
  // Known to the network: the same reach as a network list; the public then gets the institution.
  const insofaKnown = partner.contacts.some((c) => c.insofa && visibleTo(c.visibility, 'network'));
  const insofa: InsofaOffer | undefined = persons.some((p) => p.insofa) ? 'persons' : insofaKnown ? 'institution' : undefined;
  // What the institution's InsoFa offer, at the institution: from the same persons as insofaKnown.
  const details = insofa ? partner.contacts.filter((c) => c.insofa && visibleTo(c.visibility, 'network')).flatMap((c) => c.insofaDetails ?? []) : [];
  const fields = INSOFA_FIELDS.filter((f) => details.some((d) => d.fields.includes(f)));
  const insofaLanguages = [...new Set(details.flatMap((d) => d.languages))].sort();
  const address = partner.address && (partner.address.street || partner.address.postal_code || partner.address.city) ? partner.address : undefined;
  return {
    id: partner.id,
    name: partner.name,
    sector: partner.sector,
    theme: THEME_OF_SECTOR[partner.sector],
    ...(partner.municipalities ? { municipalities: partner.municipalities } : {}),
    ...(address ? { address } : {}),
    ...optional('website', partner.website),
    ...optional('email', partner.email),
    ...optional('phone', partner.phone),
    persons,
    ...(insofa ? { insofa } : {}),
    ...(fields.length > 0 ? { insofaFields: fields } : {}),
    ...(insofaLanguages.length > 0 ? { insofaLanguages } : {}),
    ...(partner.verified ? { verified: partner.verified } : {}),
    languages: partner.languages,
    offers: partner.offers.map(({ updated: _, ...offer }) => offer),
    nameTranslations: partner.translations,
  };
}

function coordination(model: Model, audience: DirectoryAudience, entries: ReadonlyMap<string, DirectoryEntry>): Directory['coordination'] {
  const persons: CoordinationPerson[] = [];
  for (const c of model.network.coordinators) {
    const partner = entries.get(c.partner);
    if (!partner || !visibleTo(c.visibility, audience)) continue;
    persons.push({
      name: c.name,
      ...optional('function', c.function),
      ...optional('email', c.email),
      ...optional('phone', c.phone),
      insofa: false,
      coordinator: true,
      partner: { id: partner.id, name: partner.name },
    });
  }
  const offices = persons.length > 0 ? [] : model.network.youth_offices.flatMap((id) => entries.get(id) ?? []);
  return { persons, offices };
}

function events(model: Model, today: IsoDate): DirectoryEvent[] {
  return model.meetings
    .filter((m) => isPublicMeeting(m) && m.status !== 'held' && dayOf(m.end ?? m.start) >= today)
    .map((m) => ({
      id: m.id,
      title: m.title,
      type: m.type,
      status: m.status === 'cancelled' ? ('cancelled' as const) : ('planned' as const),
      start: m.start,
      ...(m.end === undefined ? {} : { end: m.end }),
      allDay: m.allDay,
      ...optional('location', m.location),
      ...optional('online', m.online),
      ...optional('description', m.description?.trim() || undefined),
      topics: m.topics,
    }));
}

function groupBy<K extends Sector | Theme>(entries: readonly DirectoryEntry[], order: readonly K[], key: (e: DirectoryEntry) => K): DirectoryGroup[] {
  return order.map((k) => ({ key: k, entries: entries.filter((e) => key(e) === k) })).filter((g) => g.entries.length > 0);
}

/** Slugs for anchors: unique, never empty (a name of other letters only gets its number). */
function uniqueSlugs(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name, i) => {
    let slug = slugify(name) || `${i + 1}`;
    while (seen.has(slug)) slug = `${slug}-${i + 1}`;
    seen.add(slug);
    return slug;
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** By name, umlaut- and case-insensitive (foldText), ties broken on the raw text, then the id. */
const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  cmp(foldText(a.name), foldText(b.name)) || cmp(a.name, b.name) || cmp(a.id, b.id);

const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
