// The overview's JSON schema, schemas/output/overview.schema.json: the same categories, tasks and
// notes as the program, and every key explained in docs/overview.md. Overviews checked against it
// by python3-jsonschema: test/system/overview-readers.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/model/vocabulary.js';
import { OVERVIEW_WORDS } from '../../src/products/overview/words.js';
import { TASK_IDS } from '../../src/report-data/types.js';
import { undocumentedKeys } from '../support/contract-keys.js';
import { ROOT } from '../support/helpers.js';

type Json = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'output', 'overview.schema.json'), 'utf8')) as Json;
const properties = schema.properties as Record<string, Json>;
const itemsOf = (key: string) => (properties[key]!.items as Json).properties as Record<string, Json>;

describe('the overview schema', () => {
  it('lists the same categories, tasks and notes as the program', () => {
    expect((schema.definitions as Record<string, Json>).category!.enum as string[]).toEqual([...CATEGORIES]);
    expect(itemsOf('tasks').id!.enum).toEqual([...TASK_IDS]);
    expect(itemsOf('notes').code!.enum).toEqual(Object.keys(OVERVIEW_WORDS.de.notesText));
  });

  it('is explained key by key in docs/overview.md', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'overview.md'), 'utf8');
    // tasks has one key per task: documented as {abs2_nr1 … abs3_nr3: …}.
    const perTask = (path: string[], key: string) => path.at(-1) === 'tasks' && (TASK_IDS as readonly string[]).includes(key);
    expect(undocumentedKeys(schema, docs.slice(docs.indexOf('## JSON-Vertrag')), perTask)).toEqual([]);
  });
});
