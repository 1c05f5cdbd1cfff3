// The edit of one field of an entry that exists, shared by `set` and by `import --datasheet`: the
// value as fields.ts read it, written where the format wants it (a field of the address or the
// Schutzkonzept into its map, or a new map with it), removed for an empty value, nothing when the
// value is already there.
import { KEY_ORDER } from '../../../edit/order.js';
import type { Edit, Value } from '../../../edit/types.js';
import type { Target } from './targets.js';

export const shownValue = (v: Value): string => {
  if (Array.isArray(v)) return v.join(', ');
  // an offer's ages: `3–6`, `ab 12` is `12–`, `bis 6` is `–6`
  if (typeof v === 'object') {
    const range = v as { readonly [key: string]: Value };
    return `${String(range.from ?? '')}–${String(range.to ?? '')}`;
  }
  return String(v);
};

/**
 * The edit of one field of an entry, and its value before; undefined when nothing would change.
 * `created`: the maps this call of `set` adds to the entry (`address`, `schutzkonzept`), so that a
 * second field of a map the entry did not have joins the first instead of replacing it.
 */
export function editOf(
  target: Target,
  key: string,
  value: Value | 'remove',
  created: Map<string, Record<string, Value>>,
): { edits: Edit[]; before: string | undefined } | undefined {
  const entry = target.entry as unknown as Record<string, unknown>;
  // `insofa: ja` for an InsoFa of the pool (insofa written as a map of details) is already so: the details stay
  if (key === 'insofa' && value === true && entry.insofaDetails !== undefined) return undefined;
  const [outer, inner] = key.split('.') as [string, string | undefined];
  const current = inner ? (entry[outer] as Record<string, unknown> | undefined)?.[inner] : entry[outer];
  const before =
    current === undefined || current === false
      ? undefined
      : typeof current === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(current)
        ? written(current.slice(0, 10), current)
        : shownValue(current as Value);
  if (value === 'remove') {
    if (current === undefined) return undefined;
    return { edits: [{ op: 'remove', path: [...target.origin.path, outer, ...(inner ? [inner] : [])] }], before };
  }
  if (before !== undefined && before === shownValue(value) && typeof current === typeof value) return undefined;
  if (!inner) return { edits: [{ op: 'set', path: target.origin.path, values: { [outer]: value }, order: target.order }], before };
  // A field of the address (or the Schutzkonzept): in place when the partner has one, else a new map with it.
  const order = outer === 'schutzkonzept' ? KEY_ORDER.schutzkonzept : KEY_ORDER.address;
  if (entry[outer] !== undefined) return { edits: [{ op: 'set', path: [...target.origin.path, outer], values: { [inner]: value }, order }], before };
  const map = { ...(created.get(outer) ?? {}), [inner]: value };
  created.set(outer, map);
  return { edits: [{ op: 'set', path: target.origin.path, values: { [outer]: map }, order: target.order }], before };
}

/** A day and its time as the format writes them (`2027-02-10 14:00`), from the model's `2027-02-10T14:00:00`. */
export const written = (day: string, value: string): string => {
  const time = value.slice(11);
  return time === '' ? day : `${day} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
};
