// Which entries a `set` means: persons as `person` and `verified` find them (a full name means that
// name, else the beginnings of words, or an e-mail address: model/match.ts), partners by id or
// name, meetings by id or title, a partner's offers by title (within --partner-of's partner). Grouped: the entries of one person (coordinator and contact) are
// one group; every partner and every meeting is a group of its own.
import { KEY_ORDER } from '../../../edit/order.js';
import { distinctPersons, meant, nameMatches, sameName, type Named } from '../../../model/match.js';
import type { Contact, Coordinator, Meeting, Model, Offer, Origin, Partner } from '../../../model/types.js';
import type { Kind } from './fields.js';

export interface Target extends Named {
  kind: Kind;
  origin: Origin;
  /** The keys of the entry in the schema's order (where a new key goes). */
  order: readonly string[];
  entry: Contact | Coordinator | Partner | Meeting | Offer;
  /** The partner a person works for or whose offer it is, or the partner itself. */
  partner?: Partner;
}

export const personTarget = (p: Contact | Coordinator, partner: Partner | undefined, coordinator: boolean): Target => ({
  kind: 'person',
  name: p.name,
  email: p.email,
  origin: p.origin,
  order: coordinator ? KEY_ORDER.coordinator : KEY_ORDER.contact,
  entry: p,
  ...(partner ? { partner } : {}),
});

/** The groups of entries of one kind the query finds (`partnerOf`: only the persons of that partner; no query: all of them). */
export function targetsOf(model: Model, kind: Kind, query: string | undefined, partnerOf?: Partner): Target[][] {
  if (kind === 'person') {
    const records = [
      ...model.network.coordinators.filter((c) => !partnerOf || c.partner === partnerOf.id).map((c) => personTarget(c, model.partnerById.get(c.partner), true)),
      ...model.partners.filter((p) => !partnerOf || p === partnerOf).flatMap((p) => p.contacts.map((c) => personTarget(c, p, false))),
    ];
    return distinctPersons(query === undefined ? records : meant(records, query));
  }
  if (kind === 'partner') {
    if (query === undefined) return partnerOf ? [[partnerTarget(partnerOf)]] : [];
    const byId = model.partnerById.get(query);
    const all = model.partners.map(partnerTarget);
    return (byId ? [partnerTarget(byId)] : meant(all, query)).map((t) => [t]);
  }
  if (kind === 'offer') {
    const offers = model.partners.filter((p) => !partnerOf || p === partnerOf).flatMap((p) => p.offers.map((o, i) => offerTarget(p, o, i)));
    if (query === undefined) return partnerOf ? offers.map((t) => [t]) : [];
    const exact = offers.filter((t) => sameName(t.name, query));
    return (exact.length > 0 ? exact : offers.filter((t) => nameMatches(t.name, query))).map((t) => [t]);
  }
  if (query === undefined) return [];
  const byId = model.meetingById.get(query);
  if (byId) return [[meetingTarget(byId)]];
  const exact = model.meetings.filter((m) => sameName(m.title, query));
  return (exact.length > 0 ? exact : model.meetings.filter((m) => nameMatches(m.title, query))).map((m) => [meetingTarget(m)]);
}

export const partnerTarget = (p: Partner): Target => ({
  kind: 'partner',
  name: p.name,
  email: p.email,
  origin: p.origin,
  order: KEY_ORDER.partner,
  entry: p,
  partner: p,
});
const meetingTarget = (m: Meeting): Target => ({ kind: 'meeting', name: m.title, origin: m.origin, order: KEY_ORDER.meeting, entry: m });
const offerTarget = (p: Partner, o: Offer, index: number): Target => ({
  kind: 'offer',
  name: o.title,
  origin: { file: p.origin.file, path: [...p.origin.path, 'offers', index] },
  order: KEY_ORDER.offer,
  entry: o,
  partner: p,
});
