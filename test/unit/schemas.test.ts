// The JSON Schemas in schemas/: valid draft-07, German help on every property, enums in step
// with src/model/vocabulary.ts, labels for every value, and a few accept/reject cases.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import type { AnySchemaObject, ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { EDITOR_KEYWORDS } from '../../scripts/build-validators.mjs';
import {
  ACTIVITY_TYPE_LABELS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TYPE_LABELS,
  CATEGORY_LABELS,
  CATEGORY_LAW,
  MEETING_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  SECTOR_LABELS,
  VISIBILITY_LABELS,
  label,
  type Labels,
} from '../../src/i18n/labels.js';
import { LANGS } from '../../src/i18n/lang.js';
import {
  ACTIVITY_TYPES,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  CATEGORIES,
  MEETING_STATUSES,
  MEETING_TYPES,
  SECTORS,
  VISIBILITIES,
} from '../../src/model/vocabulary.js';
import { choicesOf, expandSnippet } from '../lsp/snippets.js';

// ajv and ajv-formats are CommonJS with `exports.default`; this works under NodeNext both
// for the type checker and at run time.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

type Json = Record<string, unknown>;
const NAMES = ['network', 'partners', 'meetings', 'agreements', 'activities'] as const;
type Name = (typeof NAMES)[number];

function loadSchema(name: Name): Json {
  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Json;
}
const schemas: Record<Name, Json> = Object.fromEntries(NAMES.map((n) => [n, loadSchema(n)])) as Record<Name, Json>;

/** Ajv as scripts/build-validators.mjs sets it up: strict, with the editors' keywords as annotations. */
function strictAjv() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of EDITOR_KEYWORDS as string[]) ajv.addKeyword(keyword);
  return ajv;
}

function newAjv() {
  const ajv = strictAjv();
  for (const n of NAMES) ajv.addSchema(schemas[n] as AnySchemaObject, n);
  return ajv;
}
const ajv = newAjv();

/** The validator compiles collection items directly from the definitions. */
function validatorFor(name: Name, fragment = '') {
  const v = ajv.getSchema(`${name}${fragment}`);
  if (!v) throw new Error(`no schema ${name}${fragment}`);
  return v;
}
function check(name: Name, data: unknown, fragment = ''): ErrorObject[] {
  const v = validatorFor(name, fragment);
  return v(data) ? [] : [...(v.errors ?? [])];
}

/**
 * Every sub-schema with its JSON pointer; without the editor's snippets and examples (data, not
 * schemas) and without the if/then rules (checked on their own below).
 */
