// Everything the network stores about one person (Art. 15 DSGVO): every place a name or an
// e-mail address occurs, with what is stored there and where that data goes.
import { compareFiles, formatPath } from '../../../diagnostics.js';
import type { Locate } from '../../../load/locate.js';
import { isActive } from '../../../model/coverage.js';
import { audiencesOf, careOf, organizer, type Audience, type CareState } from '../../../model/policy.js';
import type { Address, Contact, Coordinator, IsoDate, Model, Origin, Partner, Qualification, RawItem } from '../../../model/types.js';
import type { AgreementStatus, AgreementType, Salutation, Sector, Visibility } from '../../../model/vocabulary.js';
import { showControls } from '../../../safe-text.js';
import type { MentionEntry, Place, UncheckedEntry } from '../entries.js';
import { distinctPersons, emailMatches, mentionsName, nameMatches, sameName, textMentions, type Named } from '../../../model/match.js';
import { findInRaw, type PersonMatch } from '../raw.js';

export type { MentionEntry, Place, UncheckedEntry } from '../entries.js';

export interface PartnerRef {
  id: string;
  name: string;
  /** Active on today (FORMAT.md); contacts of inactive partners are in no contact list. */
  active: boolean;
  left?: IsoDate;
}

/** Where the person's data stand in the review and deletion cycle on today (model/policy.ts). */
export type DataState = CareState;

export interface PersonEntry {
  kind: 'coordinator' | 'contact';
  place: Place;
  matchedBy: 'name' | 'email';
  name: string;
  salutation?: Salutation;
  function?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  insofa: boolean;
  partner?: PartnerRef;
  visibility: Visibility;
  consent?: IsoDate;
  verified?: IsoDate;
  /** A coordinator's staff share and qualifications (network.yaml): data about the person, too. */
  fte?: number;
  qualifications: Qualification[];
  data: DataState;
  /** The audiences of `netzwerk contacts` (CSV, vCard, e-mail list) that include this entry today. */
  audiences: Audience[];
  /** The calendars (`netzwerk calendar`, and with `--public`) that name this coordinator as ORGANIZER. */
  calendars: ('network' | 'public')[];
  /** A public coordinator is named with e-mail and phone in the report's overview. */
  report: boolean;
}

/** A partner whose name matches: a practice or a one-person service is personal data, too. */
export interface OrganisationEntry {
  kind: 'organisation';
  place: Place;
  matchedBy: 'name';
  name: string;
  partner: PartnerRef;
  sector: Sector;
  address?: Address;
  website?: string;
}

export interface SignatoryEntry {
  kind: 'signatory';
  place: Place;
  matchedBy: 'name';
  name: string;
  partner?: PartnerRef;
  agreement: { id: string; title: string; type: AgreementType; status: AgreementStatus };
  signed?: IsoDate;
}

export type Occurrence = PersonEntry | OrganisationEntry | SignatoryEntry | MentionEntry | UncheckedEntry;

export interface PersonFindings {
  query: string;
  network: { id: string; name: string };
  today: IsoDate;
  occurrences: Occurrence[];
  /** What the answer could not cover: files not read at all; entries with errors (searched as written). */
  incomplete: { unreadable: string[]; failed: number };
}

/** A text of the network's files with its place (from the load stage: every string value of every file). */
export interface StoredText {
  origin: Origin;
  text: string;
}

/** What could not be checked, when the data have errors (validate-network.ts Readable). */
export interface Unchecked {
  failed: readonly RawItem[];
  unreadable: readonly string[];
}

/**
 * The search for what a requester typed (`person QUERY`): names whose words begin with the query's
 * words ("Müller" finds "Müller-Lüdenscheidt"), addresses, and texts that mention it. A query with
 * "@" is an e-mail address: looked for in addresses and texts, and in names only as it stands.
 */
