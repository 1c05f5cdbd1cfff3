// The datasheet of one institution: what the network holds about it, one row per field, each with
// a stable key (`partner.address.city`, `contact.2.email`) in the sheet's last column. The
// `datasheet` command writes the rows; `import --datasheet` reads the returned sheet back by these
// keys, so both sides agree on what a row means whatever language the sheet is in.
// The contacts on the sheet are those the network may see (visibility network or public): the
// sheet goes to the institution's general address, and an internal entry stays internal.
import { visibleTo } from './policy.js';
import type { Contact, Partner } from './types.js';

const PARTNER_FIELDS = [
  'id',
  'name',
  'address.street',
  'address.postal_code',
  'address.city',
  'website',
  'phone',
  'email',
  'municipalities',
  'schutzkonzept.status',
  'schutzkonzept.since',
  'schutzkonzept.review',
] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];
const CONTACT_FIELDS = ['name', 'function', 'email', 'phone', 'mobile', 'insofa'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** One row: whose field it is, and the value stored (texts as written; lists joined by ", "; insofa as yes/no). */
export type DatasheetRow =
  | { scope: 'partner'; field: PartnerField; key: string; value: string | undefined }
  | { scope: 'contact'; index: number; contact: string; field: ContactField; key: string; value: string | boolean | undefined };

/** The contacts on the sheet, with their index in the partner's list. */
export const sheetContacts = (partner: Partner): { contact: Contact; index: number }[] =>
  partner.contacts.map((contact, index) => ({ contact, index })).filter(({ contact }) => visibleTo(contact.visibility, 'network'));

/** A field's stored value: `address.city` inside its map; a list joined by ", ". */
function partnerValue(p: Partner, field: PartnerField): string | undefined {
  if (field === 'municipalities') return p.municipalities?.join(', ');
  const [outer, inner] = field.split('.') as [keyof Partner, string | undefined];
  const value = inner === undefined ? p[outer] : (p[outer] as Record<string, unknown> | undefined)?.[inner];
  return typeof value === 'string' ? value : undefined;
}

export function datasheetRows(partner: Partner): DatasheetRow[] {
  const rows: DatasheetRow[] = PARTNER_FIELDS.map((field) => ({ scope: 'partner', field, key: `partner.${field}`, value: partnerValue(partner, field) }));
  for (const { contact, index } of sheetContacts(partner)) {
    for (const field of CONTACT_FIELDS) {
      const value = field === 'insofa' ? contact.insofa : contact[field];
      rows.push({ scope: 'contact', index, contact: contact.name, field, key: `contact.${index}.${field}`, value });
    }
  }
  return rows;
}

/** What a key of a returned sheet means; undefined for a key the sheet never has. */
export function rowKey(key: string): { scope: 'partner'; field: PartnerField } | { scope: 'contact'; index: number; field: ContactField } | undefined {
  const partner = /^partner\.(.+)$/.exec(key);
  if (partner && (PARTNER_FIELDS as readonly string[]).includes(partner[1]!)) return { scope: 'partner', field: partner[1] as PartnerField };
  const contact = /^contact\.(\d{1,4})\.(.+)$/.exec(key);
  if (contact && (CONTACT_FIELDS as readonly string[]).includes(contact[2]!))
    return { scope: 'contact', index: Number(contact[1]), field: contact[2] as ContactField };
  return undefined;
}

/** The sheet's columns, in order: who, what, stored value, "stimmt", "bitte ändern in", key. */
export const DATASHEET_COLUMNS = { who: 0, what: 1, stored: 2, correct: 3, change: 4, key: 5 } as const;
