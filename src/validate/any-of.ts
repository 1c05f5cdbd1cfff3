// A value that may take one of several forms (`anyOf` in the schemas: a youth office as an id or
// as {partner, key}, the network's kind as one value or a list). ajv reports every form's errors
// and then "must match a schema in anyOf"; the user wrote one form and needs only its errors.
// The form meant is the one whose type the value has: the other forms' errors at the value itself
// (their "wrong type", and what else their schema says there, like an enum) are dropped; a form is
// told by its schema (ajv's `parentSchema`, kept by the verbose option of
// scripts/build-validators.mjs). A value of none of the types keeps one error naming every type.
import type { ErrorObject } from 'ajv';

const inside = (path: string, at: string) => path === at || path.startsWith(`${at}/`);

export function chosenBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  if (anyOfAt.size === 0) return [...errors];
  const drop = new Set<ErrorObject>();
  const merged = new Map<string, ErrorObject>();
  for (const at of anyOfAt) {
    const own = errors.filter((e) => inside(e.instancePath, at));
    const wrongType = own.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const wrongForms = new Set(wrongType.map((e) => e.parentSchema));
    for (const e of own) if (e.instancePath === at && (e.keyword === 'anyOf' || wrongForms.has(e.parentSchema))) drop.add(e);
    // Nothing but wrong types: the value is of none of the forms; one error names them all.
    if (wrongType.length > 0 && own.every((e) => drop.has(e))) {
      const types = wrongType.flatMap((e) => String((e.params as { type: string | string[] }).type).split(','));
      merged.set(at, { ...wrongType[0]!, params: { type: [...new Set(types)].join(',') } });
    }
  }
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (!drop.has(e)) out.push(e);
    else if (e.keyword === 'anyOf' && merged.has(e.instancePath)) out.push(merged.get(e.instancePath)!);
  }
  return out;
}
