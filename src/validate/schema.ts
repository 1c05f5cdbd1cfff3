// Shape check: each file's data against the JSON Schemas in schemas/, errors mapped back to
// YAML positions and put into words a coordinator can act on.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Lang } from '../i18n/lang.js';
import { hasText, t, type Code, type Params } from '../i18n/catalogue.js';
import { sourceText } from '../load/locate.js';
import { describeTopLevel, type ParsedFile } from '../load/parse-yaml.js';
import type { ItemKind, RawItem, ShapedItem } from '../model/types.js';
import { suggest } from '../suggest.js';
import * as generated from './generated/validators.js';
import { chosenBranches } from './any-of.js';
import type { Reporter } from './reporter.js';
import { enumValueOf, hintFor, withoutFollowOns, type ReferenceIndex } from './suggest-value.js';

export type Kind = ItemKind;

/**
 * The schemas compiled at build time (scripts/build-validators.mjs: ajv standalone code with
 * allErrors and verbose, so every error carries `data` and `parentSchema`): no ajv compiler at start.
 */
const VALIDATORS = generated as unknown as Record<Kind, ValidateFunction>;

export type { RawItem, ShapedItem } from '../model/types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The items of a file: each entry of a list, or the one entry; undefined when the file holds neither. */
function itemsOf(parsed: ParsedFile, kind: Kind): ShapedItem[] | undefined {
  const { value, file } = parsed;
  if (kind === 'network') return isObject(value) ? [{ value, origin: { file, path: [] } }] : undefined;
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v as Record<string, unknown>, origin: { file, path: [i] } }));
  return isObject(value) ? [{ value, origin: { file, path: [] } }] : undefined;
}

/**
 * Checks one file: `shaped` are the items with the right shape; the others are reported and
 * returned as `failed` (their plain values, for the answers that read whatever there is).
 * `index` (the ids and names of every item) lets a message name the id a reference meant.
 */
export function checkShape(parsed: ParsedFile, kind: Kind, reporter: Reporter, index?: ReferenceIndex): { shaped: ShapedItem[]; failed: RawItem[] } {
  const items = itemsOf(parsed, kind);
  if (!items) {
    shapeError(parsed, kind, reporter);
    return { shaped: [], failed: [{ value: parsed.value, origin: { file: parsed.file, path: [] }, kind }] };
  }
  const validate = VALIDATORS[kind];
  const shaped: ShapedItem[] = [];
  const failed: RawItem[] = [];
  for (const item of items) {
    if (validate(item.value)) {
      shaped.push(item);
      continue;
    }
    const errors = withoutFollowOns(chosenBranches((validate.errors ?? []).filter((err) => !isEditorRule(err))));
    for (const err of errors) reportSchemaError(err, parsed, item, reporter, index);
    if (errors.length === 0) shaped.push(item);
    else failed.push({ ...item, kind });
  }
  return { shaped, failed };
}

/**
 * The schemas' if/then branches repeat a rule of rules.ts for the editor, which knows no other
 * rules (a public contact needs consent). The rule itself says it better and in the user's
 * language, so here such a branch is no schema error and does not keep the item from the model.
 */
const isEditorRule = (err: ErrorObject) => err.keyword === 'if' || /\/(then|else)\//.test(err.schemaPath);

function shapeError(parsed: ParsedFile, kind: Kind, reporter: Reporter): void {
  const expected = t(reporter.lang, `expected.${kind}`);
  reporter.add('error', parsed.file, [], 'file-shape', { expected, actual: describeTopLevel(parsed.value, reporter.lang) });
}

const DEFINITION_CODES: Record<string, Code> = {
  id: 'invalid-id',
  date: 'invalid-date',
  date_or_datetime: 'invalid-datetime',
  phone: 'invalid-phone',
  postal_code: 'invalid-postal-code',
  official_key: 'invalid-official-key',
  url: 'invalid-url',
  email: 'invalid-email',
};

/** The word for what an enum value is not, by the schema's name for the list: `not.sector` … */
const ENUM_NOUNS: Record<string, Code> = {
  sector: 'not.sector',
  sectors: 'not.sector',
  meeting_type: 'not.meeting_type',
  activity_type: 'not.activity_type',
  actor_type: 'not.actor_type',
  network_kind: 'not.network_kind',
  category: 'not.category',
  required_categories: 'not.category',
  visibility: 'not.visibility',
  status: 'not.status',
  type: 'not.type',
};

function reportSchemaError(err: ErrorObject, parsed: ParsedFile, { origin, value: item }: ShapedItem, reporter: Reporter, index?: ReferenceIndex): void {
  const lang = reporter.lang;
  const sub = err.instancePath === '' ? [] : err.instancePath.slice(1).split('/').map(unescapePointer).map(numeric);
  const path = [...origin.path, ...sub];
  const add = (code: Code, params: Params, options: { key?: boolean; shownPath?: (string | number)[] } = {}) =>
    reporter.add('error', parsed.file, options.shownPath && options.key ? options.shownPath : path, code, params, options);
  const lastKey = String(sub.filter((s) => typeof s === 'string').at(-1) ?? '');
  const schemaSegments = err.schemaPath.split('/');
  const definition = schemaSegments[1] === 'definitions' ? schemaSegments[2] : undefined;
  // What was meant, where it can be told (suggest-value.ts): the ISO date, true for „ja“, the slug …
  const hint = hintFor(err, item, index);
  if (hint) {
    add(hint.code, hint.params, hint.atKey === undefined ? {} : { key: true, shownPath: [...path, hint.atKey] });
    return;
  }

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
      const what = t(lang, ENUM_NOUNS[nounKey] ?? ENUM_NOUNS[lastKey] ?? 'not.value');
      add('invalid-value', {
        value: shorten(String(err.data)),
        what,
        suggestion: typeof err.data === 'string' ? enumValueOf(err.data, allowed) : undefined,
        allowed: allowed.join(', '),
      });
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
      const code =
        (definition && DEFINITION_CODES[definition]) ?? (err.keyword === 'format' ? formatCode(String((err.params as { format: string }).format)) : undefined);
      if (code) {
        add(code, { value: shorten(String(err.data)) });
        return;
      }
      break;
    }
    case 'minimum':
      add('too-small', { value: shorten(String(err.data)), limit: (err.params as { limit: number }).limit });
      return;
    case 'maximum':
      add('too-large', { value: shorten(String(err.data)), limit: (err.params as { limit: number }).limit });
      return;
    case 'maxLength':
      add('too-long', { length: codePoints(String(err.data)), limit: (err.params as { limit: number }).limit });
      return;
    case 'maxItems':
      add('too-many', { count: (err.data as unknown[]).length, limit: (err.params as { limit: number }).limit });
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

/** Characters as ajv's maxLength counts them (code points, not UTF-16 units), without an array of them. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--; // a surrogate pair is one character
      i++;
    }
  }
  return n;
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

function typeNoun(type: string, lang: Lang): string {
  const code = `kind.${type}`;
  return hasText(code) ? t(lang, code) : type;
}

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

function numeric(seg: string): string | number {
  return /^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg;
}
