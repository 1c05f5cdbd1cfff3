// From a coordinator's table to new partners and contacts: pure, from the rows, the network and
// the import day. Rows of the same institution become one partner with several contacts; what
// the network already has (the same institution, the same e-mail address, the same person under
// a near-identical name) is not added twice; every value that cannot be taken over is reported
// by row, with a suggestion where there is one, and left out (the rest of the row still counts).
import { KEY_ORDER, ordered } from '../../../edit/order.js';
import { uniqueId } from '../../../edit/ids.js';
import type { Value } from '../../../edit/types.js';
import type { Code, Params } from '../../../i18n/catalogue.js';
import { VISIBILITY_LABELS } from '../../../i18n/labels.js';
import { LANGS } from '../../../i18n/lang.js';
import { isRealDate } from '../../../model/dates.js';
import type { IsoDate, Model, Partner } from '../../../model/types.js';
import type { Sector, Visibility } from '../../../model/vocabulary.js';
import { VISIBILITIES } from '../../../model/vocabulary.js';
import { nameKey } from '../../../model/match.js';
import { languageCode } from '../../../model/languages.js';
import { foldText } from '../../../model/slug.js';
import { suggest } from '../../../suggest.js';
import { unneutralise } from '../../../formats/csv-cells.js';
import { findColumns, headerKey, type Columns } from '../../../load/table-columns.js';
import { sectorFromName, sectorOf, suggestSector } from './sectors.js';

const FIELDS = {
  organisation: [
    'einrichtung',
    'institution',
    'organisation',
    'organization',
    'traeger',
    'dienststelle',
    'behoerde',
    'firma',
    'partner',
    'namedereinrichtung',
    'einrichtungsname',
    'nameeinrichtung',
  ],
  sector: ['sektor', 'sector', 'bereich', 'arbeitsbereich', 'kategorie', 'einrichtungsart', 'artdereinrichtung', 'art', 'typ'],
  name: [
    'ansprechperson',
    'ansprechpartner',
    'ansprechpartnerin',
    'ansprechpartnerin',
    'kontaktperson',
    'kontakt',
    'name',
    'person',
    'vorundnachname',
    'contact',
    'contactperson',
  ],
  firstName: ['vorname', 'firstname', 'givenname'],
  lastName: ['nachname', 'familienname', 'lastname', 'surname'],
  function: ['funktion', 'function', 'position', 'rolle', 'aufgabe', 'stelle', 'role'],
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'emaildienstlich'],
  phone: ['telefon', 'tel', 'telefonnummer', 'phone', 'festnetz', 'telefondienstlich', 'telephone'],
  mobile: ['mobil', 'mobile', 'handy', 'mobiltelefon', 'mobilnummer', 'handynummer', 'mobilephone'],
  street: ['strasse', 'str', 'strasseundhausnummer', 'strassehausnummer', 'anschrift', 'adresse', 'street', 'address'],
  postal_code: ['plz', 'postleitzahl', 'postalcode', 'zip', 'zipcode', 'postcode'],
  city: ['ort', 'stadt', 'city', 'town'],
  municipalities: ['kommune', 'kommunen', 'gemeinde', 'gemeinden', 'municipality', 'municipalities', 'zustaendigfuer', 'zustaendigkeit'],
  website: ['webseite', 'website', 'homepage', 'internet', 'internetseite', 'internetadresse', 'url', 'web'],
  visibility: ['sichtbarkeit', 'visibility', 'freigabe'],
  insofa: ['insofa', 'ief', 'insoweiterfahrenefachkraft'],
  consent: ['einwilligung', 'einwilligungam', 'consent'],
  languages: ['sprachen', 'sprache', 'fremdsprachen', 'languages', 'language', 'gesprochenesprachen'],
  offers: ['angebote', 'angebot', 'leistungen', 'offers', 'services'],
} as const;
type Field = keyof typeof FIELDS;

