// From a coordinator's table to new partners and contacts, and to changes of those the network
// already has: pure, from the rows, the network and the options. Rows of the same institution
// become one partner with several contacts; a row of a person or institution the network has is
// compared field by field (a change, applied with --update, or "already there"); a new institution
// whose name is close to one the network has is a probable duplicate (added only with
// --allow-similar); every value that cannot be taken over is reported by row, with a suggestion
// where there is one, and left out (the rest of the row still counts). Nothing is invented: no
// date of confirmation without a column for it, no "whole region" for a place outside the region.
import { KEY_ORDER, ordered } from '../../../edit/order.js';
import { uniqueId } from '../../../edit/ids.js';
import type { Value } from '../../../edit/types.js';
import type { Code, Params } from '../../../i18n/catalogue.js';
import { VISIBILITY_LABELS } from '../../../i18n/labels.js';
import type { IsoDate, Model, Origin, Partner } from '../../../model/types.js';
import type { Sector, Visibility } from '../../../model/vocabulary.js';
import { VISIBILITIES } from '../../../model/vocabulary.js';
import { nameKey } from '../../../model/match.js';
import { languageCode } from '../../../model/languages.js';
import { foldText } from '../../../model/slug.js';
import { suggest } from '../../../suggest.js';
import { unneutralise } from '../../../formats/csv-cells.js';
import { findColumns, headerKey, type Columns } from '../../../load/table-columns.js';
import { dateFrom } from '../../../model/dates.js';
import { listValueFrom, VISIBILITY_WORDS, yesNoFrom } from '../values.js';
import { mentionsInsofa, sectorFromName, sectorOf, sectorsIn, suggestSector } from '../sectors.js';
import { similarName } from './similar.js';

/**
 * What a column may hold, by the words of its header (headerKey form). The order matters for a
 * header of several words: "E-Mail Ansprechpartner" is an e-mail column, "Name der Einrichtung" the
 * institution's.
 */
const FIELDS = {
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'emaildienstlich'],
  mobile: ['mobil', 'mobile', 'handy', 'mobiltelefon', 'mobilnummer', 'handynummer', 'mobilephone'],
  phone: ['telefon', 'tel', 'telefonnummer', 'phone', 'festnetz', 'telefondienstlich', 'telephone', 'fon', 'rufnummer'],
  website: ['webseite', 'website', 'homepage', 'internet', 'internetseite', 'internetadresse', 'url', 'web'],
  postal_code: ['plz', 'postleitzahl', 'postalcode', 'zip', 'zipcode', 'postcode'],
  visibility: ['sichtbarkeit', 'visibility', 'freigabe', 'veroeffentlichung'],
  consent: ['einwilligung', 'einwilligungam', 'consent'],
  verified: ['stand', 'geprueftam', 'geprueft', 'bestaetigtam', 'bestaetigt', 'verified', 'verifiedon', 'aktualisiertam', 'letzteaktualisierung'],
  insofa: ['insofa', 'ief', 'insoweiterfahrenefachkraft', 'kinderschutzfachkraft'],
  municipalities: [
    'kommune',
    'kommunen',
    'gemeinde',
    'gemeinden',
    'municipality',
    'municipalities',
    'zustaendigfuer',
    'zustaendigkeit',
    'einzugsgebiet',
    'serves',
  ],
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
  sector: [
    'sektor',
    'sector',
    'bereich',
    'arbeitsbereich',
    'arbeitsfeld',
    'handlungsfeld',
    'fachbereich',
    'kategorie',
    'einrichtungsart',
    'einrichtungstyp',
    'artdereinrichtung',
    'art',
    'typ',
  ],
  firstName: ['vorname', 'firstname', 'givenname'],
  lastName: ['nachname', 'familienname', 'lastname', 'surname'],
  name: ['ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'kontaktperson', 'kontakt', 'name', 'person', 'vorundnachname', 'contact', 'contactperson'],
  function: ['funktion', 'function', 'position', 'rolle', 'aufgabe', 'stelle', 'role', 'taetigkeit'],
  street: ['strasse', 'str', 'strasseundhausnummer', 'strassehausnummer', 'anschrift', 'adresse', 'street', 'address'],
  city: ['ort', 'stadt', 'city', 'town', 'wohnort', 'sitz'],
  remarks: ['bemerkung', 'bemerkungen', 'anmerkung', 'anmerkungen', 'notiz', 'notizen', 'hinweis', 'hinweise', 'kommentar', 'remarks', 'notes'],
  languages: ['sprachen', 'sprache', 'fremdsprachen', 'languages', 'language', 'gesprochenesprachen'],
  offers: ['angebote', 'angebot', 'leistungen', 'offers', 'services'],
} as const;
type Field = keyof typeof FIELDS;

