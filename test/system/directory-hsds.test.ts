// `directory --format hsds --out DIR`: Open Referral HSDS 3.0, checked by HSDS's own files
// (test/fixtures/hsds/, copied from the openreferral/specification repository) through an
// independent program (test/independent/check_hsds.py: python3-jsonschema for the JSON, Python's
// csv against HSDS's datapackage.json for the tabular form, Python's uuid for the ids): every
// example; the ids the same on a second run; only what the public may see; a broken file caught.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bySize } from '../support/budget.js';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';
import { activePartners, hiddenNames, persons } from '../support/people.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const TODAY = '2026-11-23';
const canCheck = hasPythonModule('jsonschema');
const check = (out: string, network: string, partners: string[]) =>
  spawnSync(PYTHON, [join(ROOT, 'test/independent/check_hsds.py'), join(FIXTURES, 'hsds'), out, network, ...partners], { encoding: 'utf8' });

async function hsds(example: string, out: string): Promise<void> {
  const r = await run(['directory', join(EXAMPLES, example), '--format', 'hsds', '--out', out, '--today', TODAY]);
  expect(r.code, r.stderr).toBe(0);
}

describe.runIf(canCheck)('directory --format hsds against Open Referral HSDS 3.0', () => {
  // every example at full size; npm test the one with offers and the smallest
  it.for(bySize<readonly string[]>(['kreis-kleve', 'ratingen'], EXAMPLE_NAMES))(
    '%s: valid JSON and tabular data package, an organization with a stable UUID v5 for every active partner',
    { timeout: 60_000 },
    async (example) => {
      const tmp = tempDir();
      try {
        const out = join(tmp.dir, 'hsds');
        await hsds(example, out);
        expect(readdirSync(out).sort()).toEqual([
          'accessibility.csv',
          'addresses.csv',
          'contacts.csv',
          'cost_options.csv',
          'datapackage.json',
          'languages.csv',
          'locations.csv',
          'organizations.csv',
          'organizations.json',
          'phones.csv',
          'schedules.csv',
          'service_areas.csv',
          'service_at_location.csv',
          'services.csv',
          'services.json',
        ]);
        const partners = activePartners(join(EXAMPLES, example), TODAY).map((p) => p.id);
        const r = check(out, example, partners);
        expect(r.stdout + r.stderr, r.stdout).toMatch(new RegExp(`^ok: ${partners.length} organizations`, 'm'));
        expect(r.status).toBe(0);
        // Only the public: no person released to the network or kept internal.
        const all = readdirSync(out)
          .map((f) => readFileSync(join(out, f), 'utf8'))
          .join('\n');
        for (const name of hiddenNames(persons(join(EXAMPLES, example)), 'public')) expect(all, name).not.toContain(name);
        // The same ids and bytes on a second run.
        const again = join(tmp.dir, 'again');
        await hsds(example, again);
        for (const f of readdirSync(out)) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
      } finally {
        tmp.remove();
      }
    },
  );

  it('Kreis Kleve: offers as services with ages, languages, cost and hours; the checker refuses a broken file', { timeout: 60_000 }, async () => {
    const tmp = tempDir();
    try {
      const out = join(tmp.dir, 'hsds');
      await hsds('kreis-kleve', out);
      const services = JSON.parse(readFileSync(join(out, 'services.json'), 'utf8')) as {
        name: string;
        minimum_age?: number;
        maximum_age?: number;
        languages: { code: string }[];
        cost_options: { amount: number; currency: string }[];
        schedules: { description: string }[];
      }[];
      const counselling = services.find((s) => s.name === 'Erziehungs- und Familienberatung')!;
      expect(counselling).toMatchObject({
        minimum_age: 0,
        maximum_age: 21,
        cost_options: [{ amount: 0, currency: 'EUR' }],
        schedules: [{ description: 'Mo–Do 9–12 Uhr und 14–16 Uhr, Fr 9–12 Uhr' }],
      });
      expect(counselling.languages.map((l) => l.code)).toEqual(['de', 'tr', 'ar']);
      // Broken on purpose: an organization without its name, a service pointing nowhere.
      const orgs = JSON.parse(readFileSync(join(out, 'organizations.json'), 'utf8')) as Record<string, unknown>[];
      delete orgs[0]!.name;
      writeFileSync(join(out, 'organizations.json'), JSON.stringify(orgs));
      const csv = readFileSync(join(out, 'services.csv'), 'utf8').split('\r\n');
      csv[1] = csv[1]!.replace(/^([^,]+),([^,]+),/, '$1,00000000-0000-5000-8000-000000000000,');
      writeFileSync(join(out, 'services.csv'), csv.join('\r\n'));
      const r = check(out, 'kreis-kleve', []);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/organizations\.json\[0\] \[\]: 'name' is a required property/);
      expect(r.stdout).toMatch(/services\.csv: organization_id 00000000-0000-5000-8000-000000000000 points to no organization/);
    } finally {
      tmp.remove();
    }
  });
});
