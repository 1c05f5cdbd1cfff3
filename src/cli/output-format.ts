// The output of a generating command: which format, from `--format` and the ending of `--out`.
// Every generating command (report, contacts, calendar, review, person …) declares what it can
// write as a list of kinds; one rule for all of them, so that they behave the same:
//
// - no `--out`, or a name without an ending: `--format`, else the command's default;
// - an ending the command knows decides the format; with `--format` as well, the two must agree
//   (a `.txt` file takes any text format);
// - an ending the command cannot write is a usage error (exit 2, before anything is read or
//   written) that lists the possible endings: `--out bericht.docx` never gets text inside;
//   with `--format` given, a neutral ending (`liste.dat`) is the user's choice, but never the
//   ending of a document format such as .pdf, .xlsx or .docx;
// - bytes (PDF, Excel) and pages (HTML) never go to a terminal: the message names the --out to use.
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { maybeOneOf, type Opt } from './options.js';

export interface OutputKind<F extends string = string, O extends string = string> {
  /** What the command renders. */
  format: F;
  /** The `--format` value that asks for it; several kinds may share one (person's letter as .md, .html or .pdf). */
  option: O;
  /** The endings of `--out` that mean this kind, lower case with the dot; the first is the usual one. */
  endings: readonly string[];
  /** Bytes, not text (PDF, xlsx). */
  binary?: boolean;
  /** A page for a browser (HTML): text, but never shown on a terminal either. */
  page?: boolean;
}

/** Endings of document formats that must never receive something else (a text in a .docx makes Word refuse it). */
const DOCUMENT_ENDINGS = new Set([
  '.pdf',
  '.xlsx',
  '.xlsm',
  '.xls',
  '.ods',
  '.docx',
  '.doc',
  '.odt',
  '.rtf',
  '.pptx',
  '.ppt',
  '.odp',
  '.zip',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
]);
/** A plain-text ending that any text format may use. */
const TEXT_ENDING = '.txt';

export interface OutputChoice {
  /** `--format` as given (already one of the command's values), or undefined. */
  format: string | undefined;
  out: string | undefined;
  /** The `--format` value used when neither `--format` nor the ending decide. */
  fallback: string;
  /** Whether stdout is a terminal: bytes and pages are not written there. */
  stdoutIsTTY?: boolean;
  /** The file name the message suggests for --out instead (without ending): `bericht`, `kontakte` … */
  name?: string;
}

/** `--format`, its values the command's outputs' (in the order declared), or undefined: the ending of `--out` or the default decides. */
export function formatOption<O extends string>(kinds: readonly OutputKind<string, O>[]): Opt<'format', O | undefined> {
  return maybeOneOf('format', [...new Set(kinds.map((k) => k.option))]);
}

export function chooseOutput<F extends string>(kinds: readonly OutputKind<F>[], choice: OutputChoice): OutputKind<F> {
  const { format, out } = choice;
  const ending = out === undefined ? '' : extname(out).toLowerCase();
  const byEnding = ending === '' ? undefined : kinds.find((k) => k.endings.includes(ending));
  const endings = [...new Set(kinds.flatMap((k) => k.endings))].join(', ');
  const hasFormatOption = new Set(kinds.map((k) => k.option)).size > 1;
  let kind: OutputKind<F> | undefined;

  if (format === undefined) {
    if (ending !== '' && !byEnding) throw new UsageError(hasFormatOption ? 'usage.out-ending' : 'usage.out-ending-only', { out, ending, endings });
    kind = byEnding ?? kinds.find((k) => k.option === choice.fallback);
  } else {
    const asked = kinds.filter((k) => k.option === format);
    const mismatch = () => new UsageError('usage.out-ending-format', { out, ending, format, fitting: asked.flatMap((k) => k.endings).join(', ') });
    if (byEnding) {
      if (asked.includes(byEnding)) kind = byEnding;
      else if (ending === TEXT_ENDING && asked.some((k) => !k.binary)) kind = asked.find((k) => !k.binary);
      else throw mismatch();
    } else if (ending === '' || !DOCUMENT_ENDINGS.has(ending)) kind = asked[0];
    else throw mismatch();
  }
  if (!kind) throw new Error(`no output kind for ${String(format ?? choice.fallback)}`);
  if ((kind.binary || kind.page) && out === undefined && choice.stdoutIsTTY)
    throw new UsageError('usage.binary-terminal', { format: kind.endings[0]!.slice(1), example: `${choice.name ?? 'liste'}${kind.endings[0]}` });
  return kind;
}
