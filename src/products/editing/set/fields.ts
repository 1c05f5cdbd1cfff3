// What `netzwerk set` may change, per kind of entry, and how a value is read: as coordinators type
// it (values.ts: `15.03.2026`, `ja`, `Netzwerk`, "Freie Jugendhilfe"), checked here, written as the
// format wants it. An empty value (`consent=`) removes an optional field.
import {
  ACCESS_FEATURE_LABELS,
  MEETING_STATUS_LABELS,
  OFFER_AUDIENCE_LABELS,
  OFFER_COST_LABELS,
  SCHUTZKONZEPT_LABELS,
  type Labels,
} from '../../../i18n/labels.js';
import { ACCESS_FEATURES, MEETING_STATUSES, OFFER_AUDIENCES, OFFER_COSTS, SCHUTZKONZEPT_STATUSES } from '../../../model/vocabulary.js';
import type { Value } from '../../../edit/types.js';
import { languageCode } from '../../../model/languages.js';
import { foldText } from '../../../model/slug.js';
import { VISIBILITY_LABELS } from '../../../i18n/labels.js';
import { VISIBILITIES } from '../../../model/vocabulary.js';
import { sectorOf } from '../sectors.js';
import { ACTOR_TYPE_LABELS } from '../../../i18n/labels-fruehe-hilfen.js';
import { ACTOR_TYPES } from '../../../model/fruehe-hilfen.js';
import { dateFrom, dateTimeFrom } from '../../../model/dates.js';
import { hoursFrom, listValueFrom, STATUS_WORDS, teachingUnitsFrom, VISIBILITY_WORDS, yesNoFrom } from '../values.js';

export type Kind = 'person' | 'partner' | 'meeting' | 'offer';
export const KINDS: readonly Kind[] = ['person', 'partner', 'meeting', 'offer'];

/** What a value became: the value to write, or `remove` for an empty value, or the kind of mistake. */
export type Parsed = { ok: true; value: Value | 'remove' } | { ok: false; expected: Expected };

/** The catalogue's word for what a field takes (`set.expected.<kind>`). */
type Expected =
  | 'date'
  | 'datetime'
  | 'yes-no'
  | 'visibility'
  | 'salutation'
  | 'sector'
  | 'status'
  | 'email'
  | 'phone'
  | 'url'
  | 'text'
  | 'municipalities'
  | 'postal-code'
  | 'languages'
  | 'for'
  | 'ages'
  | 'cost'
  | 'access'
  | 'actor-type'
  | 'schutzkonzept'
  | 'hours'
  | 'teaching-units'
  | 'content';

export interface FieldSpec {
  /** The kinds of entry that have the field. */
  kinds: readonly Kind[];
  /** Where the value goes: the key, or `address.street` inside a partner's address. */
  key: string;
  /** A field that must stay: an empty value is a mistake, not a removal. */
  required?: boolean;
  parse(text: string, context: { municipalities: readonly string[]; kind: Kind }): Parsed;
}

const ok = (value: Value | 'remove'): Parsed => ({ ok: true, value });
const bad = (expected: Expected): Parsed => ({ ok: false, expected });
const orBad = <T extends Value>(value: T | undefined, expected: Expected): Parsed => (value === undefined ? bad(expected) : ok(value));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()/.-]*[0-9]$/;
const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

const text: FieldSpec['parse'] = (t) => ok(t);
const date: FieldSpec['parse'] = (t) => orBad(dateFrom(t), 'date');
const pattern =
  (re: RegExp, expected: Expected): FieldSpec['parse'] =>
  (t) =>
    re.test(t) ? ok(t) : bad(expected);

/** Values of a fixed list, separated by commas ("Eltern, Kinder"); empty removes. */
const listOf =
  <T extends string>(values: readonly T[], labels: Labels<T>, expected: Expected, words: Partial<Record<T, readonly string[]>> = {}): FieldSpec['parse'] =>
  (t) => {
    const found = splitList(t).map((w) => listValueFrom(w, values, labels, words));
    if (found.length === 0) return ok('remove');
    return found.every((v) => v !== undefined) ? ok([...new Set(found as T[])]) : bad(expected);
  };

const splitList = (t: string): string[] =>
  t
    .split(/[,;]/)
    .map((w) => w.trim())
    .filter(Boolean);

/** An age range as people write it: `3-6`, `3 bis 6`, `ab 12`, `bis 6`, `0–3 Jahre`. */
function agesFrom(t: string): Parsed {
  const s = foldText(t)
    .replace(/jahren?|j\.?$/g, '')
    .trim();
  const range = /^(\d{1,2})\s*(?:-|–|bis)\s*(\d{1,2})$/.exec(s);
  const from = /^ab\s*(\d{1,2})$/.exec(s);
  const to = /^(?:bis|unter)\s*(\d{1,2})$/.exec(s);
  if (range && Number(range[1]) <= Number(range[2])) return ok({ from: Number(range[1]), to: Number(range[2]) });
  if (from) return ok({ from: Number(from[1]) });
  if (to) return ok({ to: Number(to[1]) });
  return bad('ages');
}