/** The fields a row of a person or an institution the network has is compared by. */
type ChangedField = 'visibility' | 'consent' | 'function' | 'email' | 'phone' | 'mobile' | 'insofa' | 'verified' | 'municipalities' | 'address';

interface ImportNote {
  /** The row as the spreadsheet numbers it (1 = the first line). */
  row: number;
  code: Code;
  params: Params;
}

interface NewPartner {
  id: string;
  entry: Record<string, Value>;
  contacts: Record<string, Value>[];
  rows: number[];
}

/** A change of an entry the network has, field by field (before → after as written). */
export interface Update {
  row: number;
  kind: 'person' | 'partner';
  name: string;
  /** The partner (the person's, or itself). */
  partner: Partner;
  origin: Origin;
  order: readonly string[];
  changes: { field: ChangedField; before: Value | undefined; after: Value }[];
}

export interface ImportOptions {
  today: IsoDate;
  /** The visibility of a person whose row says none (no column, or an empty cell), as chosen (--visibility, or asked); internal when not chosen. */
  visibility?: 'internal' | 'network';
  /** Add a new institution whose name is close to one the network has. */
  allowSimilar: boolean;
}

export interface ImportPlan {
  columns: Columns<Field>;
  /** A column of the table says who may see each person. */
  visibilityColumn: boolean;
  newPartners: NewPartner[];
  /** New contact persons of partners the network already has. */
  newContacts: { partner: Partner; entries: Record<string, Value>[]; rows: number[] }[];
  updates: Update[];
  /** Rows of persons or institutions the network has, with nothing new in them. */
  unchanged: number[];
  notes: ImportNote[];
  /** Rows with content below the header. */
  rows: number;
}

interface Row {
  number: number;
  get(field: Field): string;
}

/** Whether the table has a column that says who may see each person (Sichtbarkeit, Freigabe …). */
export const visibilityColumnIn = (table: readonly (readonly string[])[]): boolean => findColumns(table, FIELDS)?.index.visibility !== undefined;

