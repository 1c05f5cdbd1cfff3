// Who is active on a day, and which categories of § 9 Abs. 4 LKiSchG NRW the network covers.
import type { Agreement, IsoDate, Model, Partner } from './types.js';
import { CATEGORIES, SECRECY_SECTORS, type AgreementStatus, type Category, type Sector } from './vocabulary.js';

/** FORMAT.md: active on day D when joined ≤ D (or no joined) and not left ≤ D. */
export function isActive(partner: Partner, day: IsoDate): boolean {
  return (partner.joined === undefined || partner.joined <= day) && !(partner.left !== undefined && partner.left <= day);
}

/** In force on a day: status in_force and the day within effective … expires. */
export function isInForce(agreement: Pick<Agreement, 'status'> & { effective?: IsoDate | null; expires?: IsoDate | null }, day: IsoDate): boolean {
  // null: a report's JSON (the overview reads agreements from it), undefined: the model.
  return agreement.status === 'in_force' && (!agreement.effective || agreement.effective <= day) && (!agreement.expires || agreement.expires > day);
}

/** Expired or terminated: an agreement that has ended has nothing left to review. */
export const hasEnded = (status: AgreementStatus): boolean => status === 'expired' || status === 'terminated';

const SECTOR_CATEGORY: Partial<Record<Sector, Category>> = {
  jugendamt: 'jugendamt',
  schule: 'schule',
  gesundheitsamt: 'gesundheitsamt',
  polizei: 'polizei_ordnung',
  ordnungsbehoerde: 'polizei_ordnung',
  familiengericht: 'familiengericht',
  staatsanwaltschaft: 'staatsanwaltschaft',
  verfahrensbeistand: 'verfahrensbeistand',
  eingliederungshilfe: 'eingliederungshilfe',
  fruehe_hilfen: 'fruehe_hilfen',
};

/** Partners (other than youth offices) that have signed an 8a agreement in force on the day. */
function signed8aPartners(model: Model, day: IsoDate): Set<string> {
  const ids = new Set<string>();
  for (const a of model.agreements) {
    if (a.type !== 'vereinbarung_8a' || !isInForce(a, day)) continue;
    for (const p of a.parties) if (p.signed !== undefined && p.signed <= day) ids.add(p.partner);
  }
  return ids;
}

/** The categories one partner covers on a day (it must be active). */
function categoriesOfPartner(partner: Partner, signed8a: ReadonlySet<string>): Set<Category> {
  const out = new Set<Category>();
  const direct = SECTOR_CATEGORY[partner.sector];
  if (direct) out.add(direct);
  if (SECRECY_SECTORS.includes(partner.sector)) out.add('geheimnistraeger');
  if (partner.sector !== 'jugendamt' && signed8a.has(partner.id)) out.add('traeger_8a');
  if (partner.contacts.some((c) => c.insofa)) out.add('insofa');
  return out;
}

export interface Coverage {
  covered: Set<Category>;
  /** The ids of the active partners that cover each category, in the model's order. */
  partners: Map<Category, string[]>;
  /** Required categories not covered, in the law's order. */
  missing: Category[];
  /** Per municipality of the region, in the region's order. */
  byMunicipality: Map<string, { covered: Set<Category>; missing: Category[] }>;
}

export function coverage(model: Model, day: IsoDate): Coverage {
  const required = new Set(model.network.targets.required_categories);
  const signed8a = signed8aPartners(model, day);
  const municipalities = model.network.region.municipalities;
  const covered = new Set<Category>();
  const partners = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]));
  const perMunicipality = new Map(municipalities.map((m) => [m, new Set<Category>()]));
  for (const partner of model.partners) {
    if (!isActive(partner, day)) continue;
    const cats = categoriesOfPartner(partner, signed8a);
    for (const c of cats) {
      covered.add(c);
      partners.get(c)!.push(partner.id);
    }
    for (const m of partner.municipalities ?? municipalities) {
      const set = perMunicipality.get(m);
      if (set) for (const c of cats) set.add(c);
    }
  }
  const missingOf = (set: Set<Category>) => CATEGORIES.filter((c) => required.has(c) && !set.has(c));
  return {
    covered,
    partners,
    missing: missingOf(covered),
    byMunicipality: new Map(municipalities.map((m) => [m, { covered: perMunicipality.get(m)!, missing: missingOf(perMunicipality.get(m)!) }])),
  };
}
