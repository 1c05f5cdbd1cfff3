// From the command table (commands.ts) to commander, in the user's language: the definition,
// the help texts, commander's own errors as catalogue codes, and the typed options of the
// command that was called. Nothing here runs a command.
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { codeOf, hasText, t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Io } from '../io.js';
import type { Opt } from './options.js';
import { examplePlace } from '../paths.js';
import { COMMON, type CommandSpec } from './spec.js';
import { invokedAs } from './context.js';

/** What the command line asks for: a command with its checked options (typed by src/commands.ts). */
export interface Call {
  name: string;
  /** `kind`: which of a command's subcommands (`add partner`). */
  invocation: { kind?: string; args: Record<string, string | string[] | undefined>; options: Record<string, unknown> };
  common: { today?: string };
}

/**
 * commander, built from the table of commands. Every command is declared (with its options and
 * help texts in the user's language) only when it may be needed: for a run of one command, the
 * command named first on the line; for help, an unknown word or no command at all, every one.
 */
export function buildProgram(
  commands: Readonly<Record<string, CommandSpec>>,
  lang: Lang,
  io: Io,
  version: () => string,
  argv: readonly string[] = [],
  groups: { order: readonly string[]; of: Readonly<Record<string, string>> } = { order: [], of: {} },
): { program: Command; selected: () => Call | undefined } {
  const shownProg = invokedAs(io.env);
  // place: a network's folder in the system's own style, for the examples (never a Linux path on Windows)
  const tx = (code: string, params = {}) => t(lang, codeOf(code), { prog: shownProg, place: examplePlace(), ...params });
  /** Two or three command lines to copy at the end of a command's help (i18n/examples.ts). */
  const examples = (path: string) => (hasText(`help.examples.${path}`) ? `\n${tx('help.heading.Examples:')}\n${tx(`help.examples.${path}`)}\n` : '');
  let selected: Call | undefined;
  const program = new Command()
    .name('netzwerk')
    .usage(tx('help.usage.program'))
    .description(tx('help.program'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .configureHelp({
      // commander's own headings translated; the groups' headings come translated already
      styleTitle: (title) => (hasText(`help.heading.${title}`) ? tx(`help.heading.${title}`) : title),
      // The command list shows each command with its arguments, in the user's language ("[options]" would be English).
      subcommandTerm: (cmd) =>
        [
          cmd.name(),
          ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)),
        ].join(' '),
    })
    .helpOption('-h, --help', tx('help.option.help'))
    // the help command beside `docs`, under the heading of help
    .commandsGroup(tx('help.group.help'))
    .helpCommand(`help ${tx('help.command.help.arg')}`, tx('help.command.help'))
    // commander's .version() wants the number at once; package.json is read only when asked.
    .option('-V, --version', tx('help.option.version'))
    .on('option:version', () => {
      const number = version();
      io.stdout.write(`${number}\n`);
      throw new CommanderError(0, 'commander.version', number);
    })
    .showSuggestionAfterError(true);
  // Read before commander runs (context.ts, languageOf); declared here so that `netzwerk --lang en --help` is accepted.
  program.addOption(new Option(`--lang <${tx('help.value.lang')}>`, tx('help.opt.--lang')));

  const named = commandNamed(commands, argv);
  const argName = (a: CommandSpec['args'][number]) => `${tx(`help.arg.${a.key}.name`)}${a.variadic ? '...' : ''}`;
  const argsUsage = (args: CommandSpec['args']) => args.map((a) => (a.required ? `<${argName(a)}>` : `[${argName(a)}]`));
  /** One command (or one kind of a command: `add partner`) with its arguments, options and help. */
  const declare = (parent: Command, spec: CommandSpec, path: string, onRun: (command: Command) => void) => {
    const cmd = parent.command(spec.name).description(tx(`help.cmd.${path}`));
    const group = groups.of[path];
    if (group !== undefined) cmd.helpGroup(tx(`help.group.${group}`));
    const shown = examples(path);
    if (shown) cmd.addHelpText('after', shown);
    for (const arg of spec.args) cmd.argument(arg.required ? `<${argName(arg)}>` : `[${argName(arg)}]`, tx(`help.arg.${arg.key}`));
    cmd.usage([...argsUsage(spec.args), tx('help.usage.options')].join(' '));
    for (const opt of [...spec.options, ...COMMON]) cmd.addOption(commanderOption(path, opt, lang));
    cmd.helpOption('-h, --help', tx('help.option.help-command')).action((...params: unknown[]) => onRun(params.at(-1) as Command));
    return cmd;
  };
  // In the order of the groups (commander shows a group where its first command is), each group in the table's order.
  const rank = (spec: CommandSpec) => {
    const i = groups.order.indexOf(groups.of[spec.name] ?? '');
    return i < 0 ? groups.order.length : i;
  };
  for (const spec of Object.values(commands).sort((a, b) => rank(a) - rank(b))) {
    if (named !== undefined && spec.name !== named) continue;
    if (!spec.subcommands) {
      declare(program, spec, spec.name, (command) => (selected = toCall(spec, command.args, command.opts())));
      continue;
    }
    // A command of several kinds: `add partner …`. Run with an unknown kind, it says which there are
    // (commander reaches this action only when no subcommand matched; without a kind, it reports the missing argument).
    const kinds = spec.subcommands.map((k) => k.name);
    const parent = declare(program, spec, spec.name, () => undefined)
      .allowExcessArguments()
      .action((kind: string) => {
        throw new UsageError('usage.choice', { option: spec.name, value: kind, allowed: kinds.join(', ') });
      });
    for (const sub of spec.subcommands) {
      declare(parent, sub, `${spec.name}.${sub.name}`, (command) => {
        // --today and --lang belong to `add` as well: commander gives them to the parent wherever they stand.
        const call = toCall(sub, command.args, command.optsWithGlobals());
        selected = { ...call, name: spec.name, invocation: { kind: sub.name, ...call.invocation } };
      });
    }
  }
  program.addHelpText('after', `${examples('program')}\n${tx('help.more')}\n`);
  return { program, selected: () => selected };
}