function queryMatch(query: string): PersonMatch {
  const q = query.trim().toLowerCase();
  if (query.includes('@')) return { name: (n) => n.toLowerCase().includes(q), email: (e) => emailMatches(e, query), text: (t) => t.toLowerCase().includes(q) };
  return { name: (n) => nameMatches(n, query), email: (e) => emailMatches(e, query), text: (t) => textMentions(t, query) };
}

/**
 * The search for one person, once it is clear who is meant (the Art. 15 letter): exactly their name
 * (any case and umlaut spelling; in a text as whole words) or one of their addresses, so that no
 * namesake whose name only begins the same is taken in.
 */
export function personMatch(person: { name: string; emails: readonly string[] }): PersonMatch {
  const emails = person.emails.map((e) => e.trim().toLowerCase());
  const hasEmail = (t: string) => emails.some((e) => t.toLowerCase().includes(e));
  return {
    name: (n) => sameName(n, person.name),
    email: (e) => e !== undefined && emails.includes(e.trim().toLowerCase()),
    text: (t) => mentionsName(t, person.name) || hasEmail(t),
  };
}

/**
 * Every place the query occurs: persons (coordinators, contacts) by name or e-mail, partners by
 * name, signatories, and every other text of the files (`texts`, all string values: functions,
 * tags, addresses, descriptions, ids …) as a mention. A text inside an entry found as a person,
 * organisation or signatory is shown with that entry, not again as a mention. Entries that failed
 * the schema (`unchecked`) are searched as written and shown whole.
 */
