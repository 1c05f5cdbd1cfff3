// The one entry point: reads the command line (src/cli/), runs the command, and is the only
// place that maps errors to exit codes (0 fine, 1 invalid data, 2 usage or file problems) and
// puts them into words (src/i18n/).
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import type { CommandName, Invocation } from './cli/commands.js';
import { invokedAs, languageOf, makeContext, type Context } from './cli/context.js';
import { buildProgram, commanderError, type Call } from './cli/program.js';
import { ExitError, InvalidDataError } from './errors.js';
import { t } from './i18n/catalogue.js';
import type { Lang } from './i18n/lang.js';
import type { Io } from './io.js';
import { PACKAGE_ROOT } from './package-root.js';
import { renderDiagnosticsText } from './render/diagnostics.js';
import { showControls } from './safe-text.js';

type Module<N extends CommandName> = { run(ctx: Context, invocation: Invocation<N>): Promise<number> };

/** Each command's module, loaded only when it runs (start-up stays small). */
const MODULES: { [N in CommandName]: () => Promise<Module<N>> } = {
  validate: () => import('./commands/validate.js'),
  report: () => import('./commands/report.js'),
  contacts: () => import('./commands/contacts.js'),
  directory: () => import('./commands/directory.js'),
  calendar: () => import('./commands/calendar.js'),
  meetings: () => import('./commands/meetings.js'),
  invite: () => import('./commands/invite.js'),
  sheet: () => import('./commands/sheet.js'),
  attendance: () => import('./commands/attendance.js'),
  init: () => import('./commands/init.js'),
  person: () => import('./commands/person.js'),
  review: () => import('./commands/review.js'),
  add: () => import('./commands/add.js'),
  verified: () => import('./commands/verified.js'),
  import: () => import('./commands/import.js'),
};

function version(): string {
  return (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { lang, error: langError } = languageOf(argv, io.env);
  try {
    const { program, selected } = buildProgram(lang, io, version, argv);
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return 0;
    }
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      const usage = commanderError(error, argv);
      if (usage) throw usage;
      return 0; // help or version shown
    }
    if (langError) throw langError;
    const call = selected();
    return call ? await run(call, makeContext(io, lang, call.common.today)) : 0;
  } catch (error) {
    return reportError(error, io, lang);
  }
}

async function run<N extends CommandName>(call: Extract<Call, { name: N }>, ctx: Context): Promise<number> {
  const module = await (MODULES[call.name] as () => Promise<Module<N>>)();
  return module.run(ctx, call.invocation as Invocation<N>);
}

function reportError(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof InvalidDataError) {
    io.stderr.write(renderDiagnosticsText(error.diagnostics, { lang, color: false, ...(error.fileCount === undefined ? {} : { fileCount: error.fileCount }) }));
    if (error.note) io.stderr.write(`${t(lang, error.note, { prog: invokedAs(io.env) })}\n`);
    return 1;
  }
  if (error instanceof ExitError) {
    // The values come from the command line and the disk (an option's value, a file name): control
    // characters shown as escapes, on one line. prog: the commands a message suggests are written
    // the way the user started the program.
    const shown = (v: unknown) => (typeof v === 'string' ? showControls(v, true) : v);
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, Array.isArray(v) ? v.map(shown) : shown(v)]));
    io.stderr.write(`netzwerk: ${t(lang, error.code, { prog: invokedAs(io.env), ...params })}\n`);
    return error.exitCode;
  }
  // A bug, not bad input: still no stack trace for the user, but enough to report it.
  const detail = showControls(error instanceof Error ? error.message : String(error), true);
  io.stderr.write(`netzwerk: ${t(lang, 'internal-error', { detail })}\n`);
  return 2;
}