/** Reads a table's rows into a plan; undefined when no header row names an institution. */
export function planImport(table: readonly (readonly string[])[], model: Model, options: ImportOptions): ImportPlan | undefined {
  const columns = findColumns(table, FIELDS);
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
  // Every person the network has by e-mail address, and by name per partner.
  const byEmail = new Map<string, { partner: Partner; index: number }>();
  model.partners.forEach((p) => p.contacts.forEach((c, index) => c.email && byEmail.set(c.email.toLowerCase(), { partner: p, index })));
  const coordinatorEmails = new Map(model.network.coordinators.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c]));
  const seenEmails = new Map<string, number>(); // in this table: e-mail → row
  const region = model.network.region;
  const context: Context = { options, note, region: { municipalities: region.municipalities, postalCodes: region.postal_codes ?? {} } };

  const plan: ImportPlan = {
    columns,
    visibilityColumn: columns.index.visibility !== undefined,
    newPartners: [],
    newContacts: [],
    updates: [],
    unchanged: [],
    notes,
    rows: count,
  };
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const organisation = first.get('organisation').replace(/\s+/g, ' ');
    const existing = existingByName.get(foldText(organisation));
    if (!existing && !options.allowSimilar) {
      const similar = model.partners.find((p) => similarName(p.name, organisation));
      if (similar) {
        note(first.number, 'import.similar', { organisation, existing: similar.name, id: similar.id });
        continue;
      }
    }
    // The institution's own fields: new for a new partner, compared for one the network has.
    const municipalities = municipalitiesOf(rows, context);
    if (municipalities === 'outside' && !existing) continue;
    const address = ordered({ street: pick(rows, 'street'), postal_code: postalCode(rows, note), city: pick(rows, 'city') }, KEY_ORDER.address) as Record<
      string,
      Value
    >;
    const people: Record<string, Value>[] = [];
    const peopleRows: number[] = [];
    const known = new Map((existing?.contacts ?? []).map((c, index) => [nameKey(c.name), index]));
    const added = new Map<string, number>(); // a name's key → the row that added it
    let changedRow = false;
    for (const row of rows) {
      const person = personOf(row, context);
      if (!person) continue;
      const name = String(person.name);
      const email = typeof person.email === 'string' ? person.email.toLowerCase() : undefined;
      if (email && seenEmails.has(email)) {
        note(row.number, 'import.duplicate-row', { name, first: seenEmails.get(email) });
        continue;
      }
      const key = nameKey(name);
      const firstRow = added.get(key);
      if (firstRow !== undefined) {
        note(row.number, 'import.duplicate-row', { name, first: firstRow });
        continue;
      }
      if (email) seenEmails.set(email, row.number);
      added.set(key, row.number);
      // The person the network has: by address anywhere, else by name at this institution.
      const at = email ? byEmail.get(email) : undefined;
      const index = at ? at.index : existing ? known.get(key) : undefined;
      const partner = at ? at.partner : existing;
      if (index !== undefined && partner) {
        const contact = partner.contacts[index]!;
        const changes = personChanges(contact as unknown as Record<string, unknown>, person, {
          said: row.get('visibility') !== '',
          chosen: options.visibility,
        });
        if (changes.length > 0) {
          plan.updates.push({ row: row.number, kind: 'person', name: contact.name, partner, origin: contact.origin, order: KEY_ORDER.contact, changes });
          changedRow = true;
        } else plan.unchanged.push(row.number);
        continue;
      }
      if (email && coordinatorEmails.has(email)) {
        plan.unchanged.push(row.number);
        continue;
      }
      people.push(person);
      peopleRows.push(row.number);
    }
    if (existing) {
      // Persons put with a sample of `init` reach no output until the sample is made real.
      if (existing.sample) note(first.number, 'import.sample-partner', { organisation: existing.name, file: existing.origin.file });
      const changes = partnerChanges(existing, municipalities === 'outside' ? undefined : municipalities, address);
      if (changes.length > 0)
        plan.updates.push({
          row: first.number,
          kind: 'partner',
          name: existing.name,
          partner: existing,
          origin: existing.origin,
          order: KEY_ORDER.partner,
          changes,
        });
      else if (people.length === 0 && !changedRow && !plan.unchanged.includes(first.number)) plan.unchanged.push(first.number);
      if (people.length > 0) plan.newContacts.push({ partner: existing, entries: people, rows: peopleRows });
      continue;
    }
    const sector = sectorFor(rows, organisation, note);
    if (!sector) continue;
    const id = uniqueId(organisation, partnerIds);
    partnerIds.add(id);
    const entry = ordered(
      {
        id,
        name: organisation,
        sector,
        municipalities: municipalities === 'outside' ? undefined : municipalities,
        address: Object.keys(address).length > 0 ? address : undefined,
        website: website(rows, note),
        joined: options.today,
        languages: languagesOf(rows, note),
        offers: offersOf(rows, options.today),
        contacts: people.length > 0 ? people : undefined,
      },
      KEY_ORDER.partner,
    ) as Record<string, Value>;
    plan.newPartners.push({ id, entry, contacts: people, rows: rows.map((r) => r.number) });
  }
  notes.sort((a, b) => a.row - b.row);
  plan.unchanged.sort((a, b) => a - b);
  return plan;
}

