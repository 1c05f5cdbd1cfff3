// The report's JSON has a schema of its own, schemas/output/report.schema.json (not one of the
// network's file schemas): every report of every example and of the fixture, for every
// audience, with and without --compare, is valid for an independent draft-07 validator
// (python3-jsonschema), with --compare and --profile fruehe-hilfen too; a report with a key the
// contract does not know is not. The schema
// itself (its lists, docs/report.md naming every key): test/unit/report-schema.test.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const SCHEMA = join(ROOT, 'schemas', 'output', 'report.schema.json');
const NETWORKS = [...EXAMPLE_NAMES.map((n) => join(EXAMPLES, n)), join(FIXTURES, 'report', 'musterkreis'), join(FIXTURES, 'report', 'fruehe-hilfen')];
const AUDIENCES = ['internal', 'network', 'public'];
const canCheck = hasPythonModule('jsonschema');

type Json = { [key: string]: unknown };

function pythonCheck(files: string[]) {
  return spawnSync(PYTHON, [join(ROOT, 'test/independent/validate_report_json.py'), SCHEMA, ...files], { encoding: 'utf8' });
}

describe.runIf(canCheck)('report JSON against schemas/output/report.schema.json (python3-jsonschema)', () => {
  const tmp = tempDir();
  const files: string[] = [];
  let sample: Json;
  beforeAll(async () => {
    for (const dir of NETWORKS) {
      for (const audience of AUDIENCES) {
        for (const [compare, profile] of [
          [[], []],
          [
            ['--compare', 'previous'],
            ['--profile', 'fruehe-hilfen'],
          ],
        ]) {
          const r = await run(['report', dir, '--format', 'json', '--today', '2026-11-23', '--audience', audience, ...compare!, ...profile!]);
          expect(r.code, r.stderr).toBe(0);
          const report = JSON.parse(r.stdout) as Json;
          expect(report).toHaveProperty('tasks');
          expect(report).toHaveProperty('participation');
          expect(report.compare === null).toBe(compare!.length === 0);
          expect(report.fruehe_hilfen === null).toBe(profile!.length === 0);
          const file = join(tmp.dir, `${files.length}.json`);
          writeFileSync(file, r.stdout);
          files.push(file);
          sample ??= report;
        }
      }
    }
  }, 120_000);
  afterAll(() => tmp.remove());

  it('accepts every report of every example and the fixtures, each audience, with and without --compare and --profile', () => {
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
