// netzwerk set QUERY FIELD=VALUE… [DIR] [--all] [--partner-of ID] [--kind …] [--dry-run]: changes
// fields of entries that exist (persons, partners, meetings, a partner's offers), through the writing path (every
// untouched byte kept, the whole network validated first, the diff shown, all or nothing). A query
// that finds several entries changes nothing without --all and lists them. Values as people type
// them (fields.ts); an empty value removes an optional field.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePath } from '../../../paths.js';
import type { Context } from '../../../cli/context.js';
import type { Invocation } from '../../../cli/spec.js';
import type { Change } from '../../../edit/place.js';
import type { Edit, Value } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { codeOf, t } from '../../../i18n/catalogue.js';
import { addDays, dayOf } from '../../../model/dates.js';
import type { Meeting, Partner } from '../../../model/types.js';
import { knownPartner } from '../../../cli/option-values.js';
import { editNetwork, type NetworkSession } from '../../../network/change.js';
import { suggest } from '../../../suggest.js';
import { fieldNamed, FIELDS, KINDS, type Kind, type Parsed } from './fields.js';
import { SET } from './spec.js';
import { targetsOf, type Target } from './targets.js';
import { editOf, shownValue, written } from './field-edit.js';

const isNetwork = (ctx: Context, word: string) => existsSync(join(resolvePath(ctx.io.cwd, word), 'network.yaml'));

interface Assignment {
  field: string;
  text: string;
}

export async function run(ctx: Context, { args, options }: Invocation<typeof SET>): Promise<number> {
  const words = [args.query, ...args.changes];
  const assignments: Assignment[] = [];
  const others: string[] = [];
  for (const word of words) {
    const m = /^([^=\s]+)=(.*)$/s.exec(word);
    if (!m) {
      others.push(word);
      continue;
    }
    const field = fieldNamed(m[1]!);
    if (!field)
      throw new UsageError('set.unknown-field', { field: m[1], suggestion: suggest(m[1]!, Object.keys(FIELDS)), fields: Object.keys(FIELDS).join(', ') });
    assignments.push({ field, text: m[2]!.trim() });
  }
  if (assignments.length === 0) throw new UsageError('set.nothing');
  // After a query, the last word is the network's folder; with --partner-of (the persons of that
  // partner) or --all (every entry the fields fit) a query is optional, and a lone word is the
  // folder when it is a network's (it has a network.yaml).
  const last = others.at(-1);
  const dir = others.length > 1 || (last !== undefined && (options.partnerOf !== undefined || options.all) && isNetwork(ctx, last)) ? last : undefined;
  const [query, ...extra] = dir === undefined ? others : others.slice(0, -1);
  if (extra.length > 0 || (query === undefined && options.partnerOf === undefined && !options.all))
    throw new UsageError('set.words', { words: others.join(' ') });
  const kinds = assignments.reduce<readonly Kind[]>((acc, a) => acc.filter((k) => FIELDS[a.field]!.kinds.includes(k)), KINDS);
  if (kinds.length === 0) throw new UsageError('set.fields-apart', { fields: assignments.map((a) => a.field).join(', ') });
  if (options.kind !== undefined && !kinds.includes(options.kind))
    throw new UsageError('set.kind-fields', { kind: options.kind, fields: assignments.map((a) => a.field).join(', ') });

  await editNetwork(ctx, dir, { dryRun: options.dryRun }, (session) =>
    plan(ctx, session, { query, kinds: options.kind ? [options.kind] : kinds, assignments, all: options.all, partnerOf: options.partnerOf }),
  );
  return 0;
}

