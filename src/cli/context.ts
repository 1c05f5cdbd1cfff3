// What every command gets: the outside world, today, the language, and whether to colour.
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { todayIn } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';
import { dateOption } from './option-values.js';

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
  const today: IsoDate = given === undefined || given === '' ? todayIn() : dateOption('--today', given, lang)!;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return { io, today, lang, color: Boolean(io.stdout.isTTY) && !noColor };
}

export const resolveDir = (ctx: Context, dir: string | undefined) => resolve(ctx.io.cwd, dir ?? '.');
