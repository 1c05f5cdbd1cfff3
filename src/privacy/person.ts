// Everything the network stores about one person (Art. 15 DSGVO): every place a name or an
// e-mail address occurs, with what is stored there and where that data goes.
import { compareFiles, formatPath } from '../diagnostics.js';
import type { Locate } from '../load/locate.js';
import { isActive } from '../model/coverage.js';
import { audiencesOf, careOf, organizer, type Audience, type CareState } from '../model/policy.js';
import type { Address, Contact, Coordinator, IsoDate, Model, Origin, Partner } from '../model/types.js';
import type { AgreementStatus, AgreementType, Sector, Visibility } from '../model/vocabulary.js';
import { emailMatches, nameMatches, textMentions } from './match.js';

/** Where an entry stands: file relative to the network folder, line, and path inside the file. */
export interface Place {
  file: string;
  line: number;
  path: string;
}

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
  function?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  insofa: boolean;
  partner?: PartnerRef;
  visibility: Visibility;
  consent?: IsoDate;
  verified?: IsoDate;
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

/** The query found in a free text (a meeting's description, a topic …): personal data, too. */
export interface MentionEntry {
  kind: 'mention';
  place: Place;
  matchedBy: 'text';
  /** The whole text, and its first line that holds the match. */
  text: string;
  excerpt: string;
}

export type Occurrence = PersonEntry | OrganisationEntry | SignatoryEntry | MentionEntry;

export interface PersonFindings {
  query: string;
  network: { id: string; name: string };
  today: IsoDate;
  occurrences: Occurrence[];
}

export function findPerson(model: Model, query: string, today: IsoDate, locate: Locate): PersonFindings {
  const place = (origin: Origin, sub: readonly (string | number)[] = []): Place => ({
    file: origin.file,
    line: locate(origin, sub).line,
    path: formatPath([...origin.path, ...sub]),
  });
  const partnerRef = (p: Partner | undefined): PartnerRef | undefined =>
    p && { id: p.id, name: p.name, active: isActive(p, today), ...(p.left !== undefined ? { left: p.left } : {}) };

  // A query with "@" is an e-mail address: it is looked for in addresses and texts, and in names
  // only as it stands (a name may hold an "@", too).
  const isEmail = query.includes('@');
  const byName = (name: string) => (isEmail ? name.toLowerCase().includes(query.trim().toLowerCase()) : nameMatches(name, query));
  const inText = (text: string) => (isEmail ? text.toLowerCase().includes(query.trim().toLowerCase()) : textMentions(text, query));

  // The calendar names one coordinator as ORGANIZER: the same choice as `netzwerk calendar`.
  const organizers = { network: organizer(model, 'network', today), public: organizer(model, 'public', today) };
  const organizerIn = (c: Coordinator) => (['network', 'public'] as const).filter((k) => organizers[k] === c);

  const occurrences: Occurrence[] = [];
  const person = (kind: PersonEntry['kind'], c: Contact | Coordinator, partner: Partner | undefined) => {
    const matchedBy = byName(c.name) ? 'name' : emailMatches(c.email, query) ? 'email' : undefined;
    if (matchedBy === undefined) return;
    const ref = partnerRef(partner);
    occurrences.push({
      kind,
      place: place(c.origin, ['name']),
      matchedBy,
      name: c.name,
      ...(c.function !== undefined ? { function: c.function } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...('mobile' in c && c.mobile !== undefined ? { mobile: c.mobile } : {}),
      insofa: 'insofa' in c ? c.insofa : false,
      ...(ref ? { partner: ref } : {}),
      visibility: c.visibility,
      ...(c.consent !== undefined ? { consent: c.consent } : {}),
      ...(c.verified !== undefined ? { verified: c.verified } : {}),
      data: careOf(c, partner, model, today),
      audiences: audiencesOf(c, partner, today),
      calendars: kind === 'coordinator' ? organizerIn(c as Coordinator) : [],
      report: kind === 'coordinator' && c.visibility === 'public',
    });
  };

  for (const c of model.network.coordinators) person('coordinator', c, model.partnerById.get(c.partner));
  for (const p of model.partners) {
    if (byName(p.name)) {
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
  for (const { origin, sub, text } of freeTexts(model)) {
    if (!inText(text)) continue;
    const excerpt = text.split('\n').find(inText) ?? text;
    occurrences.push({ kind: 'mention', place: place(origin, sub), matchedBy: 'text', text, excerpt: excerpt.trim() });
  }

  occurrences.sort((a, b) => compareFiles(a.place.file, b.place.file) || a.place.line - b.place.line);
  return { query, network: { id: model.network.id, name: model.network.name }, today, occurrences };
}

/** Texts where people sometimes write names: meetings, agreement titles, activities, the Leitbild. */
function* freeTexts(model: Model): Generator<{ origin: Origin; sub: (string | number)[]; text: string }> {
  const n = model.network;
  if (n.mission_statement !== undefined) yield { origin: n.origin, sub: ['mission_statement'], text: n.mission_statement };
  for (const m of model.meetings) {
    yield { origin: m.origin, sub: ['title'], text: m.title };
    if (m.description !== undefined) yield { origin: m.origin, sub: ['description'], text: m.description };
    if (m.location !== undefined) yield { origin: m.origin, sub: ['location'], text: m.location };
    if (m.minutes !== undefined) yield { origin: m.origin, sub: ['minutes'], text: m.minutes };
    for (const [i, t] of m.topics.entries()) yield { origin: m.origin, sub: ['topics', i], text: t };
  }
  for (const a of model.agreements) yield { origin: a.origin, sub: ['title'], text: a.title };
  for (const a of model.activities) {
    yield { origin: a.origin, sub: ['title'], text: a.title };
    if (a.body !== undefined) yield { origin: a.origin, sub: ['body'], text: a.body };
    if (a.description !== undefined) yield { origin: a.origin, sub: ['description'], text: a.description };
  }
}