type Note = (row: number, code: Code, params?: Params) => void;

interface Context {
  options: ImportOptions;
  note: Note;
  region: { municipalities: readonly string[]; postalCodes: Readonly<Record<string, readonly string[]>> };
}

/** A cell as text: trimmed, without the apostrophe a CSV export puts before a formula-like or digits-only cell. */
function clean(cell: string): string {
  return unneutralise(cell.replace(/\r\n?/g, '\n').trim()).trim();
}

const pick = (rows: readonly Row[], field: Field): string | undefined => rows.map((r) => r.get(field)).find((v) => v !== '');

function sectorFor(rows: readonly Row[], organisation: string, note: Note): Sector | undefined {
  const row = rows.find((r) => r.get('sector') !== '');
  if (row) {
    const value = row.get('sector');
    const sector = sectorOf(value);
    if (sector) return sector;
    // A cell that names two fields ("Frühförderung / Eingliederungshilfe"): the best of them.
    const named = sectorsIn(value);
    if (named.length > 0) {
      if (named.length > 1) note(row.number, 'import.sector-chosen', { value, sector: named[0] });
      return named[0];
    }
    note(row.number, 'import.sector-unknown', { value, organisation, suggestion: suggestSector(value) ?? sectorFromName(organisation) });
    return undefined;
  }
  const guessed = sectorFromName(organisation);
  if (guessed) return guessed;
  note(rows[0]!.number, 'import.sector-missing', { organisation });
  return undefined;
}

const ALL = new Set(['alle', 'allekommunen', 'all', 'allmunicipalities', 'ganzeregion', 'wholeregion', 'gesamterkreis', 'kreisweit']);

/**
 * The municipalities an institution serves: from a column for them ("Kommune", "Zuständig für";
 * "alle" = the whole region), else, in a region of several municipalities, from its place (Ort) or
 * postal code matched against the region (and region.postal_codes). A place outside the region is
 * reported and gives `outside`: a new institution is then not added, rather than claimed for the
 * whole region.
 */