export function findPerson(
  model: Model,
  query: string,
  today: IsoDate,
  locate: Locate,
  texts: Iterable<StoredText>,
  unchecked: Unchecked = { failed: [], unreadable: [] },
  match: PersonMatch = queryMatch(query),
): PersonFindings {
  const place = (origin: Origin, sub: readonly (string | number)[] = []): Place => ({
    file: origin.file,
    line: locate(origin, sub).line,
    path: formatPath([...origin.path, ...sub]),
  });
  const partnerRef = (p: Partner | undefined): PartnerRef | undefined =>
    p && { id: p.id, name: p.name, active: isActive(p, today), ...(p.left !== undefined ? { left: p.left } : {}) };

  const byName = match.name;
  const inText = match.text;

  // The calendar names one coordinator as ORGANIZER: the same choice as `netzwerk calendar`.
  const organizers = { network: organizer(model, 'network', today), public: organizer(model, 'public', today) };
  const organizerIn = (c: Coordinator) => (['network', 'public'] as const).filter((k) => organizers[k] === c);

  const occurrences: Occurrence[] = [];
  // What the entries show already (a person's whole entry, an organisation's name, sector,
  // address and website, a signatory's party) is not listed again as a mention.
  const shown = new Set<string>();
  const key = (file: string, path: readonly (string | number)[]) => `${file}\u0000${formatPath(path)}`;
  const show = (origin: Origin, ...sub: (string | number)[]) => shown.add(key(origin.file, [...origin.path, ...sub]));
  const person = (kind: PersonEntry['kind'], c: Contact | Coordinator, partner: Partner | undefined) => {
    const matchedBy = byName(c.name) ? 'name' : match.email(c.email) ? 'email' : undefined;
    if (matchedBy === undefined) return;
    show(c.origin);
    const ref = partnerRef(partner);
    occurrences.push({
      kind,
      place: place(c.origin, ['name']),
      matchedBy,
      name: c.name,
      ...(c.salutation !== undefined ? { salutation: c.salutation } : {}),
      ...(c.function !== undefined ? { function: c.function } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...('mobile' in c && c.mobile !== undefined ? { mobile: c.mobile } : {}),
      insofa: 'insofa' in c ? c.insofa : false,
      ...(ref ? { partner: ref } : {}),
      visibility: c.visibility,
      ...(c.consent !== undefined ? { consent: c.consent } : {}),
      ...(c.verified !== undefined ? { verified: c.verified } : {}),
      ...('fte' in c && c.fte !== undefined ? { fte: c.fte } : {}),
      qualifications: 'qualifications' in c ? c.qualifications.map((q) => ({ ...q })) : [],
      data: careOf(c, partner, model, today),
      audiences: audiencesOf(c, partner, today),
      calendars: kind === 'coordinator' ? organizerIn(c as Coordinator) : [],
      report: kind === 'coordinator' && c.visibility === 'public',
    });
  };

  for (const c of model.network.coordinators) person('coordinator', c, model.partnerById.get(c.partner));
  for (const p of model.partners) {
    if (byName(p.name)) {
      for (const field of ['name', 'sector', 'address', 'website']) show(p.origin, field);
      occurrences.push({
        kind: 'organisation',
        place: place(p.origin, ['name']),
        matchedBy: 'name',
        name: p.name,
        partner: partnerRef(p)!,
        sector: p.sector,
        ...(p.address !== undefined ? { address: p.address } : {}),
        ...(p.website !== undefined ? { website: p.website } : {}),
      });
    }
    for (const c of p.contacts) person('contact', c, p);
  }
  for (const a of model.agreements) {
    a.parties.forEach((party, i) => {
      if (party.signatory === undefined || !byName(party.signatory)) return;
      show(a.origin, 'parties', i);
      const ref = partnerRef(model.partnerById.get(party.partner));
      occurrences.push({
        kind: 'signatory',
        place: place(a.origin, ['parties', i, 'signatory']),
        matchedBy: 'name',
        name: party.signatory,
        ...(ref ? { partner: ref } : {}),
        agreement: { id: a.id, title: a.title, type: a.type, status: a.status },
        ...(party.signed !== undefined ? { signed: party.signed } : {}),
      });
    });
  }
  // An entry that failed the schema is shown whole (raw.ts), its texts not again as mentions.
  for (const item of unchecked.failed) shown.add(key(item.origin.file, item.origin.path));
  const isShown = (origin: Origin) => origin.path.some((_, i) => shown.has(key(origin.file, origin.path.slice(0, i + 1)))) || shown.has(key(origin.file, []));
  for (const { origin, text } of texts) {
    if (!inText(text) || isShown(origin)) continue;
    const excerpt = text.split('\n').find(inText) ?? text;
    occurrences.push({ kind: 'mention', place: place(origin), matchedBy: 'text', text, excerpt: excerpt.trim() });
  }

  occurrences.push(...findInRaw(unchecked.failed, match, locate));
  occurrences.sort((a, b) => compareFiles(a.place.file, b.place.file) || a.place.line - b.place.line);
  // The query is shown as typed, but control characters as escapes (safe-text.ts).
  return {
    query: showControls(query, true),
    network: { id: model.network.id, name: model.network.name },
    today,
    occurrences,
    incomplete: { unreadable: [...unchecked.unreadable], failed: unchecked.failed.length },
  };
}

/** A finding that is a person: a coordinator, a contact, a signatory, or an entry with errors that has a name. */
export interface PersonCandidate extends Named {
  occurrence: Occurrence;
  /** The partner's id, for `--partner`. */
  partner?: string;
}

export function personCandidates(findings: PersonFindings): PersonCandidate[] {
  return findings.occurrences.flatMap((o): PersonCandidate[] => {
    if (o.kind === 'contact' || o.kind === 'coordinator')
      return [{ occurrence: o, name: o.name, email: o.email, ...(o.partner ? { partner: o.partner.id } : {}) }];
    if (o.kind === 'signatory') return [{ occurrence: o, name: o.name, ...(o.partner ? { partner: o.partner.id } : {}) }];
    if (o.kind === 'unchecked') {
      const field = (key: string) => o.fields.find((f) => f.key === key)?.value;
      const name = field('name');
      return name === undefined ? [] : [{ occurrence: o, name, email: field('email'), ...(field('partner') ? { partner: field('partner')! } : {}) }];
    }
    return [];
  });
}

/** The different persons among the findings (the same address, or without one the same name, is one person). */
export const personsFound = (findings: PersonFindings): PersonCandidate[][] => distinctPersons(personCandidates(findings));
