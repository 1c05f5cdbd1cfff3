// Command-line values checked against what they may be, with one wording per kind of mistake
// (exit 2, in the user's language, with the closest allowed value where there is one).
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { isRealDate } from '../model/dates.js';
import type { IsoDate, Model } from '../model/types.js';
import { suggest } from '../suggest.js';

const didYouMean = (close: string | undefined, lang: Lang) =>
  close === undefined ? '' : lang === 'de' ? ` Meinten Sie „${close}“?` : ` Did you mean "${close}"?`;

/** One of a few fixed choices (`--format`, `--audience`), exactly as written. */
export function choice<T extends string>(option: string, allowed: readonly T[], value: string, lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    lang === 'de'
      ? `${option}: „${value}“ ist nicht möglich; erlaubt sind: ${allowed.join(', ')}.`
      : `${option}: "${value}" is not allowed; choose one of: ${allowed.join(', ')}.`,
  );
}

/** A value from a longer list (sectors, municipalities, meeting types): case and umlauts forgiven, else the closest one suggested. */
export function knownValue<T extends string>(option: string, value: string, allowed: readonly T[], lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const close = suggest(value, allowed);
  if (close !== undefined && close.toLowerCase() === value.toLowerCase()) return close as T;
  throw new UsageError(
    lang === 'de'
      ? `${option}: „${value}“ ist nicht möglich.${didYouMean(close, lang)} Erlaubt sind: ${allowed.join(', ')}.`
      : `${option}: "${value}" is not allowed.${didYouMean(close, lang)} Choose one of: ${allowed.join(', ')}.`,
  );
}

/** `--meeting ID`: the id of a meeting of the network. */
export function knownMeeting(model: Model, id: string, lang: Lang): string {
  if (model.meetingById.has(id)) return id;
  const close = didYouMean(suggest(id, model.meetingById.keys()), lang);
  throw new UsageError(
    lang === 'de'
      ? `--meeting: Eine Veranstaltung „${id}“ gibt es nicht.${close} Die Kennungen (id) stehen in meetings.yaml.`
      : `--meeting: there is no meeting "${id}".${close} The ids are in meetings.yaml.`,
  );
}

/** A day `YYYY-MM-DD` that is in the calendar (`--today`, `--from`, `--to`); undefined stays undefined. */
export function dateOption(option: string, value: string | undefined, lang: Lang): IsoDate | undefined {
  if (value === undefined || isRealDate(value)) return value;
  throw new UsageError(
    lang === 'de'
      ? `${option}: „${value}“ ist kein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-23.`
      : `${option}: "${value}" is not a date of the form YYYY-MM-DD, e.g. 2026-11-23.`,
  );
}
