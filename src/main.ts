// The one entry point: reads the command line (src/cli/), runs the command, and is the only
// place that maps errors to exit codes (0 fine, 1 invalid data, 2 usage or file problems) and
// puts them into words (src/i18n/).
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { invokedAs, languageOf, makeContext, type Context } from './cli/context.js';
import { buildProgram, commanderError } from './cli/program.js';
import type { CommandSpec } from './cli/spec.js';
import { COMMANDS, GROUP_OF, HELP_GROUPS, MODULES, type Call } from './commands.js';
import { InvalidDataError, MessageError } from './errors.js';
import { t } from './i18n/catalogue.js';
import type { Lang } from './i18n/lang.js';
import type { Io } from './io.js';
import { PACKAGE_ROOT } from './package-root.js';
import { renderDiagnosticsText } from './formats/diagnostics.js';
import { oneLineValues, showControls } from './safe-text.js';

function version(): string {
  return (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { lang, requested, error: langError } = languageOf(argv, io.env);
  try {
    const { program, selected } = buildProgram(COMMANDS, lang, io, version, argv, { order: HELP_GROUPS, of: GROUP_OF });
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return 0;
    }
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      const usage = commanderError(error, argv, COMMANDS);
      if (usage) throw usage;
      return 0; // help or version shown
    }
    const call = selected() as Call | undefined;
    // A command of page languages (directory: --lang de,tr,ar) checks its list itself.
    if (langError && !(call && (COMMANDS[call.name] as CommandSpec).pageLanguages)) throw langError;
    return call ? await run(call, makeContext(io, lang, call.common.today, requested)) : 0;
  } catch (error) {
    return reportError(error, io, lang);
  }
}

async function run(call: Call, ctx: Context): Promise<number> {
  // The table gives each name its module; the call's invocation was checked against the same name's spec.
  const module = await (MODULES[call.name] as () => Promise<{ run(ctx: Context, invocation: Call['invocation']): Promise<number> }>)();
  return module.run(ctx, call.invocation);
}

function reportError(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof InvalidDataError) {
    io.stderr.write(renderDiagnosticsText(error.diagnostics, { lang, color: false, ...(error.fileCount === undefined ? {} : { fileCount: error.fileCount }) }));
    if (error.note) io.stderr.write(`${t(lang, error.note, { prog: invokedAs(io.env) })}\n`);
    return 1;
  }
  if (error instanceof MessageError) {
    // The values come from the command line and the disk (an option's value, a file name): control
    // characters shown as escapes, on one line. prog: the commands a message suggests are written
    // the way the user started the program.
    io.stderr.write(`netzwerk: ${t(lang, error.code, { prog: invokedAs(io.env), ...oneLineValues(error.params) })}\n`);
    return error.exitCode;
  }
  // A bug, not bad input: still no stack trace for the user, but enough to report it.
  const detail = showControls(error instanceof Error ? error.message : String(error), true);
  io.stderr.write(`netzwerk: ${t(lang, 'internal-error', { detail })}\n`);
  return 2;
}
