// The report's JSON schema, schemas/output/report.schema.json: the same sectors and categories as
// the program, and every key explained in docs/report.md. Reports checked against it by
// python3-jsonschema: test/system/report-json-schema.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, KKG_KINDS } from '../../src/model/fruehe-hilfen.js';
import { ACTIVITY_TYPES, CATEGORIES, SECTORS } from '../../src/model/vocabulary.js';
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
    const contract = docs.slice(docs.indexOf('## JSON-Vertrag'));
    const code = [...contract.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).join(' ');
    const defs = schema.definitions as Record<string, Json>;
    const missing: string[] = [];
    // Every key: the top two levels by their path (`partners.by_sector`, or `.by_sector` after its
    // parent), deeper ones by their name in the description of their parent.
    // A key inside a list's items (`agreements[].title`) may be named in the list's `{id, title, …}`.
    const walk = (node: Json, path: string[], inList = false) => {
      if (typeof node.$ref === 'string') node = { ...defs[(node.$ref as string).split('/').pop()!], ...node, $ref: undefined };
      for (const alt of (node.anyOf as Json[] | undefined) ?? []) walk(alt, path, inList);
      if (node.items) walk(node.items as Json, path, true);
      for (const [key, child] of Object.entries((node.properties as Record<string, Json> | undefined) ?? {})) {
        const at = [...path, key];
        // by_category has one key per category: documented as {Kategorie: …}.
        if (path.at(-1) === 'by_category' && (CATEGORIES as readonly string[]).includes(key)) continue;
        const word = new RegExp(`(^|[^\\w.])${key}\\b`).test(code);
        const named =
          at.length === 1
            ? code.includes(key)
            : at.length === 2 && !inList
              ? code.includes(`${at[0]}.${key}`) || code.includes(`.${key}`)
              : word || code.includes(`.${key}`);
        if (!named) missing.push(at.join('.'));
        walk(child, at);
      }
    };
    walk(schema, []);
    expect(missing).toEqual([]);
  });
});
