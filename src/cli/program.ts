// From the command table (commands.ts) to commander, in the user's language: the definition,
// the help texts, commander's own errors as catalogue codes, and the typed options of the
// command that was called. Nothing here runs a command.
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { hasText, t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Io } from '../io.js';
import type { Opt } from './options.js';
import { COMMON, type CommandSpec } from './spec.js';

/** What the command line asks for: a command with its checked options (typed by src/commands.ts). */
export interface Call {
  name: string;
  invocation: { args: Record<string, string | undefined>; options: Record<string, unknown> };
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
): { program: Command; selected: () => Call | undefined } {
  const tx = (code: string, params = {}) => t(lang, code, params);
  let selected: Call | undefined;
  const program = new Command()
    .name('netzwerk')
    .usage(tx('help.usage.program'))
    .description(tx('help.program'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .configureHelp({
      styleTitle: (title) => tx(`help.heading.${title}`),
      // The command list shows each command with its arguments, in the user's language ("[options]" would be English).
      subcommandTerm: (cmd) => [cmd.name(), ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))].join(' '),
    })
    .helpOption('-h, --help', tx('help.option.help'))
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
  for (const spec of Object.values(commands)) {
    if (named !== undefined && spec.name !== named) continue;
    const cmd = program.command(spec.name).description(tx(`help.cmd.${spec.name}`));
    for (const arg of spec.args) {
      const name = tx(`help.arg.${arg.key}.name`);
      cmd.argument(arg.required ? `<${name}>` : `[${name}]`, tx(`help.arg.${arg.key}`));
    }
    cmd.usage(`${spec.args.map((a) => (a.required ? `<${tx(`help.arg.${a.key}.name`)}>` : `[${tx(`help.arg.${a.key}.name`)}]`)).join(' ')} ${tx('help.usage.options')}`);
    for (const opt of [...spec.options, ...COMMON]) cmd.addOption(commanderOption(spec.name, opt, lang));
    cmd.helpOption('-h, --help', tx('help.option.help-command')).action((...params: unknown[]) => {
      const command = params.at(-1) as Command;
      selected = toCall(spec, command.args, command.opts());
    });
  }
  return { program, selected: () => selected };
}

function commanderOption(command: string, opt: Opt, lang: Lang): Option {
  const specific = `help.opt.${command}.${opt.flag}`;
  let description = t(lang, hasText(specific) ? specific : `help.opt.${opt.flag}`);
  if (opt.shownDefault !== undefined) description += ` ${t(lang, 'help.default', { value: opt.shownDefault })}`;
  const flags = opt.placeholder ? `${opt.flag} <${t(lang, `help.value.${opt.placeholder}`)}>` : opt.flag;
  const option = new Option(flags, description);
  if (opt.repeat) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return option;
}

/** Checks every option of the command (in the order declared; the first wrong one is reported). */
function toCall(spec: CommandSpec, positional: string[], raw: Record<string, unknown>): Call {
  const args: Record<string, string | undefined> = {};
  spec.args.forEach((a, i) => (args[a.key] = positional[i]));
  const options: Record<string, unknown> = {};
  for (const opt of spec.options) options[opt.key] = opt.parse(raw[opt.key]);
  const today = raw.today === undefined ? undefined : String(raw.today);
  return { name: spec.name, invocation: { args, options }, common: today === undefined ? {} : { today } };
}

/** commander's usage errors as catalogue codes (exit 2); help and version shown are not errors (undefined). */
export function commanderError(error: CommanderError, argv: readonly string[]): UsageError | undefined {
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return undefined;
  const command = argv.find((a) => !a.startsWith('-')) ?? '';
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /\(Did you mean (.*)\?\)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError('usage.unknown-option', { option: quoted, suggestion });
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

/** The command a line runs: its first word that is not an option (nor `--lang`'s value), if that names a command. */
function commandNamed(commands: Readonly<Record<string, CommandSpec>>, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--lang') i++;
    else if (!word.startsWith('-')) return Object.hasOwn(commands, word) ? word : undefined;
  }
  return undefined;
}
