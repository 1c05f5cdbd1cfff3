// Shape check: each file's data against the JSON Schemas in schemas/, errors mapped back to
// YAML positions and put into words a coordinator can act on.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Lang } from '../i18n/lang.js';
import type { Params } from '../i18n/messages.js';
import { sourceText } from '../load/locate.js';
import { describeTopLevel, type ParsedFile } from '../load/parse-yaml.js';
import type { Origin } from '../model/types.js';
import type { Collection } from '../model/vocabulary.js';
import { suggest } from '../suggest.js';
import * as generated from './generated/validators.js';
import type { Reporter } from './reporter.js';

export type Kind = 'network' | Collection;

/**
 * The schemas compiled at build time (scripts/build-validators.mjs: ajv standalone code with
 * allErrors and verbose, so every error carries `data` and `parentSchema`): no ajv compiler at start.
 */
const VALIDATORS = generated as unknown as Record<Kind, ValidateFunction>;

export interface ShapedItem {
  value: Record<string, unknown>;
  origin: Origin;
}

/** Checks one file; returns the items that have the right shape (the others are reported). */
export function checkShape(parsed: ParsedFile, kind: Kind, reporter: Reporter): ShapedItem[] {
  const { value, file } = parsed;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  let items: ShapedItem[];
  if (kind === 'network') {
    if (!isObject(value)) return shapeError(parsed, kind, reporter);
    items = [{ value, origin: { file, path: [] } }];
  } else if (Array.isArray(value)) {
    items = value.map((v, i) => ({ value: v as Record<string, unknown>, origin: { file, path: [i] } }));
  } else if (isObject(value)) {
    items = [{ value, origin: { file, path: [] } }];
  } else return shapeError(parsed, kind, reporter);

  const validate = VALIDATORS[kind];
  return items.filter((item) => {
    if (validate(item.value)) return true;
    for (const err of validate.errors ?? []) reportSchemaError(err, parsed, item.origin, reporter);
    return false;
  });
}

function shapeError(parsed: ParsedFile, kind: Kind, reporter: Reporter): ShapedItem[] {
  const de = reporter.lang === 'de';
  const expected: Record<Kind, string> = de
    ? { network: 'die Angaben zum Netzwerk (id, name, region …)', partners: 'eine Liste von Partnern oder einen einzelnen Partner', meetings: 'eine Liste von Veranstaltungen oder eine einzelne Veranstaltung', agreements: 'eine Liste von Vereinbarungen oder eine einzelne Vereinbarung' }
    : { network: 'the network (id, name, region …)', partners: 'a list of partners or a single partner', meetings: 'a list of meetings or a single meeting', agreements: 'a list of agreements or a single agreement' };
  reporter.add('error', parsed.file, [], 'file-shape', { expected: expected[kind], actual: describeTopLevel(parsed.doc, reporter.lang) });
  return [];
}

const DEFINITION_CODES: Record<string, string> = {
  id: 'invalid-id',
  date: 'invalid-date',
  date_or_datetime: 'invalid-datetime',
  phone: 'invalid-phone',
  postal_code: 'invalid-postal-code',
  url: 'invalid-url',
  email: 'invalid-email',
};

const ENUM_NOUNS: Record<string, Record<Lang, string>> = {
  sector: { de: 'kein Sektor', en: 'not a sector' },
  sectors: { de: 'kein Sektor', en: 'not a sector' },
  meeting_type: { de: 'keine Art von Veranstaltung', en: 'not a meeting type' },
  category: { de: 'keine Kategorie nach § 9 Abs. 4 LKiSchG', en: 'not a category of § 9 (4) LKiSchG' },
  required_categories: { de: 'keine Kategorie nach § 9 Abs. 4 LKiSchG', en: 'not a category of § 9 (4) LKiSchG' },
  visibility: { de: 'keine Sichtbarkeit', en: 'not a visibility' },
  status: { de: 'kein Status', en: 'not a status' },
  type: { de: 'keine Art', en: 'not a type' },
};