function* walk(node: unknown, path = '#'): Generator<[string, Json]> {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) yield* walk(x, `${path}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Json;
  yield [path, obj];
  for (const [k, v] of Object.entries(obj)) {
    if (['enum', 'enumDescriptions', 'default', 'required', 'examples', 'defaultSnippets', 'if', 'then'].includes(k)) continue;
    yield* walk(v, `${path}/${k}`);
  }
}

/** The schema a local `$ref` (`#/definitions/…`) points to. */
function target(schema: Json, ref: string): Json {
  let node: unknown = schema;
  for (const part of ref.split('/').slice(1)) node = (node as Json)[part];
  return node as Json;
}

function findEnum(schema: Json, pointer: string): unknown[] {
  let node: unknown = schema;
  for (const part of pointer.split('/').slice(1)) node = (node as Json)[part];
  return (node as Json).enum as unknown[];
}

// Recognisably German: an umlaut/ß or one of the common German function words.
const GERMAN = /[äöüÄÖÜß]|\b(der|die|das|und|oder|ein|eine|des|den|dem|mit|für|wenn|wie|nur|auch|aus|bei|zu|Beispiel)\b/;

describe('schemas: structure', () => {
  for (const name of NAMES) {
    describe(name, () => {
      const schema = schemas[name];

      it('is a draft-07 schema without $id that Ajv (strict) accepts and compiles', () => {
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
        expect(schema).not.toHaveProperty('$id');
        const fresh = strictAjv();
        expect(fresh.validateSchema(schema as AnySchemaObject), JSON.stringify(fresh.errors)).toBe(true);
        expect(() => fresh.compile(schema as AnySchemaObject)).not.toThrow();
        expect(typeof schema.title).toBe('string');
        expect(typeof schema.description).toBe('string');
      });

      it('gives every property a German title and description', () => {
        let count = 0;
        for (const [path, node] of walk(schema)) {
          const props = node.properties as Record<string, Json> | undefined;
          if (!props) continue;
          for (const [key, prop] of Object.entries(props)) {
            const where = `${path}/properties/${key}`;
            expect(typeof prop.title, where).toBe('string');
            expect(typeof prop.description, where).toBe('string');
            expect((prop.title as string).trim().length, where).toBeGreaterThan(2);
            expect((prop.description as string).length, where).toBeGreaterThan(15);
            expect(prop.description as string, where).toMatch(GERMAN);
            count++;
          }
        }
        expect(count).toBeGreaterThan(5);
      });

      it('gives every enum German enumDescriptions of the same length', () => {
        for (const [path, node] of walk(schema)) {
          if (!('enum' in node)) continue;
          const values = node.enum as unknown[];
          const descriptions = node.enumDescriptions as unknown[];
          expect(Array.isArray(descriptions), path).toBe(true);
          expect(descriptions.length, path).toBe(values.length);
          for (const d of descriptions) {
            expect(typeof d, path).toBe('string');
            expect((d as string).length, path).toBeGreaterThan(3);
          }
          expect(descriptions.join(' '), path).toMatch(GERMAN);
        }
      });

      it('closes every object and avoids keywords the editor cannot explain', () => {
        for (const [path, node] of walk(schema)) {
          // closed, or a map of free keys whose values the schema describes (postal codes per municipality)
          const map = node.type === 'object' && !('properties' in node) && typeof node.additionalProperties === 'object';
          if ((node.type === 'object' || 'properties' in node) && !map) {
            expect(node.additionalProperties, path).toBe(false);
          }
          for (const k of ['else', 'oneOf', 'dependencies', 'const', '$id']) {
            expect(node, `${path} uses ${k}`).not.toHaveProperty(k);
          }
          // anyOf only for one value in forms of different types (an id or {partner, key}; one kind or
          // a list): the editor picks the form by the value's type and shows that form's messages.
          if (path !== '#' && 'anyOf' in node) {
            const types = (node.anyOf as Json[]).map((form) => form.type ?? target(schema, form.$ref as string).type);
            expect(
              types.every((type) => typeof type === 'string'),
              `${path} uses anyOf with a form of no single type`,
            ).toBe(true);
            expect(new Set(types).size, `${path} uses anyOf between forms of the same type`).toBe(types.length);
          }
          // Required fields: one allOf entry each, with the editor's message (see below).
          if ('properties' in node) expect(node, `${path} lists required fields outside allOf`).not.toHaveProperty('required');
        }
      });

      it('names each missing required field in the editor: one allOf entry per field, with a message', () => {
        let count = 0;
        for (const [path, node] of walk(schema)) {
          if (!('allOf' in node)) continue;
          const properties = node.properties as Json;
          for (const [i, entry] of (node.allOf as Json[]).entries()) {
            const where = `${path}/allOf/${i}`;
            expect(Object.keys(entry).sort(), where).toEqual(['errorMessage', 'required']);
            const [key, ...more] = entry.required as string[];
            expect(more, where).toEqual([]);
            expect(properties, `${where} requires ${key}`).toHaveProperty(key!);
            expect(entry.errorMessage, where).toMatch(new RegExp(`^Die Pflichtangabe „${key}“ fehlt: .*[a-zäöüß]`));
            count++;
          }
        }
        expect(count).toBeGreaterThan(0);
      });

      it('gives every value form a German message where the editor has only an English one', () => {
        const defs = schema.definitions as Record<string, Json>;
        const resolve = (node: Json): Json => (typeof node.$ref === 'string' ? { ...defs[(node.$ref as string).split('/').pop()!], ...node } : node);
        for (const [path, raw] of walk(schema)) {
          const node = resolve(raw);
          // The server's own type message ('Incorrect type. Expected "string".') exists in English only.
          if (['string', 'integer', 'boolean', 'array'].includes(node.type as string) && !('enum' in node)) {
            expect(node.errorMessage, `${path}: errorMessage`).toMatch(GERMAN);
          }
          // … and its pattern message shows the regular expression.
          if ('pattern' in node || 'format' in node) expect(node.patternErrorMessage, `${path}: patternErrorMessage`).toMatch(GERMAN);
        }
      });
      it('uses the shared definitions exactly', () => {
        const defs = schema.definitions as Record<string, Json>;
        const expected: Record<string, Json> = {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
          date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
          date_or_datetime: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$',
          },
          email: { type: 'string', format: 'email' },
          url: { type: 'string', format: 'uri', pattern: '^https?://' },
          phone: { type: 'string', pattern: '^\\+?[0-9][0-9 ()/.-]*[0-9]$' },
          postal_code: { type: 'string', pattern: '^[0-9]{5}$' },
          text: { type: 'string', minLength: 1 },
        };
        for (const [defName, body] of Object.entries(expected)) {
          if (defs[defName]) expect(defs[defName], defName).toMatchObject(body);
        }
        // every $ref points to an existing definition
        for (const [path, node] of walk(schema)) {
          if (typeof node.$ref !== 'string') continue;
          const target = (node.$ref as string).replace('#/definitions/', '');
          expect(defs, `${path} -> ${node.$ref}`).toHaveProperty(target);
        }
      });
    });
  }

  it('has the named definitions the validator relies on', () => {
    const defs = (n: Name) => Object.keys(schemas[n].definitions as Json);
    expect(defs('network')).toEqual(expect.arrayContaining(['id', 'date', 'email', 'phone', 'text', 'category', 'coordinator']));
    expect(defs('partners')).toEqual(
      expect.arrayContaining(['id', 'date', 'email', 'url', 'phone', 'postal_code', 'text', 'sector', 'partner', 'contact', 'address']),
    );
    expect(defs('meetings')).toEqual(expect.arrayContaining(['id', 'date_or_datetime', 'url', 'text', 'sector', 'meeting', 'meeting_type', 'attendance']));
    expect(defs('agreements')).toEqual(expect.arrayContaining(['id', 'date', 'text', 'agreement', 'party']));
    expect(defs('activities')).toEqual(expect.arrayContaining(['id', 'date', 'url', 'text', 'activity', 'activity_type']));
  });
});

