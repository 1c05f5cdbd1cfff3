// Command-line values checked against what they may be, with one catalogue code per kind of
// mistake (exit 2; the closest allowed value suggested where there is one).
import { UsageError } from '../errors.js';
import { isRealDate } from '../model/dates.js';
import type { IsoDate, Model } from '../model/types.js';
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

/** A day `YYYY-MM-DD` that is in the calendar (`--today`, `--from`, `--to`); undefined stays undefined. */
export function dateOption(option: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined || isRealDate(value)) return value;
  throw new UsageError('usage.date', { option, value });
}
