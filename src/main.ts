// The one entry point: parses the command line, runs a command, and is the only place that
// maps errors to exit codes (0 fine, 1 invalid data, 2 usage or file problems).
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';
import { langFrom, makeContext, type CommonOptions, type Context } from './cli/context.js';
import { ExitError, InvalidDataError } from './errors.js';
import type { Io } from './io.js';
import type { Lang } from './i18n/lang.js';
import { PACKAGE_ROOT } from './package-root.js';
import { renderDiagnosticsText } from './render/diagnostics.js';

type Action = (ctx: Context, args: string[], options: Record<string, unknown>) => Promise<number>;

const collect = (value: string, previous: string[] = []) => [...previous, value];

const HEADINGS: Record<string, string> = {
  'Usage:': 'Aufruf:',
  'Options:': 'Optionen:',
  'Commands:': 'Befehle:',
  'Arguments:': 'Argumente:',
  'Global Options:': 'Allgemeine Optionen:',
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  let lang: Lang = 'de';
  try {
    lang = langFrom(undefined, io.env);
  } catch {
    // an unknown NETZWERK_LANG is reported by the command itself
  }
  const program = new Command();
  program
    .name('netzwerk')
    .usage('<befehl> [ordner] [optionen]')
    .description('Netzwerk Kinderschutz (§ 9 LKiSchG NRW): Daten prüfen, Bericht, Kontaktlisten und Kalender erstellen.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .configureHelp({
      styleTitle: (title) => HEADINGS[title] ?? title,
      optionDescription(option) {
        return Help.prototype.optionDescription.call(this, option).replace('(default: ', '(Standard: ');
      },
    })
    .helpOption('-h, --help', 'diese Hilfe anzeigen')
    .helpCommand('help [befehl]', 'Hilfe zu einem Befehl anzeigen')
    // commander's .version() wants the number at once; read package.json only when asked for it.
    .option('-V, --version', 'Versionsnummer anzeigen')
    .on('option:version', () => {
      const number = version();
      io.stdout.write(`${number}\n`);
      throw new CommanderError(0, 'commander.version', number);
    })
    .showSuggestionAfterError(true);

  const DIR: [string, string] = ['[ordner]', 'Ordner des Netzwerks (Standard: der aktuelle Ordner)'];
  const define = (name: string, description: string, run: Action, args: [string, string][] = [DIR]): Command => {
    const cmd = program.command(name).description(description);
    for (const [arg, text] of args) cmd.argument(arg, text);
    cmd
      .usage(`${args.map(([arg]) => arg).join(' ')} [optionen]`)
      .option('--today <datum>', 'Stichtag JJJJ-MM-TT statt des heutigen Datums (auch NETZWERK_TODAY)')
      .addOption(new Option('--lang <sprache>', 'Sprache der Ausgabe: de oder en (auch NETZWERK_LANG)'))
      .helpOption('-h, --help', 'Hilfe zu diesem Befehl anzeigen')
      .action(async (...params: unknown[]) => {
        const command = params.at(-1) as Command;
        const options = command.opts<CommonOptions & Record<string, unknown>>();
        const args = command.args;
        const ctx = makeContext(io, options);
        lang = ctx.lang;
        exitCode = await run(ctx, args, options);
      });
    return cmd;
  };

  define('validate', 'die Dateien des Netzwerks prüfen', async (ctx, [dir], o) =>
    (await import('./commands/validate.js')).validateCommand(ctx, dir, o),
  )
    .option('--format <format>', 'Ausgabe: text oder json', 'text')
    .option('--strict', 'auch bei Warnungen mit Exit-Code 1 enden');

  define('report', 'den Netzwerkbericht erstellen (Text, Markdown, HTML, JSON)', async (ctx, [dir], o) =>
    (await import('./commands/report.js')).reportCommand(ctx, dir, o),
  )
    .option('--year <jahr>', 'Berichtsjahr (Standard: das Jahr von --today)')
    .option('--from <datum>', 'Beginn des Berichtszeitraums JJJJ-MM-TT')
    .option('--to <datum>', 'Ende des Berichtszeitraums JJJJ-MM-TT')
    .option('--format <format>', 'Ausgabe: text, md, html oder json (Standard: nach Endung von --out, sonst text)')
    .option('--out <datei>', 'in diese Datei schreiben statt auf den Bildschirm');

  define('contacts', 'Kontaktlisten erstellen (CSV, vCard, E-Mail-Verteiler)', async (ctx, [dir], o) =>
    (await import('./commands/contacts.js')).contactsCommand(ctx, dir, o),
  )
    .option('--format <format>', 'Ausgabe: csv, vcf oder emails (Standard: nach Endung von --out, sonst csv)')
    .option('--audience <kreis>', 'für wen die Liste ist: internal, network oder public', 'network')
    .option('--sector <sektor>', 'nur Partner dieses Sektors (mehrfach möglich)', collect)
    .option('--municipality <kommune>', 'nur Partner für diese Kommune (mehrfach möglich)', collect)
    .option('--insofa', 'nur insoweit erfahrene Fachkräfte')
    .option('--meeting <id>', 'nur Kontakte der zu dieser Veranstaltung eingeladenen Partner')
    .option('--delimiter <zeichen>', 'Trennzeichen der CSV-Datei', ';')
    .option('--no-bom', 'CSV ohne BOM (Byte Order Mark) schreiben')
    .option('--out <datei>', 'in diese Datei schreiben statt auf den Bildschirm');

  define('calendar', 'Termine als iCalendar-Datei (.ics) ausgeben', async (ctx, [dir], o) =>
    (await import('./commands/calendar.js')).calendarCommand(ctx, dir, o),
  )
    .option('--from <datum>', 'nur Termine ab diesem Tag JJJJ-MM-TT')
    .option('--to <datum>', 'nur Termine bis zu diesem Tag JJJJ-MM-TT')
    .option('--type <art>', 'nur Veranstaltungen dieser Art (mehrfach möglich)', collect)
    .option('--public', 'nur öffentliche Termine, ohne interne Angaben')
    .option('--meeting <id>', 'nur diese eine Veranstaltung')
    .option('--alarm <dauer>', 'Erinnerung vor Beginn, z. B. 1d, 2h, 30m')
    .option('--out <datei>', 'in diese Datei schreiben statt auf den Bildschirm');

  define(
    'init',
    'ein neues Netzwerk mit Beispieldateien anlegen',
    async (ctx, [dir]) => (await import('./commands/init.js')).initCommand(ctx, dir),
  );

  define(
    'person',
    'alles zeigen, was über eine Person gespeichert ist (Auskunft nach Art. 15 DSGVO)',
    async (ctx, [query, dir], o) => (await import('./commands/person.js')).personCommand(ctx, query!, dir, o),
    [['<suche>', 'Name oder E-Mail-Adresse (Groß-/Kleinschreibung und Umlaute egal)'], DIR],
  ).option('--format <format>', 'Ausgabe: text oder json', 'text');

  define('review', 'Kontakte zur Überprüfung und zur Löschung auflisten (Datenschutz)', async (ctx, [dir], o) =>
    (await import('./commands/review.js')).reviewCommand(ctx, dir, o),
  )
    .option('--format <format>', 'Ausgabe: text, csv oder emails (Standard: nach Endung von --out, sonst text)')
    .option('--out <datei>', 'in diese Datei schreiben statt auf den Bildschirm');

  try {
    if (argv.length === 0) {
      io.stdout.write(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, lang);
  }
}

