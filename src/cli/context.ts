// What every command gets: the outside world, today, the language, and whether to colour.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { isRealDate, todayIn } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

export interface Context {
  io: Io;
  today: IsoDate;
  lang: Lang;
  /** Colour on stdout: only on a terminal, and never with NO_COLOR set. */
  color: boolean;
}

export interface CommonOptions {
  today?: string;
  lang?: string;
}

export function langFrom(value: string | undefined, env: Io['env']): Lang {
  const chosen = value ?? env.NETZWERK_LANG;
  if (chosen === undefined || chosen === '') return 'de';
  if ((LANGS as readonly string[]).includes(chosen)) return chosen as Lang;
  throw new UsageError(`--lang: „${chosen}“ gibt es nicht; möglich sind: ${LANGS.join(', ')}.`);
}

export function makeContext(io: Io, options: CommonOptions): Context {
  const lang = langFrom(options.lang, io.env);
  const given = options.today ?? io.env.NETZWERK_TODAY;
  let today: IsoDate;
  if (given === undefined || given === '') today = todayIn();
  else if (isRealDate(given)) today = given;
  else
    throw new UsageError(
      lang === 'de'
        ? `--today: „${given}“ ist kein Datum in der Form JJJJ-MM-TT, z. B. 2026-11-23.`
        : `--today: "${given}" is not a date of the form YYYY-MM-DD, e.g. 2026-11-23.`,
    );
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return { io, today, lang, color: Boolean(io.stdout.isTTY) && !noColor };
}

export const resolveDir = (ctx: Context, dir: string | undefined) => resolve(ctx.io.cwd, dir ?? '.');

/** Parses an option value against a list of choices, with a message in the user's language. */
export function choice<T extends string>(option: string, allowed: readonly T[], value: string, lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    lang === 'de'
      ? `${option}: „${value}“ ist nicht möglich; erlaubt sind: ${allowed.join(', ')}.`
      : `${option}: "${value}" is not allowed; choose one of: ${allowed.join(', ')}.`,
  );
}
