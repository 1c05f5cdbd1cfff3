// Who is on a contact list: a pure function of the validated network, the options and today.
// Privacy first: a person reaches a list only through an entry whose visibility allows the
// audience, and a row carries only fields from such entries.
import { isActive } from './coverage.js';
import { isInvited } from './invitations.js';
import { narrower, visibleTo, type Audience } from './policy.js';
import type { Contact, Coordinator, IsoDate, Model, Partner } from './types.js';
import type { Sector, Visibility } from './vocabulary.js';
import { foldText } from './slug.js';

export interface ContactSelection {
  audience: Audience;
  /** Any of these sectors (empty = all). */
  sectors: readonly Sector[];
  /** Partners serving any of these municipalities (empty = all); a partner without municipalities serves all. */
  municipalities: readonly string[];
  /** Only insoweit erfahrene Fachkräfte. */
  insofa: boolean;
  /** Only partners invited to this meeting. */
  meeting?: string;
}

/** One person on the list, as every renderer receives it: the contact's fields and its partner's. */
export interface ContactRow extends Pick<Contact, 'name' | 'function' | 'email' | 'phone' | 'mobile' | 'insofa'> {
  partnerId: string;
  organisation: string;
  sector: Sector;
  /** Absent = the partner serves the whole region. */
  municipalities?: readonly string[];
  /** The narrowest visibility of the entries this row was built from: how far the row may travel. */
  visibility: Visibility;
  /** The oldest check of those entries; absent if one of them was never checked. */
  verified?: IsoDate;
  coordinator: boolean;
}

export type Entry = (Contact & { coordinator: false }) | (Coordinator & { insofa: false; coordinator: true });

/** The active partners a selection asks for (sectors, municipalities, meeting), before looking at their people. */
export function partnersWanted(model: Model, selection: ContactSelection, today: IsoDate): Partner[] {
  const meeting = selection.meeting === undefined ? undefined : model.meetingById.get(selection.meeting);
  return model.partners.filter(
    (p) =>
      isActive(p, today) &&
      (selection.sectors.length === 0 || selection.sectors.includes(p.sector)) &&
      (selection.municipalities.length === 0 || p.municipalities === undefined || p.municipalities.some((m) => selection.municipalities.includes(m))) &&
      (meeting === undefined || isInvited(meeting, p)),
  );
}

/** A partner's people: the coordinators who belong to it, then its contacts. */
export function entriesOf(model: Model, partner: Partner): Entry[] {
  return [
    ...model.network.coordinators.filter((c) => c.partner === partner.id).map((c) => ({ ...c, insofa: false as const, coordinator: true as const })),
    ...partner.contacts.map((c) => ({ ...c, coordinator: false as const })),
  ];
}

/** The rows by partner id, in one pass (a search per partner would be quadratic in a large network). */
export function rowsByPartner(rows: readonly ContactRow[]): Map<string, ContactRow[]> {
  const byPartner = new Map<string, ContactRow[]>();
  for (const row of rows) {
    const list = byPartner.get(row.partnerId);
    if (list) list.push(row);
    else byPartner.set(row.partnerId, [row]);
  }
  return byPartner;
}

export function selectContacts(model: Model, selection: ContactSelection, today: IsoDate): ContactRow[] {
  const rows: ContactRow[] = [];
  for (const partner of partnersWanted(model, selection, today)) {
    for (const group of groupByEmail(entriesOf(model, partner))) {
      const eligible = group.filter((e) => visibleTo(e.visibility, selection.audience));
      if (eligible.length === 0) continue;
      const row = mergeEntries(partner, eligible);
      if (selection.insofa && !row.insofa) continue;
      rows.push(row);
    }
  }
  return rows.sort(compareRows);
}

/** Entries of one partner with the same e-mail address (any case) are one person; without e-mail each stands alone. */
function groupByEmail(entries: Entry[]): Entry[][] {
  const groups = new Map<string, Entry[]>();
  const single: Entry[][] = [];
  for (const e of entries) {
    const key = e.email?.trim().toLowerCase();
    if (!key) single.push([e]);
    else groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values(), ...single];
}

/** Coordinator entries come first, so their name and function win; every field from an eligible entry only. */
function mergeEntries(partner: Partner, entries: Entry[]): ContactRow {
  const first = <K extends 'function' | 'email' | 'phone'>(key: K) => entries.find((e) => e[key])?.[key];
  const mobile = entries.map((e) => (e.coordinator ? undefined : e.mobile)).find((m) => m);
  const narrowest = entries.reduce((v, e) => narrower(v, e.visibility), entries[0]!.visibility);
  const checked = entries.map((e) => e.verified);
  const verified = checked.includes(undefined) ? undefined : (checked as IsoDate[]).reduce((a, b) => (b < a ? b : a));
  return {
    partnerId: partner.id,
    organisation: partner.name,
    sector: partner.sector,
    ...(partner.municipalities ? { municipalities: partner.municipalities } : {}),
    name: entries[0]!.name,
    ...optional('function', first('function')),
    ...optional('email', first('email')),
    ...optional('phone', first('phone')),
    ...optional('mobile', mobile),
    insofa: entries.some((e) => e.insofa),
    visibility: narrowest,
    ...optional('verified', verified),
    coordinator: entries.some((e) => e.coordinator),
  };
}

const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

/** Organisation, then name: umlaut- and case-insensitive (foldText), ties broken on the raw text. */
function compareRows(a: ContactRow, b: ContactRow): number {
  return (
    cmp(foldText(a.organisation), foldText(b.organisation)) ||
    cmp(a.organisation, b.organisation) ||
    cmp(a.partnerId, b.partnerId) ||
    cmp(foldText(a.name), foldText(b.name)) ||
    cmp(a.name, b.name) ||
    cmp(a.email ?? '', b.email ?? '') ||
    cmp(a.phone ?? '', b.phone ?? '')
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
