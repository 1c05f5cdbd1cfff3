// validate's warnings, `review` and `person` answer from one data-care policy (model/policy.ts):
// on every valid fixture and example they agree on every person — who is to confirm, who is to
// delete, who is fine — including a coordinator whose partner has left.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { findPerson, type PersonEntry } from '../../src/products/privacy/person/person.js';
import { reviewFindings } from '../../src/products/privacy/review/review.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES } from '../support/helpers.js';

const TODAY = '2026-11-23';

/** Every fixture folder that holds valid data, and the five examples. */
function networks(): string[] {
  const folders = ['valid', 'warnings', 'privacy', 'contacts', 'report', 'calendar'].flatMap((group) =>
    readdirSync(join(FIXTURES, group))
      .map((name) => join(FIXTURES, group, name))
      .filter((dir) => statSync(dir).isDirectory()),
  );
  return [...EXAMPLE_NAMES.map((n) => join(EXAMPLES, n)), ...folders];
}

type Verdict = 'confirm' | 'delete' | 'none';

/** Per person (file and line of its name): what each of the three says. */
function verdicts(dir: string): { validate: Map<string, Verdict>; review: Map<string, Verdict>; person: Map<string, Verdict> } {
  const result = validateNetwork(readNetworkFolder(dir), { today: TODAY, lang: 'de' });
  if (!result.model) throw new Error(`${dir} is not valid`);
  const model = result.model;
  const places = new Map<string, string>(); // file + path of the person → file:line of its name
  const persons = [...model.network.coordinators, ...model.partners.flatMap((p) => p.contacts)];
  for (const p of persons) places.set(`${p.origin.file} ${p.origin.path.join('.')}`, `${p.origin.file}:${result.locate(p.origin, ['name']).line}`);

  const validate = new Map<string, Verdict>();
  const review = new Map<string, Verdict>();
  const person = new Map<string, Verdict>();
  for (const key of places.values()) {
    validate.set(key, 'none');
    review.set(key, 'none');
  }
  // validate: the warnings about a person's data, found by the person's path in the file
  const codes: Record<string, Verdict> = { 'contact-not-verified': 'confirm', 'contact-review-due': 'confirm', 'contact-retention': 'delete' };
  for (const d of result.diagnostics) {
    const verdict = codes[d.code];
    if (!verdict) continue;
    const path = d.path
      .replace(/\.(name|verified)$/, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/^\./, '');
    const key = places.get(`${d.file} ${path}`);
    if (!key) throw new Error(`no person at ${d.file} ${d.path}`);
    validate.set(key, verdict);
  }
  // review
  const findings = reviewFindings(model, TODAY, result.locate);
  for (const g of findings.review) for (const p of g.persons) review.set(`${p.place.file}:${p.place.line}`, 'confirm');
  for (const g of findings.deletion) for (const p of g.persons) review.set(`${p.place.file}:${p.place.line}`, 'delete');
  // person: asked by each name, as a requester would
  for (const name of new Set(persons.map((p) => p.name))) {
    for (const o of findPerson(model, name, TODAY, result.locate, result.texts()).occurrences) {
      if (o.kind !== 'coordinator' && o.kind !== 'contact') continue;
      const state = (o as PersonEntry).data.state;
      person.set(`${o.place.file}:${o.place.line}`, state === 'never' || state === 'due' ? 'confirm' : state === 'delete' ? 'delete' : 'none');
    }
  }
  return { validate, review, person };
}

describe('validate, review and person agree on every person', () => {
  it.each(networks().map((dir) => [dir.split('/').slice(-2).join('/'), dir] as const))('%s', (_name, dir) => {
    const { validate, review, person } = verdicts(dir);
    expect(review).toEqual(validate);
    expect(person).toEqual(validate);
  });

  it('a coordinator whose partner has left is to be deleted by all three, and is not the calendar organiser', () => {
    const { validate, review, person } = verdicts(join(FIXTURES, 'privacy', 'ehemalige-koordination'));
    // Greta Gegangen (network.yaml, line 11): partner left on 2025-12-31, deletion due since 2026-06-30.
    expect([validate.get('network.yaml:11'), review.get('network.yaml:11'), person.get('network.yaml:11')]).toEqual(['delete', 'delete', 'delete']);
    // Werner Warten (line 18): partner left on 2026-09-30, kept until 2027-03-31: neither to confirm nor to delete yet.
    expect([validate.get('network.yaml:18'), review.get('network.yaml:18'), person.get('network.yaml:18')]).toEqual(['none', 'none', 'none']);
  });
});