describe('schemas: help for the editor', () => {
  const defsOf = (n: Name) => schemas[n].definitions as Record<string, Json>;
  const resolve = (n: Name, node: Json): Json => (typeof node.$ref === 'string' ? { ...defsOf(n)[(node.$ref as string).split('/').pop()!], ...node } : node);

  it('shares each common definition (id, date, phone …) identically between the schemas', () => {
    const seen = new Map<string, string>();
    for (const n of NAMES) {
      for (const [def, body] of Object.entries(defsOf(n))) {
        const text = JSON.stringify(body);
        if (seen.has(def)) expect(text, `${n}: definitions/${def}`).toBe(seen.get(def));
        else seen.set(def, text);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('marks a public person without consent: one if/then rule, on contacts and coordinators only', () => {
    const rule = {
      if: { required: ['visibility'], properties: { visibility: { enum: ['public'] } }, not: { required: ['consent'] } },
      then: {
        properties: { visibility: { enum: ['internal', 'network'], errorMessage: expect.stringMatching(/^Öffentlich \(public\) nur mit Einwilligung/) } },
      },
    };
    const places: string[] = [];
    for (const n of NAMES) {
      for (const [path, node] of walk(schemas[n])) {
        if (!('if' in node || 'then' in node)) continue;
        places.push(`${n}${path}`);
        expect({ if: node.if, then: node.then }).toEqual(rule);
        expect(findEnum(schemas[n], `${path}/properties/visibility`)).toEqual([...VISIBILITIES]);
      }
    }
    expect(places.sort()).toEqual(['network#/definitions/coordinator', 'partners#/definitions/contact']);
    const contact = (data: Json) => check('partners', { id: 'eb-goch', name: 'EB Goch', sector: 'beratungsstelle', contacts: [data] }, '#/definitions/partner');
    expect(contact({ name: 'Anna Beispiel', visibility: 'public' }).map((e) => e.keyword)).toEqual(['enum', 'if']);
    expect(contact({ name: 'Anna Beispiel', visibility: 'public', consent: '2024-03-13' })).toEqual([]);
    expect(contact({ name: 'Anna Beispiel', visibility: 'network' })).toEqual([]);
    expect(contact({ name: 'Anna Beispiel' })).toEqual([]);
    // a value that is no visibility at all is not a question of consent
    expect(contact({ name: 'Anna Beispiel', visibility: 'alle' }).map((e) => e.keyword)).toEqual(['enum']);
  });

  const ITEMS: [Name, string][] = [
    ['network', 'coordinator'],
    ['partners', 'partner'],
    ['partners', 'contact'],
    ['meetings', 'meeting'],
    ['agreements', 'agreement'],
    ['activities', 'activity'],
  ];
  for (const [n, item] of ITEMS) {
    it(`offers ${item} snippets whose fields, choices and defaults fit the schema`, () => {
      const definition = defsOf(n)[item]!;
      const snippets = definition.defaultSnippets as { label: string; description: string; body: Json }[];
      expect(snippets.length).toBeGreaterThan(0);
      for (const { label, description, body } of snippets) {
        expect(label).toMatch(/^Neue[rs]? /);
        expect(description).toMatch(GERMAN);
        // Every field is one of the item's, every choice a value of its field's list.
        const fit = (fields: Json, schema: Json, where: string): void => {
          for (const [key, value] of Object.entries(fields)) {
            const properties = schema.properties as Record<string, Json>;
            expect(properties, `${where}.${key}`).toHaveProperty(key);
            const field = resolve(n, properties[key]!);
            if (typeof value === 'string') {
              for (const choices of choicesOf(value)) expect(field.enum as string[], `${where}.${key}`).toEqual(expect.arrayContaining(choices));
            } else if (Array.isArray(value)) {
              for (const entry of value) if (typeof entry === 'object') fit(entry as Json, resolve(n, field.items as Json), `${where}.${key}[]`);
            } else fit(value as Json, field, `${where}.${key}`);
          }
        };
        fit(body, definition, label);
        // Accepted as it is (defaults, first choices, today's date), the item is valid.
        // (one text, as the editor inserts it: `$4` repeats tab stop 4 of another field)
        const unquote = (value: unknown): unknown => {
          if (typeof value === 'string') return value.replace(/^"(.*)"$/, '$1');
          if (Array.isArray(value)) return value.map(unquote);
          return Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, unquote(v)]));
        };
        const data = unquote(JSON.parse(expandSnippet(JSON.stringify(body), '2026-11-23')));
        expect(check(n, data, `#/definitions/${item}`), `${label}: ${JSON.stringify(data)}`).toEqual([]);
      }
    });
  }

  it('suggests today for dates and quotes for postal codes and phone numbers', () => {
    const defs = defsOf('meetings');
    const partners = defsOf('partners');
    const today = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
    expect((partners.date!.defaultSnippets as Json[]).map((s) => s.body)).toEqual([today]);
    expect((defs.date_or_datetime!.defaultSnippets as Json[]).map((s) => s.body)).toEqual([`${today} \${1:14:00}`, today]);
    expect(expandSnippet(`${today} \${1:14:00}`, '2026-01-05')).toBe('2026-01-05 14:00');
    expect(partners.postal_code!.examples).toEqual(['46483']);
    expect((partners.phone!.defaultSnippets as Json[]).map((s) => s.body)).toEqual(['"${1:0281 207-0000}"']);
    for (const example of [...(partners.date!.examples as string[]), ...(defs.date_or_datetime!.examples as string[])]) {
      expect(check('meetings', { id: 'x', title: 'X', type: 'sonstige', start: example, status: 'planned' }, '#/definitions/meeting')).toEqual([]);
    }
  });
});

describe('schemas: vocabulary', () => {
  it('lists the sectors, categories, types and statuses of vocabulary.ts in order', () => {
    expect(findEnum(schemas.partners, '#/definitions/sector')).toEqual([...SECTORS]);
    expect(findEnum(schemas.meetings, '#/definitions/sector')).toEqual([...SECTORS]);
    expect(findEnum(schemas.network, '#/definitions/category')).toEqual([...CATEGORIES]);
    expect(findEnum(schemas.meetings, '#/definitions/meeting_type')).toEqual([...MEETING_TYPES]);
    expect(findEnum(schemas.meetings, '#/definitions/meeting/properties/status')).toEqual([...MEETING_STATUSES]);
    expect(findEnum(schemas.agreements, '#/definitions/agreement/properties/type')).toEqual([...AGREEMENT_TYPES]);
    expect(findEnum(schemas.agreements, '#/definitions/agreement/properties/status')).toEqual([...AGREEMENT_STATUSES]);
    expect(findEnum(schemas.partners, '#/definitions/contact/properties/visibility')).toEqual([...VISIBILITIES]);
    expect(findEnum(schemas.activities, '#/definitions/activity_type')).toEqual([...ACTIVITY_TYPES]);
    expect(findEnum(schemas.network, '#/definitions/coordinator/properties/visibility')).toEqual([...VISIBILITIES]);
  });

  it('keeps the sector explanations identical in partners and meetings', () => {
    const p = (schemas.partners.definitions as Record<string, Json>).sector;
    const m = (schemas.meetings.definitions as Record<string, Json>).sector;
    expect(m).toEqual(p);
  });

  // The schemas walked as plain JSON, key by key.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = any;

  it('documents the defaults of FORMAT.md', () => {
    const net = schemas.network as Loose;
    expect(net.properties.timezone.default).toBe('Europe/Berlin');
    expect(net.properties.targets.properties.review_contacts_after_months.default).toBe(12);
    expect(net.properties.targets.properties.retention_months_after_leaving.default).toBe(6);
    expect(net.properties.targets.properties.required_categories.default).toEqual([...CATEGORIES]);
    expect(net.definitions.coordinator.properties.visibility.default).toBe('network');
    const contact = (schemas.partners as Loose).definitions.contact.properties;
    expect(contact.visibility.default).toBe('internal');
    expect(contact.insofa.default).toBe(false);
    expect((schemas.meetings as Loose).definitions.meeting.properties.public.default).toBe(false);
  });

  const tables: [string, readonly string[], Labels<string>][] = [
    ['SECTOR_LABELS', SECTORS, SECTOR_LABELS],
    ['CATEGORY_LABELS', CATEGORIES, CATEGORY_LABELS],
    ['CATEGORY_LAW', CATEGORIES, CATEGORY_LAW],
    ['MEETING_TYPE_LABELS', MEETING_TYPES, MEETING_TYPE_LABELS],
    ['MEETING_STATUS_LABELS', MEETING_STATUSES, MEETING_STATUS_LABELS],
    ['AGREEMENT_TYPE_LABELS', AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS],
    ['AGREEMENT_STATUS_LABELS', AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS],
    ['VISIBILITY_LABELS', VISIBILITIES, VISIBILITY_LABELS],
    ['ACTIVITY_TYPE_LABELS', ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS],
  ];
  for (const [tableName, values, table] of tables) {
    it(`${tableName} names every value in German and English, and nothing else`, () => {
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const v of values) {
        for (const lang of LANGS) {
          const text = table[v]?.[lang] ?? '';
          expect(text.trim(), `${v}/${lang}`).not.toBe('');
          expect(text, `${v}/${lang}: a name, not a key`).not.toMatch(/_/);
          expect(label(table, v, lang)).toBe(text);
        }
      }
    });
  }

  it('label() falls back to the key for an unknown value', () => {
    expect(label(SECTOR_LABELS, 'schule', 'de')).toBe('Schule');
    expect(label(SECTOR_LABELS, 'sozialpaediatrie', 'de')).toBe('Sozialpädiatrie / Frühförderung');
    expect(label(SECTOR_LABELS as Labels<string>, 'unbekannt', 'en')).toBe('unbekannt');
  });
});

