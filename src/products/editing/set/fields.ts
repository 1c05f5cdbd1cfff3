// What `netzwerk set` may change, per kind of entry, and how a value is read: as coordinators type
// it (values.ts: `15.03.2026`, `ja`, `Netzwerk`, "Freie Jugendhilfe"), checked here, written as the
// format wants it. An empty value (`consent=`) removes an optional field.
import { MEETING_STATUS_LABELS } from '../../../i18n/labels.js';
import { MEETING_STATUSES } from '../../../model/vocabulary.js';
import type { Value } from '../../../edit/types.js';
import { foldText } from '../../../model/slug.js';
import { VISIBILITY_LABELS } from '../../../i18n/labels.js';
import { VISIBILITIES } from '../../../model/vocabulary.js';
import { sectorOf } from '../sectors.js';
import { ACTOR_TYPE_LABELS } from '../../../i18n/labels-fruehe-hilfen.js';
import { ACTOR_TYPES } from '../../../model/fruehe-hilfen.js';
import { dateFrom, dateTimeFrom } from '../../../model/dates.js';
import { listValueFrom, STATUS_WORDS, VISIBILITY_WORDS, yesNoFrom } from '../values.js';

export type Kind = 'person' | 'partner' | 'meeting';

/** What a value became: the value to write, or `remove` for an empty value, or the kind of mistake. */
export type Parsed = { ok: true; value: Value | 'remove' } | { ok: false; expected: Expected };

/** The catalogue's word for what a field takes (`set.expected.<kind>`). */
type Expected =
  'date' | 'datetime' | 'yes-no' | 'visibility' | 'sector' | 'status' | 'email' | 'phone' | 'url' | 'text' | 'municipalities' | 'postal-code' | 'actor-type';

export interface FieldSpec {
  /** The kinds of entry that have the field. */
  kinds: readonly Kind[];
  /** Where the value goes: the key, or `address.street` inside a partner's address. */
  key: string;
  /** A field that must stay: an empty value is a mistake, not a removal. */
  required?: boolean;
  parse(text: string, context: { municipalities: readonly string[] }): Parsed;
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

const ALL_REGION = new Set(['alle', 'allekommunen', 'ganzeregion', 'gesamterkreis', 'all']);

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  name: { kinds: ['person', 'partner'], key: 'name', required: true, parse: text },
  title: { kinds: ['meeting'], key: 'title', required: true, parse: text },
  function: { kinds: ['person'], key: 'function', parse: text },
  email: { kinds: ['person', 'partner'], key: 'email', parse: pattern(EMAIL, 'email') },
  phone: { kinds: ['person', 'partner'], key: 'phone', parse: pattern(PHONE, 'phone') },
  mobile: { kinds: ['person'], key: 'mobile', parse: pattern(PHONE, 'phone') },
  visibility: { kinds: ['person'], key: 'visibility', parse: (t) => orBad(listValueFrom(t, VISIBILITIES, VISIBILITY_LABELS, VISIBILITY_WORDS), 'visibility') },
  consent: { kinds: ['person'], key: 'consent', parse: date },
  verified: { kinds: ['person'], key: 'verified', parse: date },
  insofa: { kinds: ['person'], key: 'insofa', parse: (t) => orBad(yesNoFrom(t), 'yes-no') },
  sector: { kinds: ['partner'], key: 'sector', required: true, parse: (t) => orBad(sectorOf(t), 'sector') },
  // The NZFH actor type (Frühe-Hilfen profile of the report): its key or its label, "kinderärztliche Praxen".
  actor_type: { kinds: ['partner'], key: 'actor_type', parse: (t) => orBad(listValueFrom(t, ACTOR_TYPES, ACTOR_TYPE_LABELS), 'actor-type') },
  joined: { kinds: ['partner'], key: 'joined', parse: date },
  left: { kinds: ['partner'], key: 'left', parse: date },
  website: {
    kinds: ['partner'],
    key: 'website',
    parse: (t) => (URL.test(/^www\./i.test(t) ? `https://${t}` : t) ? ok(/^www\./i.test(t) ? `https://${t}` : t) : bad('url')),
  },
  street: { kinds: ['partner'], key: 'address.street', parse: text },
  postal_code: { kinds: ['partner'], key: 'address.postal_code', parse: (t) => (/^\d{5}$/.test(t) ? ok(t) : bad('postal-code')) },
  city: { kinds: ['partner'], key: 'address.city', parse: text },
  municipalities: {
    kinds: ['partner'],
    key: 'municipalities',
    // A list of the region's municipalities; "alle" (or nothing) = the whole region, written by leaving the key out.
    parse: (t, { municipalities }) => {
      const parts = t
        .split(/[,;]/)
        .map((p) => p.trim())
        .filter(Boolean);
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
};

/** German and English names people type for the fields (`E-Mail=`, `Sichtbarkeit=`, `Datum=` …). */
const ALIASES: Record<string, string> = {
  sichtbarkeit: 'visibility',
  freigabe: 'visibility',
  einwilligung: 'consent',
  bestaetigt: 'verified',
  geprueft: 'verified',
  funktion: 'function',
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
  datum: 'date',
  beginn: 'start',
  ende: 'end',
  titel: 'title',
};

/** The field a user's word names (`E-Mail`, `email`, `Sichtbarkeit`, `postal-code`), or undefined. */
export function fieldNamed(word: string): string | undefined {
  const k = foldText(word).replace(/[^a-z_]/g, '');
  const plain = k.replace(/_/g, '');
  return Object.keys(FIELDS).find((f) => f === k || f.replace(/_/g, '') === plain) ?? ALIASES[plain];
}