function reportSchemaError(err: ErrorObject, parsed: ParsedFile, origin: Origin, reporter: Reporter): void {
  const lang = reporter.lang;
  const sub = err.instancePath === '' ? [] : err.instancePath.slice(1).split('/').map(unescapePointer).map(numeric);
  const path = [...origin.path, ...sub];
  const add = (code: string, params: Params, options: { key?: boolean; shownPath?: (string | number)[] } = {}) =>
    reporter.add('error', parsed.file, options.shownPath && options.key ? options.shownPath : path, code, params, options);
  const lastKey = String(sub.filter((s) => typeof s === 'string').at(-1) ?? '');
  const schemaSegments = err.schemaPath.split('/');
  const definition = schemaSegments[1] === 'definitions' ? schemaSegments[2] : undefined;

  switch (err.keyword) {
    case 'required': {
      const key = (err.params as { missingProperty: string }).missingProperty;
      add('required', { key }, { shownPath: [...path, key] });
      return;
    }
    case 'additionalProperties': {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((err.parentSchema?.properties ?? {}) as object);
      add('unknown-property', { key, suggestion: suggest(key, allowed), allowed: allowed.join(', ') }, { key: true, shownPath: [...path, key] });
      return;
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const nounKey = schemaSegments.filter((s) => s !== 'enum' && s !== 'items').at(-1) ?? '';
      const what = ENUM_NOUNS[nounKey]?.[lang] ?? ENUM_NOUNS[lastKey]?.[lang] ?? (lang === 'de' ? 'kein gültiger Wert' : 'not a valid value');
      add('invalid-value', { value: shorten(String(err.data)), what, suggestion: typeof err.data === 'string' ? suggest(err.data, allowed) : undefined, allowed: allowed.join(', ') });
      return;
    }
    case 'type': {
      const expected = (err.params as { type: string }).type;
      if (expected === 'string' && (typeof err.data === 'number' || typeof err.data === 'boolean')) {
        const source = sourceText(parsed, path) ?? String(err.data);
        const lost = String(err.data) !== source ? String(err.data) : undefined;
        add('quote-number', { key: lastKey || String(sub.at(-1) ?? ''), source, lost });
        return;
      }
      add('wrong-type', { expected: typeNoun(expected, lang), actual: typeNoun(jsonType(err.data), lang) });
      return;
    }
    case 'pattern':
    case 'format': {
      const code = (definition && DEFINITION_CODES[definition]) ?? (err.keyword === 'format' ? formatCode(String((err.params as { format: string }).format)) : undefined);
      if (code) {
        add(code, { value: shorten(String(err.data)) });
        return;
      }
      break;
    }
    case 'minimum':
      add('too-small', { value: shorten(String(err.data)), limit: (err.params as { limit: number }).limit });
      return;
    case 'minItems':
      add('empty-list', {});
      return;
    case 'minLength':
      add('empty-text', {});
      return;
    case 'uniqueItems': {
      const { i } = err.params as { i: number; j: number };
      const list = err.data as unknown[];
      add('duplicate-entry', { value: String(list[i]) });
      return;
    }
  }
  add('schema', { detail: `${err.keyword}: ${err.message ?? ''}` });
}

/** A value quoted in a message: a 1 MB line in the data must not become a 1 MB message. */
const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);

const formatCode = (format: string) => (format === 'email' ? 'invalid-email' : format === 'uri' ? 'invalid-url' : undefined);

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const TYPE_NOUNS: Record<string, Record<Lang, string>> = {
  string: { de: 'ein Text', en: 'text' },
  integer: { de: 'eine ganze Zahl', en: 'a whole number' },
  number: { de: 'eine Zahl', en: 'a number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  array: { de: 'eine Liste (Zeilen, die mit „- “ beginnen)', en: 'a list (lines starting with "- ")' },
  object: { de: 'ein Eintrag mit Angaben der Form „schlüssel: wert“', en: 'an entry of the form "key: value"' },
  null: { de: 'nichts (der Wert ist leer)', en: 'nothing (the value is empty)' },
};

const typeNoun = (type: string, lang: Lang) => TYPE_NOUNS[type]?.[lang] ?? type;

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

function numeric(seg: string): string | number {
  return /^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg;
}
