// The help texts of every command and option (part of the catalogue, catalogue.ts). An option's
// text is `help.opt.<command>.<flag>` where a command needs its own, else `help.opt.<flag>`.
import type { Texts } from './catalogue.js';

const same = (text: string) => ({ de: () => text, en: () => text });

export const HELP_TEXTS = {
  // ---- the program and commander's own parts
  'help.program': {
    de: () => 'Netzwerk Kinderschutz (§ 9 LKiSchG NRW): Daten prüfen, Bericht, Kontaktlisten und Kalender erstellen.',
    en: () => 'Child-protection network (§ 9 LKiSchG NRW): check the data, create the report, contact lists and calendars.',
  },
  'help.usage.program': { de: () => '<befehl> [ordner] [optionen]', en: () => '<command> [folder] [options]' },
  'help.usage.options': { de: () => '[optionen]', en: () => '[options]' },
  'help.heading.Usage:': { de: () => 'Aufruf:', en: () => 'Usage:' },
  'help.heading.Options:': { de: () => 'Optionen:', en: () => 'Options:' },
  'help.heading.Commands:': { de: () => 'Befehle:', en: () => 'Commands:' },
  'help.heading.Arguments:': { de: () => 'Argumente:', en: () => 'Arguments:' },
  'help.heading.Global Options:': { de: () => 'Allgemeine Optionen:', en: () => 'Global options:' },
  'help.default': { de: (p) => `(Standard: ${p.value})`, en: (p) => `(default: ${p.value})` },
  'help.option.help': { de: () => 'diese Hilfe anzeigen', en: () => 'show this help' },
  'help.option.help-command': { de: () => 'Hilfe zu diesem Befehl anzeigen', en: () => 'show help for this command' },
  'help.option.version': { de: () => 'Versionsnummer anzeigen', en: () => 'show the version number' },
  'help.command.help': { de: () => 'Hilfe zu einem Befehl anzeigen', en: () => 'show help for a command' },
  'help.command.help.arg': { de: () => '[befehl]', en: () => '[command]' },
  // ---- placeholders after a flag: --today <datum>
  'help.value.date': { de: () => 'datum', en: () => 'date' },
  'help.value.format': same('format'),
  'help.value.file': { de: () => 'datei', en: () => 'file' },
  'help.value.folder': { de: () => 'ordner', en: () => 'folder' },
  'help.value.audience': { de: () => 'kreis', en: () => 'audience' },
  'help.value.sector': { de: () => 'sektor', en: () => 'sector' },
  'help.value.municipality': { de: () => 'kommune', en: () => 'municipality' },
  'help.value.type': { de: () => 'art', en: () => 'type' },
  'help.value.id': same('id'),
  'help.value.year': { de: () => 'jahr', en: () => 'year' },
  'help.value.lang': { de: () => 'sprache', en: () => 'language' },
  'help.value.char': { de: () => 'zeichen', en: () => 'character' },
  'help.value.duration': { de: () => 'dauer', en: () => 'duration' },
  'help.value.number': { de: () => 'anzahl', en: () => 'number' },
  // ---- arguments
  'help.arg.dir.name': { de: () => 'ordner', en: () => 'folder' },
  'help.arg.dir': { de: () => 'Ordner des Netzwerks (Standard: der aktuelle Ordner)', en: () => "the network's folder (default: the current folder)" },
  'help.arg.query.name': { de: () => 'suche', en: () => 'query' },
  'help.arg.query': {
    de: () => 'Name oder E-Mail-Adresse (Groß-/Kleinschreibung und Umlaute egal)',
    en: () => 'name or e-mail address (case and umlauts do not matter)',
  },
  // ---- commands
  'help.cmd.validate': { de: () => 'die Dateien des Netzwerks prüfen', en: () => "check the network's files" },
  'help.cmd.report': { de: () => 'den Netzwerkbericht erstellen (Text, Markdown, HTML, JSON)', en: () => 'create the network report (text, Markdown, HTML, JSON)' },
  'help.cmd.contacts': { de: () => 'Kontaktlisten erstellen (CSV, vCard, E-Mail-Verteiler)', en: () => 'create contact lists (CSV, vCard, e-mail lists)' },
  'help.cmd.calendar': { de: () => 'Termine als iCalendar-Datei (.ics) ausgeben', en: () => 'write the meetings as an iCalendar file (.ics)' },
  'help.cmd.meetings': {
    de: () => 'die Veranstaltungen auflisten: Datum, Zeit, Art, Ort, Status, Eingeladene, Teilnahme, Hinweise',
    en: () => 'list the meetings: date, time, type, place, status, invited, attendance, notes',
  },
  'help.cmd.init': { de: () => 'ein neues Netzwerk mit Beispieldateien anlegen', en: () => 'create a new network with example files' },
  'help.cmd.person': {
    de: () => 'alles zeigen, was über eine Person gespeichert ist (Auskunft nach Art. 15 DSGVO)',
    en: () => 'show everything stored about a person (information under Art. 15 GDPR)',
  },
  'help.cmd.review': {
    de: () => 'Kontakte zur Überprüfung und zur Löschung auflisten (Datenschutz)',
    en: () => 'list contacts to confirm and to delete (data protection)',
  },
  // ---- options every command has
  'help.opt.--today': {
    de: () => 'Stichtag JJJJ-MM-TT statt des heutigen Datums (auch NETZWERK_TODAY)',
    en: () => "reference day YYYY-MM-DD instead of today's date (also NETZWERK_TODAY)",
  },
  'help.opt.--lang': { de: () => 'Sprache der Ausgabe: de oder en (auch NETZWERK_LANG)', en: () => 'language of the output: de or en (also NETZWERK_LANG)' },
  'help.opt.--out': { de: () => 'in diese Datei schreiben statt auf den Bildschirm', en: () => 'write to this file instead of the screen' },
  'help.opt.--from': { de: () => 'Beginn des Zeitraums JJJJ-MM-TT', en: () => 'start of the period YYYY-MM-DD' },
  'help.opt.--to': { de: () => 'Ende des Zeitraums JJJJ-MM-TT', en: () => 'end of the period YYYY-MM-DD' },
  // ---- validate
  'help.opt.validate.--format': { de: () => 'Ausgabe: text oder json', en: () => 'output: text or json' },
  'help.opt.validate.--strict': { de: () => 'auch bei Warnungen mit Exit-Code 1 enden', en: () => 'exit with code 1 on warnings, too' },
  // ---- report
  'help.opt.report.--year': { de: () => 'Berichtsjahr (Standard: das Jahr von --today)', en: () => 'year of the report (default: the year of --today)' },
  'help.opt.report.--from': { de: () => 'Beginn des Berichtszeitraums JJJJ-MM-TT', en: () => 'start of the reporting period YYYY-MM-DD' },
  'help.opt.report.--to': { de: () => 'Ende des Berichtszeitraums JJJJ-MM-TT', en: () => 'end of the reporting period YYYY-MM-DD' },
  'help.opt.report.--format': {
    de: () => 'Ausgabe: text, md, html oder json (Standard: nach Endung von --out, sonst text)',
    en: () => 'output: text, md, html or json (default: from the ending of --out, else text)',
  },
  // ---- contacts
  'help.opt.contacts.--format': {
    de: () => 'Ausgabe: csv, vcf oder emails (Standard: nach Endung von --out, sonst csv)',
    en: () => 'output: csv, vcf or emails (default: from the ending of --out, else csv)',
  },
  'help.opt.contacts.--audience': { de: () => 'für wen die Liste ist: internal, network oder public', en: () => 'who the list is for: internal, network or public' },
  'help.opt.contacts.--sector': { de: () => 'nur Partner dieses Sektors (mehrfach möglich)', en: () => 'only partners of this sector (may be repeated)' },
  'help.opt.contacts.--municipality': { de: () => 'nur Partner für diese Kommune (mehrfach möglich)', en: () => 'only partners serving this municipality (may be repeated)' },
  'help.opt.contacts.--insofa': { de: () => 'nur insoweit erfahrene Fachkräfte', en: () => 'only child-protection specialists (InsoFa)' },
  'help.opt.contacts.--meeting': {
    de: () => 'nur Kontakte der zu dieser Veranstaltung eingeladenen Partner',
    en: () => 'only contacts of the partners invited to this meeting',
  },
  'help.opt.contacts.--delimiter': { de: () => 'Trennzeichen der CSV-Datei', en: () => 'separator of the CSV file' },
  'help.opt.contacts.--no-bom': { de: () => 'CSV ohne BOM (Byte Order Mark) schreiben', en: () => 'write the CSV without a BOM (byte order mark)' },
  // ---- calendar
  'help.opt.calendar.--from': { de: () => 'nur Termine ab diesem Tag JJJJ-MM-TT', en: () => 'only meetings from this day YYYY-MM-DD' },
  'help.opt.calendar.--to': { de: () => 'nur Termine bis zu diesem Tag JJJJ-MM-TT', en: () => 'only meetings up to this day YYYY-MM-DD' },
  'help.opt.calendar.--type': { de: () => 'nur Veranstaltungen dieser Art (mehrfach möglich)', en: () => 'only meetings of this type (may be repeated)' },
  'help.opt.calendar.--public': { de: () => 'nur öffentliche Termine, ohne interne Angaben', en: () => 'only public meetings, without internal details' },
  'help.opt.calendar.--meeting': { de: () => 'nur diese eine Veranstaltung', en: () => 'only this one meeting' },
  'help.opt.calendar.--alarm': { de: () => 'Erinnerung vor Beginn, z. B. 1d, 2h, 30m', en: () => 'reminder before the start, e.g. 1d, 2h, 30m' },
  // ---- meetings
  'help.opt.meetings.--from': { de: () => 'nur Veranstaltungen ab diesem Tag JJJJ-MM-TT', en: () => 'only meetings from this day YYYY-MM-DD' },
  'help.opt.meetings.--to': { de: () => 'nur Veranstaltungen bis zu diesem Tag JJJJ-MM-TT', en: () => 'only meetings up to this day YYYY-MM-DD' },
  'help.opt.meetings.--upcoming': { de: () => 'nur kommende Veranstaltungen (ab --today)', en: () => 'only upcoming meetings (from --today on)' },
  'help.opt.meetings.--format': { de: () => 'Ausgabe: text oder json', en: () => 'output: text or json' },
  // ---- person, review
  'help.opt.person.--format': { de: () => 'Ausgabe: text oder json', en: () => 'output: text or json' },
  'help.opt.review.--format': {
    de: () => 'Ausgabe: text, csv oder emails (Standard: nach Endung von --out, sonst text)',
    en: () => 'output: text, csv or emails (default: from the ending of --out, else text)',
  },
} satisfies Texts;