describe('schemas: accept and reject', () => {
  const errorPaths = (errors: ErrorObject[]) => errors.map((e) => `${e.instancePath} ${e.schemaPath}`);

  describe('network', () => {
    const minimal = {
      id: 'kreis-kleve',
      name: 'Netzwerk Kinderschutz Kreis Kleve',
      region: { name: 'Kreis Kleve', municipalities: ['Kleve', 'Goch'] },
      youth_offices: ['jugendamt-kreis-kleve'],
      coordinators: [{ name: 'Anna Beispiel', partner: 'jugendamt-kreis-kleve' }],
    };

    it('accepts a minimal and a full network', () => {
      expect(check('network', minimal)).toEqual([]);
      const full = {
        ...minimal,
        founded: '2023-12-06',
        timezone: 'Europe/Berlin',
        coordinators: [
          {
            name: 'Anna Beispiel',
            partner: 'jugendamt-kreis-kleve',
            email: 'anna.beispiel@kreis-kleve.example',
            phone: '02821 594-0000',
            function: 'Netzwerkkoordination Kinderschutz',
            visibility: 'public',
            consent: '2024-01-15',
            verified: '2024-01-15',
          },
        ],
        targets: {
          network_meetings_per_year: 2,
          qualification_offers_per_year: 3,
          required_categories: ['jugendamt', 'schule'],
          review_contacts_after_months: 12,
          retention_months_after_leaving: 6,
        },
        mission_statement: 'Gemeinsam für den Schutz von Kindern.',
      };
      expect(check('network', full)).toEqual([]);
    });

    it('rejects missing required fields, unknown keys and empty lists', () => {
      const { coordinators: _c, ...noCoordinators } = minimal;
      expect(check('network', noCoordinators).some((e) => e.keyword === 'required')).toBe(true);
      expect(errorPaths(check('network', { ...minimal, colour: 'blau' }))).toContain(' #/additionalProperties');
      expect(check('network', { ...minimal, coordinators: [] }).some((e) => e.keyword === 'minItems')).toBe(true);
      expect(check('network', { ...minimal, region: { name: 'Kreis Kleve', municipalities: [] } }).some((e) => e.keyword === 'minItems')).toBe(true);
    });

    it('rejects a bad id, date, category and number', () => {
      expect(errorPaths(check('network', { ...minimal, id: 'Kreis Kleve' }))).toContain('/id #/definitions/id/pattern');
      expect(errorPaths(check('network', { ...minimal, founded: '6.12.2023' }))).toContain('/founded #/definitions/date/pattern');
      expect(errorPaths(check('network', { ...minimal, targets: { required_categories: ['kita'] } }))).toEqual([
        '/targets/required_categories/0 #/definitions/category/enum',
      ]);
      expect(errorPaths(check('network', { ...minimal, targets: { network_meetings_per_year: 2.5 } }))).toEqual([
        '/targets/network_meetings_per_year #/properties/targets/properties/network_meetings_per_year/type',
      ]);
      expect(errorPaths(check('network', { ...minimal, targets: { review_contacts_after_months: 0 } }))).toEqual([
        '/targets/review_contacts_after_months #/properties/targets/properties/review_contacts_after_months/minimum',
      ]);
    });
  });

  describe('partners', () => {
    const minimal = { id: 'eb-goch', name: 'Erziehungsberatungsstelle Goch', sector: 'beratungsstelle' };
    const full = {
      ...minimal,
      municipalities: ['Goch'],
      address: { street: 'Beispielstraße 1', postal_code: '47574', city: 'Goch' },
      website: 'https://www.beratung-goch.example',
      joined: '2023-05-03',
      tags: ['Familienberatung'],
      contacts: [
        {
          name: 'Bernd Muster',
          function: 'Leitung',
          email: 'bernd.muster@beratung-goch.example',
          phone: '02823 000-0000',
          insofa: true,
          visibility: 'network',
          verified: '2024-02-01',
        },
      ],
    };

    it('accepts a single partner and a list of partners', () => {
      expect(check('partners', minimal)).toEqual([]);
      expect(check('partners', [minimal, full])).toEqual([]);
      expect(check('partners', [])).toEqual([]);
      expect(check('partners', full, '#/definitions/partner')).toEqual([]);
    });

    it('rejects an unknown property, also inside a contact', () => {
      expect(errorPaths(check('partners', { ...minimal, sektor: 'schule' }, '#/definitions/partner'))).toContain(' #/additionalProperties');
      const bad = { ...minimal, contacts: [{ name: 'Bernd Muster', mobil: '0170 0000000' }] };
      // Ajv reports paths inside a non-inlined definition relative to that definition.
      expect(check('partners', bad, '#/definitions/partner')).toEqual([
        expect.objectContaining({
          instancePath: '/contacts/0',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'mobil' },
        }),
      ]);
    });

    it('rejects an unquoted postal code and phone number (numbers in YAML)', () => {
      const zip = { ...minimal, address: { postal_code: 47574 } };
      expect(errorPaths(check('partners', zip, '#/definitions/partner'))).toContain('/address/postal_code #/definitions/postal_code/type');
      const tel = { ...minimal, contacts: [{ name: 'Bernd Muster', phone: 2823000 }] };
      expect(errorPaths(check('partners', tel, '#/definitions/partner'))).toContain('/contacts/0/phone #/definitions/phone/type');
    });

    it('rejects bad dates, sectors, visibilities, e-mails and web addresses', () => {
      const v = (data: Json) => errorPaths(check('partners', { ...minimal, ...data }, '#/definitions/partner'));
      expect(v({ joined: '2023-5-3' })).toContain('/joined #/definitions/date/pattern');
      expect(v({ sector: 'arzt' })).toContain('/sector #/definitions/sector/enum');
      expect(v({ website: 'www.beratung-goch.example' })).toEqual(['/website #/definitions/url/pattern', '/website #/definitions/url/format']);
      expect(v({ website: 'ftp://beratung-goch.example' })).toContain('/website #/definitions/url/pattern');
      expect(v({ contacts: [{ name: 'X', email: 'keine-adresse' }] })).toContain('/contacts/0/email #/definitions/email/format');
      expect(v({ contacts: [{ name: 'X', visibility: 'alle' }] })).toEqual(['/contacts/0/visibility #/properties/visibility/enum']);
      expect(v({ address: { postal_code: '4757' } })).toContain('/address/postal_code #/definitions/postal_code/pattern');
      expect(v({ contacts: [{ name: 'X', phone: 'Tel. 02823 000-0000' }] })).toContain('/contacts/0/phone #/definitions/phone/pattern');
    });
  });

  describe('meetings', () => {
    const minimal = {
      id: 'netzwerktreffen-2024-03',
      title: '1. Netzwerktreffen',
      type: 'netzwerktreffen',
      start: '2024-03-13 14:00',
      status: 'held',
    };

    it('accepts single items and lists, timed and all-day', () => {
      expect(check('meetings', minimal)).toEqual([]);
      const fachtag = {
        id: 'fachtag-2024',
        title: 'Fachtag Kinderschutz',
        type: 'fachtag',
        start: '2024-09-25',
        end: '2024-09-26',
        status: 'planned',
        location: 'Kreishaus',
        online: 'https://konferenz.kreis-kleve.example/fachtag',
        organizers: ['jugendamt-kreis-kleve'],
        invited: { sectors: ['schule', 'kita'], partners: ['polizei-kleve'] },
        attendance: [{ partner: 'jugendamt-goch', persons: 2 }],
        guests: 0,
        qualification_offer: true,
        public: true,
        topics: ['Schutzkonzepte'],
        description: 'Ein Tag für alle Fachkräfte.',
        minutes: 'protokolle/fachtag-2024.pdf',
        revision: 1,
      };
      expect(check('meetings', [minimal, fachtag, { ...minimal, start: '2024-03-13T14:00:00' }])).toEqual([]);
    });

    it('rejects unknown keys, types, statuses and bad times', () => {
      const v = (data: Json) => errorPaths(check('meetings', { ...minimal, ...data }, '#/definitions/meeting'));
      expect(v({ ort: 'Rathaus' })).toContain(' #/additionalProperties');
      expect(v({ type: 'konferenz' })).toContain('/type #/definitions/meeting_type/enum');
      expect(v({ status: 'geplant' })).toContain('/status #/properties/status/enum');
      expect(v({ start: '13.03.2024' })).toContain('/start #/definitions/date_or_datetime/pattern');
      expect(v({ start: '2024-03-13 14' })).toContain('/start #/definitions/date_or_datetime/pattern');
      expect(v({ attendance: [{ partner: 'jugendamt-goch', persons: 0 }] })).toEqual(['/attendance/0/persons #/properties/persons/minimum']);
      // (each required field has an allOf entry of its own, with the editor's message)
      expect(v({ attendance: [{ partner: 'jugendamt-goch' }] })).toEqual(['/attendance/0 #/allOf/1/required']);
      expect(v({ guests: -1 })).toEqual(['/guests #/properties/guests/minimum']);
      expect(v({ invited: { sectors: ['schule', 'schule'] } })).toEqual(['/invited/sectors #/properties/invited/properties/sectors/uniqueItems']);
    });
  });

  describe('agreements', () => {
    const minimal = {
      id: 'kooperation-2024',
      title: 'Kooperationsvereinbarung',
      type: 'kooperationsvereinbarung',
      status: 'in_signature',
      parties: [{ partner: 'jugendamt-kreis-kleve', signed: '2024-05-15', signatory: 'Anna Beispiel' }, { partner: 'jugendamt-goch' }],
    };

    it('accepts a single agreement and a list', () => {
      expect(check('agreements', minimal)).toEqual([]);
      const full = {
        ...minimal,
        effective: '2024-06-01',
        review: '2026-06-01',
        expires: '2028-05-31',
        document: 'https://www.kreis-kleve.example/kooperation.pdf',
      };
      expect(check('agreements', [minimal, full])).toEqual([]);
    });

    it('rejects no parties, unknown keys and bad dates', () => {
      const v = (data: Json) => errorPaths(check('agreements', { ...minimal, ...data }, '#/definitions/agreement'));
      expect(v({ parties: [] })).toEqual(['/parties #/properties/parties/minItems']);
      expect(v({ unterschrieben: true })).toContain(' #/additionalProperties');
      expect(v({ parties: [{ partner: 'jugendamt-goch', signed: '15.05.2024' }] })).toContain('/parties/0/signed #/definitions/date/pattern');
      expect(v({ type: '8a' })).toEqual(['/type #/properties/type/enum']);
      expect(v({ status: 'signed' })).toEqual(['/status #/properties/status/enum']);
    });
  });

  describe('activities', () => {
    const minimal = { id: '2026-03-ak-fruehe-hilfen', title: 'Bericht im Netzwerk Frühe Hilfen', type: 'vertretung', date: '2026-03-18' };

    it('accepts a single activity and a list, with a day or a period', () => {
      expect(check('activities', minimal)).toEqual([]);
      const period = { id: 'fachberatung-2026', title: 'Fachberatungen', type: 'fachberatung', start: '2026-01-01', end: '2026-06-30', count: 12 };
      const full = { ...minimal, body: 'Netzwerk Frühe Hilfen', url: 'https://www.kreis-kleve.example/x', description: 'Bericht' };
      expect(check('activities', [minimal, period, full])).toEqual([]);
    });

    it('rejects fields about persons, unknown types, bad dates and negative counts', () => {
      const v = (data: Json) => errorPaths(check('activities', { ...minimal, ...data }, '#/definitions/activity'));
      expect(v({ person: 'Anna Beispiel' })).toContain(' #/additionalProperties');
      expect(v({ participants: ['Anna Beispiel'] })).toContain(' #/additionalProperties');
      expect(v({ type: 'beratung' }).length).toBeGreaterThan(0);
      expect(v({ date: '18.03.2026' })).toContain('/date #/definitions/date/pattern');
      expect(v({ count: -1 }).length).toBeGreaterThan(0);
      expect(v({ url: 'www.example' }).length).toBeGreaterThan(0);
    });
  });
});
