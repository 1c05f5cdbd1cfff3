// The pool of insoweit erfahrene Fachkräfte (§§ 8a Abs. 4, 8b SGB VIII, § 4 KKG) as the network
// keeps it usable: who advises in which municipality and field, whose refresher course is due,
// and which municipality has no InsoFa for schools or for Kitas. Counts only; the persons are
// the contact lists' business (model/reach.ts).
import { addMonths } from './dates.js';
import { isActive } from './coverage.js';
import type { Contact, IsoDate, Model, Partner } from './types.js';
import { INSOFA_FIELDS, type InsofaField } from './vocabulary.js';

export interface PoolMember {
  contact: Contact;
  partner: Partner;
  /** Where they advise: their own list, else their partner's, else the whole region. */
  municipalities: string[];
}

/** Fields the network must reach in every municipality (the warning names a gap). */
const POOL_FIELDS: readonly InsofaField[] = ['schule', 'kita'];

/** The InsoFa of the active partners on `day`. */
export function poolMembers(model: Model, day: IsoDate): PoolMember[] {
  const all = model.network.region.municipalities;
  return model.partners
    .filter((p) => isActive(p, day))
    .flatMap((partner) =>
      partner.contacts
        .filter((c) => c.insofa)
        .map((contact) => ({ contact, partner, municipalities: contact.insofaDetails?.municipalities ?? partner.municipalities ?? [...all] })),
    );
}

/** A member's last course (refresher, else the certificate) and the day the next is due (plus the target's years); none without either. */
export function refresher(contact: Contact, years: number): { last: IsoDate; due: IsoDate } | undefined {
  const last = contact.insofaDetails?.refresher ?? contact.insofaDetails?.certificate?.date;
  return last === undefined ? undefined : { last, due: addMonths(last, years * 12) };
}

/** Whether a refresher is due on `day`. */
export const isDue = (r: { due: IsoDate } | undefined, day: IsoDate): boolean => r !== undefined && r.due <= day;

export interface InsofaPool {
  total: number;
  /** Written as `insofa: true`, without the pool's details. */
  without_details: number;
  by_municipality: Record<string, { total: number; by_field: Partial<Record<InsofaField, number>> }>;
  /** Municipalities without an InsoFa for a field of POOL_FIELDS; only once the pool says fields at all, and not where an InsoFa without fields advises. */
  gaps: { municipality: string; field: InsofaField }[];
  /** How many members' refresher course is due on `day`. */
  refresher_due: number;
}

export function insofaPool(model: Model, day: IsoDate): InsofaPool {
  const members = poolMembers(model, day);
  const byMunicipality: InsofaPool['by_municipality'] = {};
  for (const m of model.network.region.municipalities) {
    const here = members.filter((x) => x.municipalities.includes(m));
    const byField: Partial<Record<InsofaField, number>> = {};
    for (const f of INSOFA_FIELDS) {
      const n = here.filter((x) => x.contact.insofaDetails?.fields.includes(f)).length;
      if (n > 0) byField[f] = n;
    }
    byMunicipality[m] = { total: here.length, by_field: byField };
  }
  // A gap is known only where every InsoFa of the municipality says their fields (`insofa: true` may cover any).
  const fieldsSaid = members.some((x) => (x.contact.insofaDetails?.fields.length ?? 0) > 0);
  const unsaid = (m: string) => members.some((x) => x.municipalities.includes(m) && (x.contact.insofaDetails?.fields.length ?? 0) === 0);
  const gaps = fieldsSaid
    ? model.network.region.municipalities
        .filter((m) => !unsaid(m))
        .flatMap((municipality) =>
          POOL_FIELDS.filter((field) => byMunicipality[municipality]!.by_field[field] === undefined).map((field) => ({ municipality, field })),
        )
    : [];
  const years = model.network.targets.insofa_refresher_years;
  return {
    total: members.length,
    without_details: members.filter((x) => x.contact.insofaDetails === undefined).length,
    by_municipality: byMunicipality,
    gaps,
    refresher_due: members.filter((x) => isDue(refresher(x.contact, years), day)).length,
  };
}