function municipalitiesOf(rows: readonly Row[], { region, note }: Context): string[] | undefined | 'outside' {
  const row = rows.find((r) => r.get('municipalities') !== '');
  if (row) {
    const out: string[] = [];
    for (const part of row
      .get('municipalities')
      .split(/[,;\n]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      // "ganze Region", also as the directory writes it: "ganze Region (Kreis Wesel)"
      if (ALL.has(headerKey(part.replace(/\s*\(.*\)$/, '')))) return undefined;
      const match = region.municipalities.find((m) => foldText(m) === foldText(part));
      if (match) {
        if (!out.includes(match)) out.push(match);
      } else note(row.number, 'import.municipality-unknown', { value: part, suggestion: suggest(part, region.municipalities) });
    }
    return out.length > 0 ? out : undefined;
  }
  if (region.municipalities.length < 2) return undefined;
  const placeRow = rows.find((r) => r.get('city') !== '' || r.get('postal_code') !== '');
  if (!placeRow) return undefined;
  const city = placeRow.get('city');
  const code = placeRow.get('postal_code').padStart(5, '0');
  const byCity = region.municipalities.find((m) => city !== '' && foldText(m) === foldText(city.replace(/^\d{5}\s+/, '')));
  const byCode = Object.entries(region.postalCodes).find(([, codes]) => codes.includes(code))?.[0];
  const found = byCity ?? byCode;
  if (found) return [found];
  note(placeRow.number, 'import.place-outside', {
    place: [placeRow.get('postal_code'), city].filter(Boolean).join(' '),
    region: region.municipalities.join(', '),
  });
  return 'outside';
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

/** The contact person of a row, or undefined when it names none; bad values are left out and noted. */
function personOf(row: Row, { options, note }: Context): Record<string, Value> | undefined {
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
  let visibility: Visibility = options.visibility ?? 'internal';
  const shown = row.get('visibility');
  if (shown !== '') {
    const found = listValueFrom(shown, VISIBILITIES, VISIBILITY_LABELS, VISIBILITY_WORDS);
    if (found) visibility = found;
    else note(row.number, 'import.visibility-unknown', { value: shown, default: visibility });
  }
  const consent = dateFrom(row.get('consent'));
  if (visibility === 'public' && consent === undefined) {
    // Public only with the date of consent (FORMAT.md): without it, the person goes to the network only.
    note(row.number, 'import.public-without-consent', { name });
    visibility = 'network';
  }
  const verifiedText = row.get('verified');
  const verified = verifiedText === '' ? undefined : dateFrom(verifiedText);
  if (verifiedText !== '' && verified === undefined) note(row.number, 'import.bad-value', { column: 'verified', value: verifiedText });
  const insofaCell = row.get('insofa');
  const insofa =
    (insofaCell !== '' && (yesNoFrom(insofaCell) ?? mentionsInsofa(insofaCell))) || mentionsInsofa(row.get('function')) || mentionsInsofa(row.get('remarks'));
  return ordered(
    {
      name,
      function: row.get('function') || undefined,
      email: checked('email', EMAIL),
      phone: checked('phone', PHONE),
      mobile: checked('mobile', PHONE),
      insofa: insofa || undefined,
      visibility: visibility === 'internal' ? undefined : visibility,
      consent: visibility === 'public' ? consent : undefined,
      verified,
    },
    KEY_ORDER.contact,
  ) as Record<string, Value>;
}

const PERSON_FIELDS = ['function', 'email', 'phone', 'mobile', 'insofa', 'verified'] as const;

/**
 * What a row says differently about a person the network has. A field the row leaves empty is
 * no change (a list without phone numbers does not delete them). Visibility: as the row's cell
 * says it; a level chosen for the whole list (--visibility network) only raises an internal
 * person, never lowers one the network may already see or the public.
 */
function personChanges(
  contact: Record<string, unknown>,
  person: Record<string, Value>,
  o: { said: boolean; chosen: 'internal' | 'network' | undefined },
): Update['changes'] {
  const changes: Update['changes'] = [];
  for (const field of PERSON_FIELDS) {
    const after = person[field];
    if (after === undefined || after === contact[field]) continue;
    if (field === 'verified' && typeof contact.verified === 'string' && String(after) <= contact.verified) continue;
    changes.push({ field, before: contact[field] as Value | undefined, after });
  }
  const visibility = (person.visibility as Visibility | undefined) ?? 'internal';
  const raise = !o.said && o.chosen === 'network' && contact.visibility === 'internal';
  if ((o.said || raise) && visibility !== contact.visibility) changes.push({ field: 'visibility', before: contact.visibility as Value, after: visibility });
  if (o.said && person.consent !== undefined && person.consent !== contact.consent)
    changes.push({ field: 'consent', before: contact.consent as Value | undefined, after: person.consent });
  return changes;
}

/** What the rows say differently about an institution the network has: its municipalities and address. */
function partnerChanges(p: Partner, municipalities: string[] | undefined, address: Record<string, Value>): Update['changes'] {
  const changes: Update['changes'] = [];
  if (municipalities && municipalities.join('\u0000') !== (p.municipalities ?? []).join('\u0000'))
    changes.push({ field: 'municipalities', before: p.municipalities, after: municipalities });
  const current = (p.address ?? {}) as Record<string, unknown>;
  if (Object.entries(address).some(([k, v]) => v !== current[k]))
    changes.push({ field: 'address', before: p.address as unknown as Value, after: { ...current, ...address } as Value });
  return changes;
}
