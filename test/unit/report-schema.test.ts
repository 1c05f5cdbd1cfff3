// The report's JSON schema, schemas/output/report.schema.json: the same sectors and categories as
// the program, and every key explained in docs/report.md. Reports checked against it by
// python3-jsonschema: test/system/report-json-schema.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, KKG_KINDS } from '../../src/model/fruehe-hilfen.js';
import { ACTIVITY_TYPES, CATEGORIES, SECTORS } from '../../src/model/vocabulary.js';
import { undocumentedKeys } from '../support/contract-keys.js';
import { ROOT } from '../support/helpers.js';

type Json = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'output', 'report.schema.json'), 'utf8')) as Json;

describe('the report schema', () => {
  it('lists the same sectors, categories and activity types as the program', () => {
    const defs = schema.definitions as Record<string, { enum: string[] }>;
    expect(defs.sector!.enum).toEqual([...SECTORS]);
    expect(defs.category!.enum).toEqual([...CATEGORIES]);
    expect(defs.activity_type!.enum).toEqual([...ACTIVITY_TYPES]);
  });

  it('lists the same actor types and partners of § 3 Abs. 2 KKG as the program', () => {
    const fh = ((schema.properties as Record<string, Json>).fruehe_hilfen!.anyOf as Json[])[1]!.properties as Record<string, Json>;
    const idsOf = (key: string) => (((fh[key]!.items as Json).properties as Record<string, Json>).id as { enum: string[] }).enum;
    expect(idsOf('actor_types')).toEqual([...ACTOR_TYPES]);
    expect(idsOf('partner_kinds')).toEqual([...KKG_KINDS]);
  });

  it('is explained key by key in docs/report.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    // by_category has one key per category: documented as {Kategorie: …}.
    const perCategory = (path: string[], key: string) => path.at(-1) === 'by_category' && (CATEGORIES as readonly string[]).includes(key);
    expect(undocumentedKeys(schema, docs.slice(docs.indexOf('## JSON-Vertrag')), perCategory)).toEqual([]);
  });
});
