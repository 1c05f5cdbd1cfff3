// What every command gets: the outside world, today, the language, and whether to colour.
import { UsageError } from '../errors.js';
import { t, type Code, type Params } from '../i18n/catalogue.js';
import type { Io } from '../io.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { todayIn } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';
import { resolvePath } from '../paths.js';
import { oneLineValues } from '../safe-text.js';
import { dateOption } from './option-values.js';

export interface Context {
  io: Io;
  today: IsoDate;
  lang: Lang;
  /** `--lang` as given, split at commas (`de,tr,ar`): the languages of the Wegweiser's pages (directory); empty when not given. */
  langs: readonly string[];
  /** Colour on stdout: only on a terminal, and never with NO_COLOR set. */
  color: boolean;
  /** How the user starts the program, for the commands it suggests (invokedAs). */
  prog: string;
  /** A line of the command's own report on stdout (what it did), in the user's language; the values it quotes on one line, control characters shown (safe-text.ts). */
  say(code: Code, params?: Params): void;
  /** A note on stderr (what the output lacks, what to do next), so that stdout stays the output itself. */
  note(code: Code, params?: Params): void;
}

/**
 * `npx netzwerk` when npx started the program (npm sets npm_command=exec), which works in the
 * program's folder only; else `netzwerk`, the installed command (README, Installieren).
 */
export const invokedAs = (env: Io['env']): string => (env.npm_command === 'exec' ? 'npx netzwerk' : 'netzwerk');

/**
 * The language, read before commander runs so that help and commander's own errors are in it
 * too: `--lang X` or `--lang=X` anywhere before `--`, else NETZWERK_LANG, else German. An unknown
 * value gives German for now and the error to report once the command line has been read.
 * `directory` takes a list of page languages (`--lang de,tr,ar`): its messages speak the first of
 * them that is German or English, else NETZWERK_LANG or German; `requested` is the list as given,
 * and a command that declares `pageLanguages` checks it itself instead of the error.
 */
export function languageOf(argv: readonly string[], env: Io['env']): { lang: Lang; requested: string[]; error?: UsageError } {
  let given: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i]!;
    if (a === '--lang' && i + 1 < argv.length) given = argv[i + 1];
    else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  }
  const requested = given === undefined ? [] : given.split(',').map((l) => l.trim());
  const known = (l: string | undefined): l is Lang => (LANGS as readonly string[]).includes(l ?? '');
  const fromEnv = known(env.NETZWERK_LANG) ? env.NETZWERK_LANG : 'de';
  const chosen = given === undefined ? env.NETZWERK_LANG : requested[0];
  if (chosen === undefined || chosen === '') return { lang: 'de', requested };
  const unknown = given === undefined ? (known(chosen) ? undefined : chosen) : requested.find((l) => !known(l));
  if (unknown === undefined) return { lang: chosen as Lang, requested };
  const error = new UsageError('usage.lang', { value: unknown, allowed: LANGS.join(', ') });
  return { lang: requested.find(known) ?? fromEnv, requested, error };
}

export function makeContext(io: Io, lang: Lang, today: string | undefined, langs: readonly string[] = []): Context {
  const given = today ?? io.env.NETZWERK_TODAY;
  const day: IsoDate = given === undefined || given === '' ? todayIn() : dateOption('--today', given)!;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return {
    io,
    today: day,
    lang,
    langs,
    color: Boolean(io.stdout.isTTY) && !noColor,
    prog: invokedAs(io.env),
    say: (code, params) => void io.stdout.write(`${t(lang, code, { prog: invokedAs(io.env), ...(params && oneLineValues(params)) })}\n`),
    note: (code, params) => void io.stderr.write(`${t(lang, code, { prog: invokedAs(io.env), ...(params && oneLineValues(params)) })}\n`),
  };
}

export const resolveDir = (ctx: Context, dir: string | undefined) => resolvePath(ctx.io.cwd, dir ?? '.');