const url: FieldSpec['parse'] = (t) => {
  const full = /^www\./i.test(t) ? `https://${t}` : t;
  return URL.test(full) ? ok(full) : bad('url');
};

const ALL_REGION = new Set(['alle', 'allekommunen', 'ganzeregion', 'gesamterkreis', 'all']);

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: { kinds: ['person', 'partner'], key: 'name', required: true, parse: text },
  title: { kinds: ['meeting', 'offer'], key: 'title', required: true, parse: text },
  function: { kinds: ['person'], key: 'function', parse: text },
  // How a letter greets the person: Frau or Herr (also "Herrn", "Ms", "Mr"); empty removes it.
  salutation: {
    kinds: ['person'],
    key: 'salutation',
    parse: (t) => {
      const word = foldText(t).replace(/[^a-z]/g, '');
      return ['frau', 'ms', 'mrs'].includes(word) ? ok('Frau') : ['herr', 'herrn', 'mr'].includes(word) ? ok('Herr') : bad('salutation');
    },
  },
  email: { kinds: ['person', 'partner'], key: 'email', parse: pattern(EMAIL, 'email') },
  phone: { kinds: ['person', 'partner'], key: 'phone', parse: pattern(PHONE, 'phone') },
  mobile: { kinds: ['person'], key: 'mobile', parse: pattern(PHONE, 'phone') },
  visibility: { kinds: ['person'], key: 'visibility', parse: (t) => orBad(listValueFrom(t, VISIBILITIES, VISIBILITY_LABELS, VISIBILITY_WORDS), 'visibility') },
  consent: { kinds: ['person'], key: 'consent', parse: date },
  verified: { kinds: ['person', 'partner'], key: 'verified', parse: date },
  insofa: { kinds: ['person'], key: 'insofa', parse: (t) => orBad(yesNoFrom(t), 'yes-no') },
  sector: { kinds: ['partner'], key: 'sector', required: true, parse: (t) => orBad(sectorOf(t), 'sector') },
  // The NZFH actor type (Frühe-Hilfen profile of the report): its key or its label, "kinderärztliche Praxen".
  actor_type: { kinds: ['partner'], key: 'actor_type', parse: (t) => orBad(listValueFrom(t, ACTOR_TYPES, ACTOR_TYPE_LABELS), 'actor-type') },
  joined: { kinds: ['partner'], key: 'joined', parse: date },
  left: { kinds: ['partner'], key: 'left', parse: date },
  schutzkonzept: {
    kinds: ['partner'],
    key: 'schutzkonzept.status',
    parse: (t) => orBad(listValueFrom(t, SCHUTZKONZEPT_STATUSES, SCHUTZKONZEPT_LABELS), 'schutzkonzept'),
  },
  schutzkonzept_since: { kinds: ['partner'], key: 'schutzkonzept.since', parse: date },
  schutzkonzept_review: { kinds: ['partner'], key: 'schutzkonzept.review', parse: date },
  website: { kinds: ['partner'], key: 'website', parse: url },
  street: { kinds: ['partner'], key: 'address.street', parse: text },
  postal_code: { kinds: ['partner'], key: 'address.postal_code', parse: (t) => (/^\d{5}$/.test(t) ? ok(t) : bad('postal-code')) },
  city: { kinds: ['partner'], key: 'address.city', parse: text },
  // The languages spoken at an institution besides German: codes or names ("tr, Arabisch"); empty removes.
  languages: {
    kinds: ['partner', 'offer'],
    key: 'languages',
    parse: (t) => {
      const codes = splitList(t).map(languageCode);
      return codes.every((c) => c !== undefined) ? ok([...new Set(codes.filter((c) => c !== 'de'))] as string[]) : bad('languages');
    },
  },
  updated: { kinds: ['partner', 'offer'], key: 'updated', parse: date },
  // A partner's offer (partners.yaml, offers[]): found by its title.
  description: { kinds: ['offer'], key: 'description', parse: text },
  for: { kinds: ['offer'], key: 'for', parse: listOf(OFFER_AUDIENCES, OFFER_AUDIENCE_LABELS, 'for', { fachkraefte: ['Fachleute', 'Fachkraft'] }) },
  ages: { kinds: ['offer'], key: 'ages', parse: agesFrom },
  cost: {
    kinds: ['offer'],
    key: 'cost',
    parse: (t) =>
      orBad(
        listValueFrom(t, OFFER_COSTS, OFFER_COST_LABELS, { kostenlos: ['gratis', 'frei', 'free'], gebuehr: ['kostenpflichtig', 'gebuehrenpflichtig'] }),
        'cost',
      ),
  },
  anonymous: { kinds: ['offer'], key: 'anonymous', parse: (t) => orBad(yesNoFrom(t), 'yes-no') },
  // An offer's opening hours (a text); a meeting's length as a qualification in hours (6 or 6,5).
  hours: { kinds: ['offer', 'meeting'], key: 'hours', parse: (t, { kind }) => (kind === 'meeting' ? orBad(hoursFrom(t), 'hours') : ok(t)) },
  accessibility: { kinds: ['offer'], key: 'accessibility', parse: listOf(ACCESS_FEATURES, ACCESS_FEATURE_LABELS, 'access') },
  url: { kinds: ['offer'], key: 'url', parse: url },
  municipalities: {
    kinds: ['partner', 'offer'],
    key: 'municipalities',
    // A list of the region's municipalities; "alle" (or nothing) = the whole region, written by leaving the key out.
    parse: (t, { municipalities }) => {
      const parts = splitList(t);
      if (parts.length === 0 || parts.some((p) => ALL_REGION.has(foldText(p).replace(/[^a-z]/g, '')))) return ok('remove');
      const found = parts.map((p) => municipalities.find((m) => foldText(m) === foldText(p)));
      return found.every((m) => m !== undefined) ? ok([...new Set(found as string[])]) : bad('municipalities');
    },
  },
  status: {
    kinds: ['meeting'],
    key: 'status',
    required: true,
    parse: (t) => orBad(listValueFrom(t, MEETING_STATUSES, MEETING_STATUS_LABELS, STATUS_WORDS), 'status'),
  },
  start: { kinds: ['meeting'], key: 'start', required: true, parse: (t) => orBad(dateTimeFrom(t), 'datetime') },
  end: { kinds: ['meeting'], key: 'end', parse: (t) => orBad(dateTimeFrom(t), 'datetime') },
  // The day of a meeting: its start moves to that day (the time stays), its end with it.
  date: { kinds: ['meeting'], key: 'start', required: true, parse: date },
  location: { kinds: ['meeting'], key: 'location', parse: text },
  online: { kinds: ['meeting'], key: 'online', parse: (t) => (URL.test(t) ? ok(t) : bad('url')) },
  teaching_units: {
    kinds: ['meeting'],
    key: 'teaching_units',
    parse: (t) => orBad(teachingUnitsFrom(t), 'teaching-units'),
  },
  // What the participants learnt, for the certificates: items separated by semicolons (a comma stays inside an item).
  learning_content: {
    kinds: ['meeting'],
    key: 'learning_content',
    parse: (t) => {
      const items = [
        ...new Set(
          t
            .split(';')
            .map((w) => w.trim())
            .filter(Boolean),
        ),
      ];
      return items.length === 0 ? ok('remove') : items.length > 50 ? bad('content') : ok(items);
    },
  },
};