/** Headers recognised but not taken over: `verified` is the day of the import (docs/format.md). */
const KNOWN = ['geprueftam', 'verifiedon', 'bestaetigtam', 'bestaetigt', 'stand'];

interface ImportNote {
  /** The row as the spreadsheet numbers it (1 = the first line). */
  row: number;
  code: Code;
  params: Params;
}

interface NewPartner {
  id: string;
  entry: Record<string, Value>;
  contacts: number;
  rows: number[];
}

export interface ImportPlan {
  columns: Columns<Field>;
  newPartners: NewPartner[];
  /** New contact persons of partners the network already has. */
  newContacts: { partner: Partner; entries: Record<string, Value>[] }[];
  notes: ImportNote[];
  /** Rows with content below the header. */
  rows: number;
}

interface Row {
  number: number;
  get(field: Field): string;
}

/** Reads a table's rows into a plan; undefined when no header row names an institution. */
export function planImport(table: readonly (readonly string[])[], model: Model, today: IsoDate): ImportPlan | undefined {
  const columns = findColumns(table, FIELDS, { known: KNOWN });
  if (!columns || columns.index.organisation === undefined) return undefined;
  const notes: ImportNote[] = [];
  const note = (row: number, code: Code, params: Params = {}) => notes.push({ row, code, params });

  // Rows of one institution, in the order of the table.
  const groups = new Map<string, Row[]>();
  let count = 0;
  for (let r = columns.headerRow + 1; r < table.length; r++) {
    const cells = table[r]!;
    const row: Row = { number: r + 1, get: (f) => (columns.index[f] === undefined ? '' : clean(cells[columns.index[f]!] ?? '')) };
    if (cells.every((c) => clean(c) === '')) continue;
    count++;
    const organisation = row.get('organisation').replace(/\s+/g, ' ');
    if (organisation === '') {
      note(row.number, 'import.no-organisation');
      continue;
    }
    const key = foldText(organisation);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  const partnerIds = new Set(model.partners.map((p) => p.id));
  const existingByName = new Map(model.partners.map((p) => [foldText(p.name.replace(/\s+/g, ' ')), p]));
  const emails = new Map<string, string>(); // e-mail → where it is (a partner's name)
  for (const p of model.partners) for (const c of p.contacts) if (c.email) emails.set(c.email.toLowerCase(), p.name);
  for (const c of model.network.coordinators) if (c.email) emails.set(c.email.toLowerCase(), model.partnerById.get(c.partner)?.name ?? c.partner);
  const seenEmails = new Map<string, number>(); // in this table: e-mail → row

  const newPartners: NewPartner[] = [];
  const newContacts: ImportPlan['newContacts'] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const organisation = first.get('organisation').replace(/\s+/g, ' ');
    const existing = existingByName.get(foldText(organisation));
    // Names by their key (model/match.ts), so that many rows of one institution stay linear.
    const known = new Map((existing?.contacts ?? []).map((c) => [nameKey(c.name), c.name]));
    const people: Record<string, Value>[] = [];
    const added = new Map<string, number>(); // a name's key → the row that added it
    for (const row of rows) {
      const person = personOf(row, today, note);
      if (!person) continue;
      const email = typeof person.email === 'string' ? person.email.toLowerCase() : undefined;
      if (email && emails.has(email)) {
        note(row.number, 'import.duplicate-email', { name: String(person.name), email: String(person.email), partner: emails.get(email) });
        continue;
      }
      if (email && seenEmails.has(email)) {
        note(row.number, 'import.duplicate-row', { name: String(person.name), first: seenEmails.get(email) });
        continue;
      }
      const key = nameKey(String(person.name));
      const twin = known.get(key);
      if (twin !== undefined) {
        note(row.number, 'import.duplicate-name', { name: String(person.name), known: twin, partner: organisation });
        continue;
      }
      const first = added.get(key);
      if (first !== undefined) {
        note(row.number, 'import.duplicate-row', { name: String(person.name), first });
        continue;
      }
      if (email) seenEmails.set(email, row.number);
      added.set(key, row.number);
      people.push(person);
    }
    if (existing) {
      note(first.number, 'import.partner-exists', { organisation, id: existing.id, count: people.length });
      if (people.length > 0) newContacts.push({ partner: existing, entries: people });
      continue;
    }
    const sector = sectorFor(rows, organisation, note);
    if (!sector) continue;
    const id = uniqueId(organisation, partnerIds);
    partnerIds.add(id);
    const address = ordered({ street: pick(rows, 'street'), postal_code: postalCode(rows, note), city: pick(rows, 'city') }, KEY_ORDER.address);
    const municipalities = municipalitiesOf(rows, model.network.region.municipalities, note);
    const entry = ordered(
      {
        id,
        name: organisation,
        sector,
        municipalities: municipalities.length > 0 ? municipalities : undefined,
        address: Object.keys(address).length > 0 ? address : undefined,
        website: website(rows, note),
        joined: today,
        languages: languagesOf(rows, note),
        offers: offersOf(rows, today),
        contacts: people.length > 0 ? people : undefined,
      },
      KEY_ORDER.partner,
    ) as Record<string, Value>;
    newPartners.push({ id, entry, contacts: people.length, rows: rows.map((r) => r.number) });
  }
  notes.sort((a, b) => a.row - b.row);
  return { columns, newPartners, newContacts, notes, rows: count };
}

