// The shipped examples: every file with a schema modeline that resolves, and every field of the
// format used somewhere. Valid for an independent draft-07 validator too:
// test/system/examples-jsonschema.test.ts.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, ROOT } from '../support/helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((e) => !e.startsWith('.'))
    .flatMap((e) => {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(e) ? [p] : [];
    });
}

describe('examples', () => {
  it('are five networks', () => {
    expect(
      readdirSync(EXAMPLES)
        .filter((e) => statSync(join(EXAMPLES, e)).isDirectory())
        .sort(),
    ).toEqual([...EXAMPLE_NAMES]);
  });

  it.each(EXAMPLE_NAMES)('%s: every file starts with a schema modeline that resolves', (name) => {
    for (const file of yamlFiles(join(EXAMPLES, name))) {
      const first = readFileSync(file, 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const target = resolve(dirname(file), m![1]!);
      expect(existsSync(target), `${file} → ${target}`).toBe(true);
      expect(target.startsWith(join(ROOT, 'schemas'))).toBe(true);
    }
  });

  it('together use every field of the format, every meeting type and every status', () => {
    type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; definitions?: Record<string, Schema> };
    const fields = new Set<string>();
    const used = new Set<string>();
    const walkSchema = (root: Schema, node: Schema, prefix: string) => {
      if (node.$ref) node = root.definitions![node.$ref.split('/').pop()!]!;
      if (node.items) return walkSchema(root, node.items, prefix);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        fields.add(`${prefix}.${key}`);
        walkSchema(root, child, `${prefix}.${key}`);
      }
    };
    const walkData = (value: unknown, prefix: string) => {
      if (Array.isArray(value)) return value.forEach((v) => walkData(v, prefix));
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        used.add(`${prefix}.${key}`);
        if (['type', 'status', 'visibility'].includes(key)) used.add(`${prefix}.${key}=${String(child)}`);
        walkData(child, `${prefix}.${key}`);
      }
    };
    for (const name of ['network', 'partners', 'meetings', 'agreements', 'activities']) {
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as Schema;
      const item =
        name === 'network'
          ? schema
          : schema.definitions![{ partners: 'partner', meetings: 'meeting', agreements: 'agreement', activities: 'activity' }[name]!]!;
      walkSchema(schema, item, name);
    }
    const enums = (file: string, def: string) => (JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')).definitions[def] as { enum?: string[] }) ?? {};
    for (const t of enums('meetings.schema.json', 'meeting_type').enum ?? []) fields.add(`meetings.type=${t}`);
    for (const st of ['planned', 'held', 'cancelled']) fields.add(`meetings.status=${st}`);
    for (const st of ['draft', 'in_signature', 'in_force', 'expired', 'terminated']) fields.add(`agreements.status=${st}`);
    for (const t of ['kooperationsvereinbarung', 'vereinbarung_8a', 'leitbild', 'verfahrensabsprache', 'datenschutz', 'sonstige'])
      fields.add(`agreements.type=${t}`);
    for (const v of ['internal', 'network', 'public']) fields.add(`partners.contacts.visibility=${v}`);
    for (const t of enums('activities.schema.json', 'activity_type').enum ?? []) fields.add(`activities.type=${t}`);
    for (const name of EXAMPLE_NAMES) {
      for (const file of yamlFiles(join(EXAMPLES, name))) {
        const rel = file.slice(join(EXAMPLES, name).length + 1);
        walkData(parse(readFileSync(file, 'utf8')), rel.split(/[./]/)[0]!);
      }
    }
    expect(fields.size).toBeGreaterThan(80); // the walk really reached the schemas' fields
    // `sample` marks what `init` writes; an example is a network's real data, never a sample
    expect([...fields].filter((f) => !used.has(f) && !f.endsWith('.sample')).sort()).toEqual([]);
    expect([...used].filter((f) => f.endsWith('.sample'))).toEqual([]);
  });

  it('use only fictional e-mail domains', () => {
    for (const name of EXAMPLE_NAMES) {
      for (const file of yamlFiles(join(EXAMPLES, name))) {
        const mails = readFileSync(file, 'utf8').match(/[\w.+-]+@[\w.-]+/g) ?? [];
        for (const mail of mails) expect(mail, file).toMatch(/\.example$/);
      }
    }
  });
});