function plan(
  ctx: Context,
  session: NetworkSession,
  o: { query: string | undefined; kinds: readonly Kind[]; assignments: Assignment[]; all: boolean; partnerOf: string | undefined },
): Change[] {
  const { model } = session;
  const partnerOf = o.partnerOf === undefined ? undefined : knownPartner(model, '--partner-of', o.partnerOf);
  const found = o.kinds.map((kind) => ({ kind, groups: targetsOf(model, kind, o.query, partnerOf) })).filter((f) => f.groups.length > 0);
  const shown = o.query ?? partnerOf?.name ?? '';
  if (found.length === 0) throw new UsageError('set.none', { query: shown, kinds: o.kinds.map((k) => t(ctx.lang, codeOf(`set.kind.${k}`))).join(', ') });
  if (found.length > 1) throw new UsageError('set.which-kind', { query: shown, kinds: found.map((f) => f.kind).join(', ') });
  const { kind, groups } = found[0]!;
  const where = (target: Target) =>
    t(ctx.lang, 'where', { file: target.origin.file, line: session.locate(target.origin, kind === 'meeting' || kind === 'offer' ? ['title'] : ['name']).line });
  const describe = (target: Target) =>
    `${target.name}${target.partner && target.partner.name !== target.name ? `, ${target.partner.name}` : ''}${target.email ? ` <${target.email}>` : ''} (${where(target)})`;
  if (groups.length > 1 && !o.all) throw new UsageError('set.ambiguous', { query: shown, count: groups.length, list: groups.flat().map(describe) });

  const changes: Change[] = [];
  for (const target of groups.flat()) {
    const edits: Edit[] = [];
    const shownChanges: string[] = [];
    const created = new Map<string, Record<string, Value>>();
    for (const a of o.assignments) {
      const spec = FIELDS[a.field]!;
      // An empty value (`consent=`) removes the field; a field that must stay refuses it below.
      const parsed: Parsed = a.text === '' ? { ok: true, value: 'remove' } : spec.parse(a.text, { municipalities: model.network.region.municipalities, kind });
      if (!parsed.ok)
        throw new UsageError('set.bad-value', { field: a.field, value: a.text, expected: t(ctx.lang, codeOf(`set.expected.${parsed.expected}`)) });
      if (parsed.value === 'remove' && spec.required) throw new UsageError('set.required', { field: a.field });
      const value = a.field === 'date' && parsed.value !== 'remove' ? movedStart(target.entry as Meeting, String(parsed.value)) : parsed.value;
      const edit = editOf(target, spec.key, value, created);
      if (!edit) continue;
      edits.push(...edit.edits);
      shownChanges.push(`${a.field}: ${edit.before ?? '–'} → ${value === 'remove' ? '–' : shownValue(value)}`);
      if (a.field === 'date' && (target.entry as Meeting).end !== undefined) {
        const end = movedEnd(target.entry as Meeting, String(value));
        edits.push({ op: 'set', path: target.origin.path, values: { end }, order: target.order });
      }
    }
    // The German text that translations follow changed (a partner's name; an offer's title, description or hours): its date
    // moves, so that "Übersetzung veraltet" tells the truth. An offer carries that date always (add offer writes it).
    if (germanTextChanged(target, shownChanges) && !o.assignments.some((a) => a.field === 'updated'))
      edits.push({ op: 'set', path: target.origin.path, values: { updated: ctx.today }, order: target.order });
    if (edits.length === 0) continue;
    ctx.say('set.entry', { entry: describe(target), changes: shownChanges.join('; ') });
    changes.push({ file: target.origin.file, edits });
  }
  if (changes.length > 0) ctx.io.stdout.write('\n');
  return changes;
}

function germanTextChanged(target: Target, shownChanges: readonly string[]): boolean {
  const changed = (field: string) => shownChanges.some((c) => c.startsWith(`${field}:`));
  if (target.kind === 'partner') return Object.keys((target.entry as Partner).translations).length > 0 && changed('name');
  if (target.kind === 'offer') return ['title', 'description', 'hours'].some(changed);
  return false;
}

/** A meeting's start on another day: the time stays. */
const movedStart = (m: Meeting, day: string): string => written(day, m.start);

/** Its end moved by as many days as its start. */
function movedEnd(m: Meeting, start: string): string {
  const days = Math.round((Date.parse(dayOf(start)) - Date.parse(dayOf(m.start))) / 86_400_000);
  return written(addDays(dayOf(m.end!), days), m.end!);
}
