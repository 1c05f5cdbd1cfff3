// Command-line values checked against what they may be, with one catalogue code per kind of
// mistake (exit 2; the closest allowed value suggested where there is one).
import { UsageError } from '../errors.js';
import { dateFrom } from '../model/dates.js';
import { meant } from '../model/match.js';
import { foldText } from '../model/slug.js';
import type { IsoDate, Model, Partner } from '../model/types.js';
import { suggest } from '../suggest.js';

/** One of a few fixed choices (`--format`, `--audience`), exactly as written. */
export function choice<T extends string>(option: string, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('usage.choice', { option, value, allowed: allowed.join(', ') });
}

/** A value from a longer list (sectors, municipalities, meeting types): case and umlauts forgiven, else the closest one suggested. */
export function knownValue<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const close = suggest(value, allowed);
  if (close !== undefined && close.toLowerCase() === value.toLowerCase()) return close as T;
  throw new UsageError('usage.known-value', { option, value, suggestion: close, allowed: allowed.join(', ') });
}

/**
 * `--meeting ID` (or the MEETING argument of invite, sheet, attendance: `argument`): the id of a
 * meeting of the network; the message names the files the ids are in.
 */
export function knownMeeting(model: Model, id: string, options: { argument?: boolean } = {}): string {
  if (model.meetingById.has(id)) return id;
  const arg = options.argument ? '-arg' : '';
  if (model.meetings.length === 0) throw new UsageError(`usage.no-meetings${arg}`);
  const files = [...new Set(model.meetings.map((m) => (m.origin.file.includes('/') ? `${m.origin.file.split('/')[0]}/` : m.origin.file)))].sort();
  // A typo, or the id without its date (`sondertreffen` for `2026-12-sondertreffen`) when only one fits.
  const containing = [...model.meetingById.keys()].filter((m) => id.length >= 3 && m.includes(id));
  const suggestion = suggest(id, model.meetingById.keys()) ?? (containing.length === 1 ? containing[0] : undefined);
  throw new UsageError(`usage.unknown-meeting${arg}`, { id, suggestion, where: files.join(', ') });
}

/** A day in the calendar as `YYYY-MM-DD` (`--today`, `--from`, `--joined`), also typed `15.03.2026`; undefined stays undefined. */
export function dateOption(option: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const day = dateFrom(value);
  if (day !== undefined) return day;
  throw new UsageError('usage.date', { option, value });
}

/**
 * `--partner` (`--organizer`, `--partner-of` …): a partner by its id, or by words of its name as
 * the user sees it ("Grundschule am Park", "grundschule park"); several that fit are named, none the
 * closest id or name suggested.
 */
export function knownPartner(model: Model, option: string, query: string): Partner {
  const byId = model.partnerById.get(query.trim());
  if (byId) return byId;
  const found = query.trim() === '' ? [] : meant(model.partners, query);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new UsageError('usage.partner-ambiguous', { option, id: query, partners: found.map((p) => `${p.name} (${p.id})`).join('; ') });
  }
  throw new UsageError('usage.unknown-partner', { option, id: query, suggestion: suggest(query, model.partnerById.keys()) ?? partnerByWord(model, query) });
}

/** The partner one of whose name's words is close to a word of the query ("Kinderschutzbnd"), when only one has it. */
function partnerByWord(model: Model, query: string): string | undefined {
  const wordsOf = (text: string) =>
    foldText(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4);
  const owners = new Map<string, Set<string>>();
  for (const p of model.partners) for (const w of wordsOf(p.name)) owners.set(w, (owners.get(w) ?? new Set()).add(p.id));
  for (const word of wordsOf(query)) {
    const close = suggest(word, owners.keys());
    const ids = close === undefined ? undefined : owners.get(close)!;
    if (ids?.size === 1) return [...ids][0];
  }
  return undefined;
}