/** A cell as text: trimmed, without the apostrophe a CSV export puts before a formula-like or digits-only cell. */
function clean(cell: string): string {
  return unneutralise(cell.replace(/\r\n?/g, '\n').trim()).trim();
}

const pick = (rows: readonly Row[], field: Field): string | undefined => rows.map((r) => r.get(field)).find((v) => v !== '');

type Note = (row: number, code: Code, params?: Params) => void;

function sectorFor(rows: readonly Row[], organisation: string, note: Note): Sector | undefined {
  const row = rows.find((r) => r.get('sector') !== '');
  if (row) {
    const value = row.get('sector');
    const sector = sectorOf(value);
    if (sector) return sector;
    note(row.number, 'import.sector-unknown', { value, organisation, suggestion: suggestSector(value) ?? sectorFromName(organisation) });
    return undefined;
  }
  const guessed = sectorFromName(organisation);
  if (guessed) return guessed;
  note(rows[0]!.number, 'import.sector-missing', { organisation });
  return undefined;
}

const ALL = new Set(['alle', 'allekommunen', 'all', 'allmunicipalities', 'ganzeregion', 'gesamterkreis']);

function municipalitiesOf(rows: readonly Row[], region: readonly string[], note: Note): string[] {
  const row = rows.find((r) => r.get('municipalities') !== '');
  if (!row) return [];
  const out: string[] = [];
  for (const part of row
    .get('municipalities')
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (ALL.has(headerKey(part))) return [];
    const match = region.find((m) => foldText(m) === foldText(part));
    if (match) {
      if (!out.includes(match)) out.push(match);
    } else note(row.number, 'import.municipality-unknown', { value: part, suggestion: suggest(part, region) });
  }
  return out;
}

function postalCode(rows: readonly Row[], note: Note): string | undefined {
  const row = rows.find((r) => r.get('postal_code') !== '');
  if (!row) return undefined;
  const value = row.get('postal_code');
  // A spreadsheet that took 01067 for a number shows 1067: the leading zero is put back.
  const code = /^\d{4}$/.test(value) ? `0${value}` : value;
  if (/^\d{5}$/.test(code)) return code;
  note(row.number, 'import.bad-value', { column: 'postal_code', value });
  return undefined;
}

function website(rows: readonly Row[], note: Note): string | undefined {
  const row = rows.find((r) => r.get('website') !== '');
  if (!row) return undefined;
  const value = row.get('website');
  const url = /^www\./i.test(value) ? `https://${value}` : value;
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) return url;
  note(row.number, 'import.bad-value', { column: 'website', value });
  return undefined;
}