/** `path`: the command, or a command and its kind (`add.partner`); the help text the most specific there is. */
function commanderOption(path: string, opt: Opt, lang: Lang): Option {
  const parts = path.split('.');
  const specific = parts.map((_, i) => `help.opt.${parts.slice(0, parts.length - i).join('.')}.${opt.flag}`).find(hasText);
  let description = t(lang, specific ?? codeOf(`help.opt.${opt.flag}`));
  if (opt.shownDefault !== undefined) description += ` ${t(lang, 'help.default', { value: opt.shownDefault })}`;
  const flags = opt.placeholder ? `${opt.flag} <${t(lang, `help.value.${opt.placeholder}`)}>` : opt.flag;
  const option = new Option(flags, description);
  if (opt.repeat) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return option;
}

/** Checks every option of the command (in the order declared; the first wrong one is reported). */
function toCall(spec: CommandSpec, positional: string[], raw: Record<string, unknown>): Call {
  const args: Record<string, string | string[] | undefined> = {};
  spec.args.forEach((a, i) => (args[a.key] = a.variadic ? positional.slice(i) : positional[i]));
  const options: Record<string, unknown> = {};
  for (const opt of spec.options) options[opt.key] = opt.parse(raw[opt.key]);
  const today = raw.today === undefined ? undefined : String(raw.today);
  return { name: spec.name, invocation: { args, options }, common: today === undefined ? {} : { today } };
}

/** commander's usage errors as catalogue codes (exit 2); help and version shown are not errors (undefined). */
export function commanderError(error: CommanderError, argv: readonly string[], commands: Readonly<Record<string, CommandSpec>>): UsageError | undefined {
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return undefined;
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /\(Did you mean (.*)\?\)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return optionOfAnotherKind(commands[command], argv, quoted) ?? new UsageError('usage.unknown-option', { option: quoted, suggestion });
    case 'commander.unknownCommand':
      return new UsageError('usage.unknown-command', { command: quoted, suggestion });
    case 'commander.missingArgument':
      return new UsageError('usage.missing-argument', { argument: quoted, command });
    case 'commander.optionMissingArgument':
      return new UsageError('usage.option-missing-value', { option: quoted.split(' ')[0], command });
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      return new UsageError('usage.excess-arguments', { expected, got, command });
    }
    default:
      return new UsageError('usage.command-line', { detail: error.message.replace(/^error: /, '') });
  }
}

/** `add contact --sector kita`: an option of another kind of the command, said with the options this kind has. */
function optionOfAnotherKind(spec: CommandSpec | undefined, argv: readonly string[], option: string): UsageError | undefined {
  const kinds = spec?.subcommands;
  if (!kinds) return undefined;
  const kind = kinds.find((k) => argv.includes(k.name));
  if (!kind || !kinds.some((k) => k.options.some((o) => o.flag === option))) return undefined;
  const common = kind.options.filter((o) => kinds.every((k) => k.options.some((x) => x.flag === o.flag)));
  const own = kind.options.filter((o) => !common.includes(o));
  return new UsageError('usage.option-not-for-kind', {
    option,
    command: spec.name,
    kind: kind.name,
    allowed: own.map((o) => o.flag).join(', '),
    common: common.map((o) => o.flag).join(', '),
  });
}

/** The command a line runs: its first word that is not an option (nor `--lang`'s value), if that names a command. */
function commandNamed(commands: Readonly<Record<string, CommandSpec>>, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--lang') i++;
    else if (!word.startsWith('-')) return Object.hasOwn(commands, word) ? word : undefined;
  }
  return undefined;
}
