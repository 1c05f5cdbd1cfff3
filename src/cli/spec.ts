// What a command declares: its arguments and options (each product keeps its own declaration in
// its spec.ts; src/commands.ts lists them). From a declaration come commander's definition and
// help (program.ts, texts from src/i18n/help.ts) and the typed, checked options the command's
// module receives (Invocation).
import { date, value, type Opt, type OptionsOf } from './options.js';

interface Arg<K extends string = string> {
  key: K;
  required: boolean;
  /** The last argument only: all remaining words, as a list (`set QUERY FIELD=VALUE…`). */
  variadic?: boolean;
}

export interface CommandSpec {
  name: string;
  args: readonly Arg[];
  options: readonly Opt[];
  /** Kinds of the command, each with its own arguments and options (`add partner`, `add contact` …). */
  subcommands?: readonly CommandSpec[];
  /** `--lang` is a list of page languages the command checks itself (directory: `--lang de,tr,ar`); messages stay German or English. */
  pageLanguages?: boolean;
}

/** The network folder, the optional last argument of almost every command. */
export const DIR = { key: 'dir', required: false } as const;
/** `--out FILE`. */
export const OUT = value('out', 'file');

/** The options every command has: the reference day and the language. */
export const COMMON = [date('today'), value('lang', 'lang')] as const;

type ArgsOf<A extends readonly Arg[]> = {
  [P in A[number] as P['key']]: P['variadic'] extends true ? string[] : P['required'] extends true ? string : string | undefined;
};

interface Plain<S extends CommandSpec> {
  args: ArgsOf<S['args']>;
  options: OptionsOf<S['options']>;
}

/** One of the subcommands, as `kind`, with its own arguments and options. */
type OneOf<U> = U extends CommandSpec ? { kind: U['name'] } & Plain<U> : never;

/** What a command module's run() receives, typed from its declaration. */
export type Invocation<S extends CommandSpec> = S extends { subcommands: readonly CommandSpec[] } ? OneOf<S['subcommands'][number]> : Plain<S>;