/** Languages spoken at the institution (`Türkisch, Arabisch` or `tr; ar`), as ISO 639-1 codes; German is not listed. */
function languagesOf(rows: readonly Row[], note: Note): string[] | undefined {
  const codes: string[] = [];
  for (const row of rows) {
    for (const word of row
      .get('languages')
      .split(/[,;/\n]+/)
      .map((w) => w.trim())
      .filter(Boolean)) {
      const code = languageCode(word);
      if (code === undefined) note(row.number, 'import.bad-value', { column: 'languages', value: word });
      else if (code !== 'de' && !codes.includes(code)) codes.push(code);
    }
  }
  return codes.length > 0 ? codes : undefined;
}

/** Offers by their titles (`Erziehungsberatung; Elternkurs`), each with the day of the import as the date of its German text. */
function offersOf(rows: readonly Row[], today: IsoDate): Record<string, Value>[] | undefined {
  const titles = [
    ...new Set(
      rows.flatMap((row) =>
        row
          .get('offers')
          .split(/[;\n]+/)
          .map((w) => w.trim().replace(/\s+/g, ' '))
          .filter(Boolean),
      ),
    ),
  ];
  return titles.length > 0 ? titles.map((title) => ordered({ title, updated: today }, KEY_ORDER.offer)) : undefined;
}

const PHONE = /^\+?[0-9][0-9 ()/.-]*[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1']);

/** The contact person of a row, or undefined when it names none; bad values are left out and noted. */
function personOf(row: Row, today: IsoDate, note: Note): Record<string, Value> | undefined {
  const name = (row.get('name') || [row.get('firstName'), row.get('lastName')].filter(Boolean).join(' ')).replace(/\s+/g, ' ');
  if (name === '') {
    if (['email', 'phone', 'mobile', 'function'].some((f) => row.get(f as Field) !== '')) note(row.number, 'import.no-name');
    return undefined;
  }
  const checked = (field: 'email' | 'phone' | 'mobile', test: RegExp) => {
    const value = field === 'email' ? row.get(field).replace(/^mailto:/i, '') : row.get(field).replace(/^(tel|telefon|mobil|handy)\.?:?\s*/i, '');
    if (value === '') return undefined;
    if (test.test(value)) return value;
    note(row.number, 'import.bad-value', { column: field, value });
    return undefined;
  };
  let visibility: Visibility = 'internal';
  const shown = row.get('visibility');
  if (shown !== '') {
    const found = VISIBILITIES.find((v) => headerKey(v) === headerKey(shown) || LANGS.some((l) => headerKey(VISIBILITY_LABELS[v][l]) === headerKey(shown)));
    if (found) visibility = found;
    else note(row.number, 'import.visibility-unknown', { value: shown });
  }
  const consent = dateOf(row.get('consent'));
  if (visibility === 'public' && consent === undefined) {
    // Public only with the date of consent (FORMAT.md): without it, the person goes to the network only.
    note(row.number, 'import.public-without-consent', { name });
    visibility = 'network';
  }
  return ordered(
    {
      name,
      function: row.get('function') || undefined,
      email: checked('email', EMAIL),
      phone: checked('phone', PHONE),
      mobile: checked('mobile', PHONE),
      insofa: YES.has(row.get('insofa').toLowerCase()) || undefined,
      visibility: visibility === 'internal' ? undefined : visibility,
      consent: visibility === 'public' ? consent : undefined,
      verified: today,
    },
    KEY_ORDER.contact,
  ) as Record<string, Value>;
}

/** `2026-03-13`, `13.03.2026` or `13.3.26` as an ISO date, if it is a real day. */
function dateOf(value: string): IsoDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  const date = iso ? value : de ? `${de[3]!.length === 2 ? `20${de[3]}` : de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : undefined;
  return date !== undefined && isRealDate(date) ? date : undefined;
}
