// The report's JSON has a schema of its own, schemas/output/report.schema.json (not one of the
// network's file schemas): every report of every example and of the fixture, for every
// audience, with and without --compare, is valid for an independent draft-07 validator
// (python3-jsonschema); a report with a key the contract does not know is not. docs/report.md
// names every key of the schema.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, SECTORS } from '../../src/model/vocabulary.js';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { hasPythonModule } from '../support/tools.js';

const SCHEMA = join(ROOT, 'schemas', 'output', 'report.schema.json');
const NETWORKS = [...EXAMPLE_NAMES.map((n) => join(EXAMPLES, n)), join(FIXTURES, 'report', 'musterkreis')];
const AUDIENCES = ['internal', 'network', 'public'];
const canCheck = hasPythonModule('jsonschema');

type Json = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Json;

function pythonCheck(files: string[]) {
  return spawnSync('python3', [join(ROOT, 'test/independent/validate_report_json.py'), SCHEMA, ...files], { encoding: 'utf8' });
}

describe.runIf(canCheck)('report JSON against schemas/output/report.schema.json (python3-jsonschema)', () => {
  const tmp = tempDir();
  const files: string[] = [];
  let sample: Json;
  beforeAll(async () => {
    for (const dir of NETWORKS) {
      for (const audience of AUDIENCES) {
        for (const compare of [[], ['--compare', 'previous']]) {
          const r = await run(['report', dir, '--format', 'json', '--today', '2026-11-23', '--audience', audience, ...compare]);
          expect(r.code, r.stderr).toBe(0);
          const report = JSON.parse(r.stdout) as Json;
          expect(report).toHaveProperty('tasks');
          expect(report).toHaveProperty('participation');
          expect(report.compare === null).toBe(compare.length === 0);
          const file = join(tmp.dir, `${files.length}.json`);
          writeFileSync(file, r.stdout);
          files.push(file);
          sample ??= report;
        }
      }
    }
  }, 120_000);
  afterAll(() => tmp.remove());

  it('accepts every report of every example and the fixture, each audience, with and without --compare', () => {
    expect(files).toHaveLength(NETWORKS.length * AUDIENCES.length * 2);
    const r = pythonCheck(files);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`${files.length} files checked, 0 failed`));
    expect(r.status).toBe(0);
  });

  it('rejects a report with a key it does not know, or a key missing', () => {
    const extra = join(tmp.dir, 'extra.json');
    writeFileSync(extra, JSON.stringify({ ...sample, participation: { ...(sample.participation as Json), members_on_paper: 3 } }));
    const { tasks: _, ...withoutTasks } = sample;
    const missing = join(tmp.dir, 'missing.json');
    writeFileSync(missing, JSON.stringify(withoutTasks));
    const r = pythonCheck([extra, missing]);
    expect(r.stdout).toContain('2 files checked, 2 failed');
    expect(r.stdout).toMatch(/FAIL .*extra\.json: participation: Additional properties are not allowed \('members_on_paper'/);
    expect(r.stdout).toMatch(/FAIL .*missing\.json: .*'tasks' is a required property/);
  });
});

describe('the report schema', () => {
  it('lists the same sectors and categories as the program', () => {
    const defs = schema.definitions as Record<string, { enum: string[] }>;
    expect(defs.sector!.enum).toEqual([...SECTORS]);
    expect(defs.category!.enum).toEqual([...CATEGORIES]);
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
        const named = at.length === 1 ? code.includes(key) : at.length === 2 && !inList ? code.includes(`${at[0]}.${key}`) || code.includes(`.${key}`) : word || code.includes(`.${key}`);
        if (!named) missing.push(at.join('.'));
        walk(child, at);
      }
    };
    walk(schema, []);
    expect(missing).toEqual([]);
  });
});