function reportError(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof InvalidDataError) {
    io.stderr.write(renderDiagnosticsText(error.diagnostics, { lang, color: false }));
    return 1;
  }
  if (error instanceof ExitError) {
    io.stderr.write(`netzwerk: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    io.stderr.write(`netzwerk: ${commanderMessage(error, lang)}\n`);
    return 2;
  }
  // A bug, not bad input: still no stack trace for the user, but enough to report it.
  const text = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    lang === 'de'
      ? `netzwerk: interner Fehler: ${text}\nBitte melden Sie diesen Fehler mit dem verwendeten Befehl.\n`
      : `netzwerk: internal error: ${text}\nPlease report this error with the command you used.\n`,
  );
  return 2;
}

/** Commander speaks English; the users do not, so its usage errors are said again in German. */
function commanderMessage(error: CommanderError, lang: Lang): string {
  const hint = lang === 'de' ? ' Hilfe: netzwerk --help' : ' Help: netzwerk --help';
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const didYouMean = /\(Did you mean (.*)\?\)/.exec(error.message)?.[1];
  const suggestion = didYouMean ? (lang === 'de' ? ` Meinten Sie ${didYouMean}?` : ` Did you mean ${didYouMean}?`) : '';
  if (lang === 'en') return error.message.replace(/^error: /, '') + (didYouMean ? '' : hint);
  switch (error.code) {
    case 'commander.unknownOption':
      return `Die Option „${quoted}“ gibt es nicht.${suggestion || hint}`;
    case 'commander.unknownCommand':
      return `Den Befehl „${quoted}“ gibt es nicht.${suggestion || hint}`;
    case 'commander.missingArgument':
      return `Es fehlt eine Angabe: ${quoted}.${hint}`;
    case 'commander.optionMissingArgument':
      return `Die Option „${quoted}“ braucht einen Wert.${hint}`;
    case 'commander.excessArguments':
      return `Zu viele Angaben für diesen Befehl.${hint}`;
    default:
      return error.message.replace(/^error: /, '') + hint;
  }
}