/** The field of `set` that writes `key` (`address.city`, `schutzkonzept.since`, `email`) of an entry of this kind. */
export const fieldOfKey = (kind: Kind, key: string): string | undefined =>
  Object.keys(FIELDS).find((f) => FIELDS[f]!.key === key && FIELDS[f]!.kinds.includes(kind));

/** German and English names people type for the fields (`E-Mail=`, `Sichtbarkeit=`, `Datum=` …). */
const ALIASES: Record<string, string> = {
  sichtbarkeit: 'visibility',
  freigabe: 'visibility',
  einwilligung: 'consent',
  bestaetigt: 'verified',
  geprueft: 'verified',
  funktion: 'function',
  anrede: 'salutation',
  mail: 'email',
  emailadresse: 'email',
  telefon: 'phone',
  tel: 'phone',
  mobil: 'mobile',
  handy: 'mobile',
  bereich: 'sector',
  akteurstyp: 'actor_type',
  akteur: 'actor_type',
  kommunen: 'municipalities',
  kommune: 'municipalities',
  beitritt: 'joined',
  austritt: 'left',
  ausgetreten: 'left',
  webseite: 'website',
  internet: 'website',
  strasse: 'street',
  plz: 'postal_code',
  ort: 'city',
  sprachen: 'languages',
  aktualisiert: 'updated',
  datum: 'date',
  beginn: 'start',
  ende: 'end',
  titel: 'title',
  beschreibung: 'description',
  fuer: 'for',
  zielgruppe: 'for',
  alter: 'ages',
  kosten: 'cost',
  anonym: 'anonymous',
  sprechzeiten: 'hours',
  oeffnungszeiten: 'hours',
  zeiten: 'hours',
  barrierefreiheit: 'accessibility',
  barrierefrei: 'accessibility',
  link: 'url',
  stunden: 'hours',
  unterrichtseinheiten: 'teaching_units',
  ue: 'teaching_units',
  lerninhalte: 'learning_content',
  inhalte: 'learning_content',
};

/** The field a user's word names (`E-Mail`, `email`, `Sichtbarkeit`, `postal-code`), or undefined. */
export function fieldNamed(word: string): string | undefined {
  const k = foldText(word).replace(/[^a-z_]/g, '');
  const plain = k.replace(/_/g, '');
  return Object.keys(FIELDS).find((f) => f === k || f.replace(/_/g, '') === plain) ?? ALIASES[plain];
}
