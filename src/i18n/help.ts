// The help texts of every command and option (part of the catalogue, catalogue.ts). An option's
// text is `help.opt.<command>.<flag>` where a command needs its own, else `help.opt.<flag>`.
import { prog } from './prog.js';
import type { Texts } from './texts.js';

const same = (text: string) => ({ de: () => text, en: () => text });

export const HELP_TEXTS = {
  // ---- the program and commander's own parts
  'help.program': {
    de: () =>
      'Für die Koordination eines Netzwerks Kinderschutz (§ 9 LKiSchG NRW): die Daten des Netzwerks prüfen und pflegen (auch aus einer Excel-Liste), den Netzwerkbericht, Kontaktlisten, das Partnerverzeichnis und den Wegweiser erstellen, zu Veranstaltungen einladen und die Teilnahme eintragen, Auskunft nach Art. 15 DSGVO geben.',
    en: () =>
      "For the coordination of a child-protection network (§ 9 LKiSchG NRW): check and maintain the network's data (also from an Excel list), create the network report, contact lists, the partner directory and the public guide, invite to meetings and record attendance, answer requests under Art. 15 GDPR.",
  },
  'help.group.data': { de: () => 'Daten prüfen und pflegen:', en: () => 'Check and maintain the data:' },
  'help.group.outputs': { de: () => 'Ausgaben:', en: () => 'Outputs:' },
  'help.group.meetings': { de: () => 'Veranstaltungen:', en: () => 'Meetings:' },
  'help.group.privacy': { de: () => 'Datenschutz:', en: () => 'Data protection:' },
  'help.group.help': { de: () => 'Hilfe:', en: () => 'Help:' },
  'help.cmd.docs': {
    de: () => 'die Anleitungen zeigen, die mit dem Programm kommen (Datenformat, Import, Bericht …)',
    en: () => 'show the guides that come with the program (data format, import, report …)',
  },
  'help.arg.topic.name': { de: () => 'thema', en: () => 'topic' },
  'help.arg.topic': {
    de: () => 'format, import, report, contacts, directory, meetings oder calendar',
    en: () => 'format, import, report, contacts, directory, meetings or calendar',
  },
  'help.heading.Examples:': { de: () => 'Beispiele:', en: () => 'Examples:' },
  'docs.list': { de: () => 'Anleitungen zum Programm:', en: () => 'Guides to the program:' },
  'docs.how': {
    de: (p) => `\nEine zeigen: ${prog(p)} docs THEMA (z. B. ${prog(p)} docs import). In eine Datei: ${prog(p)} docs import > import.md`,
    en: (p) => `\nShow one: ${prog(p)} docs TOPIC (e.g. ${prog(p)} docs import). Into a file: ${prog(p)} docs import > import.md`,
  },
  'docs.unknown': {
    de: (p, q) => `Eine Anleitung ${q(p.topic)} gibt es nicht.${p.suggestion === undefined ? '' : ` Meinten Sie ${q(p.suggestion)}?`} Es gibt: ${p.topics}.`,
    en: (p, q) => `There is no guide ${q(p.topic)}.${p.suggestion === undefined ? '' : ` Did you mean ${q(p.suggestion)}?`} There are: ${p.topics}.`,
  },
  'help.more': {
    de: (p) => `Hilfe zu einem Befehl: ${prog(p)} BEFEHL --help. Anleitungen: ${prog(p)} docs.`,
    en: (p) => `Help on a command: ${prog(p)} COMMAND --help. Guides: ${prog(p)} docs.`,
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
  'help.value.text': same('text'),
  'help.value.email': { de: () => 'e-mail', en: () => 'e-mail' },
  'help.value.phone': { de: () => 'telefon', en: () => 'phone' },
  'help.value.url': { de: () => 'link', en: () => 'url' },
  'help.value.datetime': { de: () => 'datum[ zeit]', en: () => 'date[ time]' },
  'help.value.visibility': { de: () => 'sichtbarkeit', en: () => 'visibility' },
  'help.value.status': same('status'),
  'help.value.compare': { de: () => 'previous|jahr', en: () => 'previous|year' },
  'help.value.language': { de: () => 'sprache', en: () => 'language' },
  'help.value.for': { de: () => 'für', en: () => 'for' },
  'help.value.access': { de: () => 'zugang', en: () => 'access' },
  'help.value.cost': { de: () => 'kosten', en: () => 'cost' },
  'help.value.profile': same('profil'),
  'help.value.group': { de: () => 'gliederung', en: () => 'grouping' },
  // ---- arguments
  'help.arg.dir.name': { de: () => 'ordner', en: () => 'folder' },
  'help.arg.dir': { de: () => 'Ordner des Netzwerks (Standard: der aktuelle Ordner)', en: () => "the network's folder (default: the current folder)" },
  'help.arg.query.name': { de: () => 'suche', en: () => 'query' },
  'help.arg.query': {
    de: () => 'Name oder E-Mail-Adresse (Groß-/Kleinschreibung und Umlaute egal)',
    en: () => 'name or e-mail address (case and umlauts do not matter)',
  },
  'help.arg.changes.name': { de: () => 'feld=wert', en: () => 'field=value' },
  'help.arg.changes': {
    de: () =>
      'was sich ändert, z. B. visibility=network, verified=15.03.2026, function="Schulleitung", sector="Freie Jugendhilfe", municipalities="Alpen, Xanten", status=stattgefunden, date=10.02.2027; leerer Wert = löschen; zuletzt optional der Ordner',
    en: () =>
      'what changes, e.g. visibility=network, verified=2026-03-15, function="Head teacher", sector=freie_jugendhilfe, municipalities="Alpen, Xanten", status=held, date=2027-02-10; an empty value removes; last, optionally, the folder',
  },
  'help.arg.kind.name': { de: () => 'was', en: () => 'what' },
  'help.arg.kind': { de: () => 'partner, contact, meeting oder activity', en: () => 'partner, contact, meeting or activity' },
  'help.arg.meeting.name': { de: () => 'termin', en: () => 'meeting' },
  'help.arg.meeting': {
    de: () => 'Kennung (id) der Veranstaltung, z. B. 2026-12-netzwerktreffen',
    en: () => 'id of the meeting, e.g. 2026-12-netzwerktreffen',
  },
  'help.arg.list.name': { de: () => 'liste', en: () => 'list' },
  'help.arg.list': {
    de: () => 'die abgetippte Teilnahmeliste: .csv oder .xlsx mit Einrichtung (oder Kennung) und Zahl der Personen',
    en: () => 'the typed-up sign-in list: .csv or .xlsx with institution (or id) and number of persons',
  },
  'help.arg.sources.name': { de: () => 'quelle', en: () => 'source' },
  'help.arg.sources': {
    de: () =>
      'Netzwerk-Ordner, Berichtsdateien (netzwerk report --audience public --format json), Ordner mit Berichtsdateien oder ein Muster wie berichte/*.json',
    en: () => 'network folders, report files (netzwerk report --audience public --format json), folders of report files, or a pattern such as reports/*.json',
  },
  'help.arg.file.name': { de: () => 'datei', en: () => 'file' },
  'help.arg.file': {
    de: () => 'Tabelle mit Einrichtungen und Ansprechpersonen: .csv oder .xlsx',
    en: () => 'table of institutions and contact persons: .csv or .xlsx',
  },
  // ---- commands
  'help.cmd.overview': {
    de: () => 'viele Netzwerke in einer Übersicht: je Netzwerk und je Jugendamt eine Zeile, Anteile über alle (Text, Markdown, HTML, Excel, CSV, JSON)',
    en: () => 'many networks in one view: a row per network and per youth welfare office, shares across all (text, Markdown, HTML, Excel, CSV, JSON)',
  },
  'help.opt.overview.--year': {
    de: () => 'Berichtsjahr (Standard: der Zeitraum der meisten Berichtsdateien, sonst das Jahr von --today)',
    en: () => 'year (default: the period most report files have, else the year of --today)',
  },
  'help.opt.overview.--reference': {
    de: () => 'Liste aller Jugendämter (CSV oder Excel: Name und amtlicher Schlüssel): zeigt die ohne Datei',
    en: () => 'list of all youth welfare offices (CSV or Excel: name and official key): shows those without a file',
  },
  'help.opt.overview.--group-by': {
    de: () => 'gliedern nach kreis (Kreis oder kreisfreie Stadt) oder landesjugendamt (LVR, LWL), aus dem amtlichen Schlüssel',
    en: () => 'group by kreis (district or independent city) or landesjugendamt (LVR, LWL), from the official key',
  },
  'help.opt.overview.--format': {
    de: () => 'Ausgabe: text, md, html, xlsx, csv oder json (Standard: nach Endung von --out, sonst text)',
    en: () => 'output: text, md, html, xlsx, csv or json (default: from the ending of --out, else text)',
  },
  'help.cmd.validate': { de: () => 'die Dateien des Netzwerks prüfen', en: () => "check the network's files" },
  'help.cmd.report': {
    de: () => 'den Netzwerkbericht erstellen (Text, Markdown, HTML, JSON, PDF)',
    en: () => 'create the network report (text, Markdown, HTML, JSON, PDF)',
  },
  'help.cmd.contacts': {
    de: () => 'Kontaktlisten erstellen (CSV, Excel, vCard, E-Mail-Verteiler)',
    en: () => 'create contact lists (CSV, Excel, vCard, e-mail lists)',
  },
  'help.cmd.directory': {
    de: () => 'das Partnerverzeichnis für das Netzwerk oder den öffentlichen Wegweiser erstellen (HTML, CSV, JSON, Excel, PDF)',
    en: () => 'create the partner directory for the network or the public guide (HTML, CSV, JSON, Excel, PDF)',
  },
  'help.cmd.translations': {
    de: () => 'die Übersetzungsdateien des Wegweisers: wer sie geprüft hat, was fehlt und was noch niemand geprüft hat',
    en: () => 'the translation files of the Wegweiser: who checked them, what is missing and what nobody has checked yet',
  },
  'help.opt.translations.--lang': {
    de: () => 'nur diese Sprachen, durch Kommas getrennt, z. B. tr,ar; die Ausgabe ist auf Deutsch oder Englisch',
    en: () => 'only these languages, separated by commas, e.g. tr,ar; the output is in German or English',
  },
  'help.opt.translations.--format': { de: () => 'Ausgabe: text oder json', en: () => 'output: text or json' },
  'help.cmd.calendar': { de: () => 'Termine als iCalendar-Datei (.ics) ausgeben', en: () => 'write the meetings as an iCalendar file (.ics)' },
  'help.cmd.meetings': {
    de: () => 'die Veranstaltungen auflisten: Datum, Zeit, Art, Ort, Status, Eingeladene, Teilnahme, Hinweise',
    en: () => 'list the meetings: date, time, type, place, status, invited, attendance, notes',
  },
  'help.cmd.invite': {
    de: () => 'die Einladung zu einer Veranstaltung schreiben: Text, Kalenderdatei, Empfängerliste und E-Mail-Entwurf in einem Ordner',
    en: () => 'write the invitation to a meeting: text, calendar file, recipients and e-mail draft in one folder',
  },
  'help.cmd.sheet': {
    de: () => 'die Teilnahmeliste zum Ausdrucken (HTML, PDF) oder die Vorlage zum Abtippen (CSV)',
    en: () => 'the sign-in sheet to print (HTML, PDF) or the template for typing it up (CSV)',
  },
  'help.cmd.attendance': {
    de: () => 'die abgetippte Teilnahmeliste (CSV oder Excel) in die Veranstaltung eintragen',
    en: () => 'record the typed-up sign-in list (CSV or Excel) in the meeting',
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
  'help.cmd.add': {
    de: () => 'einen Partner, eine Kontaktperson, einen Termin oder eine Tätigkeit eintragen (ohne YAML von Hand)',
    en: () => 'add a partner, a contact person, a meeting or an activity (no hand-written YAML)',
  },
  'help.cmd.set': {
    de: () => 'Angaben von Personen, Partnern, Terminen oder Angeboten ändern, die es schon gibt (FELD=WERT, ohne YAML von Hand)',
    en: () => 'change fields of persons, partners, meetings or offers that exist (FIELD=VALUE, no hand-written YAML)',
  },
  'help.cmd.certificate': {
    de: () =>
      'Teilnahmebescheinigungen einer Veranstaltung: je Person ein A4-PDF aus einer Namensliste (die Namen werden nirgends gespeichert) oder leere zum Ausfüllen',
    en: () => 'certificates of attendance of a meeting: one A4 PDF per person from a list of names (the names are stored nowhere), or blank ones to fill in',
  },
  'help.opt.certificate.--names': {
    de: () => 'Liste der Teilnehmenden (CSV oder Excel: Spalte „Name“, oder „Vorname“ und „Nachname“, sonst die erste Spalte)',
    en: () => 'list of participants (CSV or Excel: a column "Name", or "Vorname" and "Nachname", else the first column)',
  },
  'help.opt.certificate.--blank': {
    de: () => 'so viele Bescheinigungen zum Ausfüllen von Hand (in einer PDF-Datei)',
    en: () => 'this many certificates to fill in by hand (in one PDF file)',
  },
  'help.opt.certificate.--out': { de: () => 'Ordner für die Bescheinigungen', en: () => 'folder for the certificates' },
  'help.cmd.datasheet': {
    de: () => 'je Einrichtung ein Datenblatt mit ihren Angaben zum Bestätigen (Excel oder PDF), mit --eml als E-Mail-Entwurf',
    en: () => 'one data sheet per institution with its data to confirm (Excel or PDF), with --eml as an e-mail draft',
  },
  'help.arg.partners.name': { de: () => 'einrichtung', en: () => 'institution' },
  'help.arg.partners': {
    de: () => 'Kennungen oder Wörter aus dem Namen der Einrichtungen; zuletzt optional der Ordner des Netzwerks',
    en: () => "ids or words of the institutions' names; last, optionally, the network's folder",
  },
  'help.opt.datasheet.--all': { de: () => 'für alle aktiven Einrichtungen', en: () => 'for every active institution' },
  'help.opt.datasheet.--due': {
    de: () => 'für die Einrichtungen, deren Angaben nie oder vor mehr als targets.review_partners_after_months Monaten bestätigt wurden',
    en: () => 'for the institutions whose data were never confirmed or more than targets.review_partners_after_months ago',
  },
  'help.opt.datasheet.--format': {
    de: () => 'xlsx (Standard; zurück mit import --datasheet) oder pdf (zum Ausdrucken)',
    en: () => 'xlsx (default; back with import --datasheet) or pdf (to print)',
  },
  'help.opt.datasheet.--eml': {
    de: () => 'je Einrichtung ein E-Mail-Entwurf an ihre allgemeine Adresse, das Datenblatt angehängt',
    en: () => 'an e-mail draft per institution to its general address, the sheet attached',
  },
  'help.opt.datasheet.--out': { de: () => 'Ordner für die Datenblätter', en: () => 'folder for the data sheets' },
  'help.opt.import.--datasheet': {
    de: () => 'die Datei ist ein zurückgeschicktes Datenblatt von netzwerk datasheet: ihre Änderungen übernehmen und die Angaben als bestätigt eintragen',
    en: () => 'the file is a returned data sheet of netzwerk datasheet: apply its changes and record the data as confirmed',
  },
  'help.cmd.erase': {
    de: () => 'löschen, was gelöscht werden muss: mit --due alles, was review zum Löschen nennt, oder eine Person',
    en: () => 'erase what must go: with --due everything review lists for deletion, or one person',
  },
  'help.cmd.verified': {
    de: () => 'die Kontaktdaten einer Person als bestätigt eintragen (verified)',
    en: () => "record that a person's contact data were confirmed (verified)",
  },
  'help.cmd.import': {
    de: () => 'Partner und Ansprechpersonen aus einer Excel- oder CSV-Liste übernehmen',
    en: () => 'take over partners and contact persons from an Excel or CSV list',
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
    de: () => 'Ausgabe: text, md, html, json oder pdf (Standard: nach Endung von --out, sonst text)',
    en: () => 'output: text, md, html, json or pdf (default: from the ending of --out, else text)',
  },
  'help.opt.report.--compare': {
    de: () =>
      'Kennzahlen eines anderen Zeitraums danebenstellen: previous (der gleich lange Zeitraum davor, bei einem Jahr das Vorjahr) oder ein Jahr, z. B. 2025',
    en: () =>
      'show the key figures of another period beside these: previous (the period of the same length before, for a year the year before) or a year, e.g. 2025',
  },
  'help.opt.report.--profile': {
    de: () =>
      'einen Abschnitt für ein weiteres Netzwerk hinzufügen: fruehe-hilfen (Netzwerk Frühe Hilfen nach § 3 KKG: Partner und Akteurstypen mit Teilnahme, Fördervoraussetzungen, Zahlen für den Sachbericht)',
    en: () =>
      'add a section for another kind of network: fruehe-hilfen (early childhood intervention network under § 3 KKG: partners and actor types with attendance, funding conditions, figures for the annual report)',
  },
  'help.opt.report.--audience': {
    de: () =>
      'für wen der Bericht ist: internal (Koordinierungsstelle: alle Namen, Hinweise mit Datei und Zeile), network (Netzwerkpartner) oder public (Öffentlichkeit, Ausschuss)',
    en: () =>
      'who the report is for: internal (the coordination: every name, notes with file and line), network (the partners) or public (the public, the committee)',
  },
  // ---- contacts
  'help.opt.contacts.--format': {
    de: () => 'Ausgabe: csv, vcf, emails oder xlsx (Standard: nach Endung von --out, sonst csv)',
    en: () => 'output: csv, vcf, emails or xlsx (default: from the ending of --out, else csv)',
  },
  'help.opt.contacts.--batch': {
    de: () => 'E-Mail-Verteiler in nummerierte Blöcke von höchstens so vielen Adressen teilen (Exchange: 500 je Nachricht)',
    en: () => 'split the e-mail list into numbered blocks of at most this many addresses (Exchange: 500 per message)',
  },
  'help.opt.contacts.--audience': {
    de: () => 'für wen die Liste ist: internal, network oder public',
    en: () => 'who the list is for: internal, network or public',
  },
  'help.opt.contacts.--sector': { de: () => 'nur Partner dieses Sektors (mehrfach möglich)', en: () => 'only partners of this sector (may be repeated)' },
  'help.opt.contacts.--municipality': {
    de: () => 'nur Partner für diese Kommune (mehrfach möglich)',
    en: () => 'only partners serving this municipality (may be repeated)',
  },
  'help.opt.contacts.--insofa': { de: () => 'nur insoweit erfahrene Fachkräfte', en: () => 'only child-protection specialists (InsoFa)' },
  'help.opt.contacts.--meeting': {
    de: () => 'nur Kontakte der zu dieser Veranstaltung eingeladenen Partner',
    en: () => 'only contacts of the partners invited to this meeting',
  },
  'help.opt.contacts.--delimiter': { de: () => 'Trennzeichen der CSV-Datei', en: () => 'separator of the CSV file' },
  'help.opt.contacts.--no-bom': { de: () => 'CSV ohne BOM (Byte Order Mark) schreiben', en: () => 'write the CSV without a BOM (byte order mark)' },
  // ---- directory
  'help.opt.directory.--format': {
    de: () =>
      'Ausgabe: html, csv, json, xlsx, pdf oder hsds (Open Referral HSDS 3.0: JSON, CSV-Dateien und datapackage.json in den Ordner von --out; Standard: nach Endung von --out, sonst html)',
    en: () =>
      'output: html, csv, json, xlsx, pdf or hsds (Open Referral HSDS 3.0: JSON, CSV files and datapackage.json into the folder of --out; default: from the ending of --out, else html)',
  },
  'help.opt.directory.--lang': {
    de: () =>
      'Sprachen der Seiten, durch Kommas getrennt, z. B. de,tr,ar,uk,ru,pl,en (mehrere: je Sprache eine Seite in den Ordner von --out); die Meldungen sind auf Deutsch oder Englisch',
    en: () =>
      'languages of the pages, separated by commas, e.g. de,tr,ar,uk,ru,pl,en (several: one page per language in the folder of --out); messages are in German or English',
  },
  'help.opt.directory.--out': {
    de: () =>
      'in diese Datei schreiben, oder in diesen Ordner (endet mit / oder gibt es schon): die Seiten aller Sprachen mit Leichter Sprache und Erklärung zur Barrierefreiheit',
    en: () =>
      'write into this file, or into this folder (ends with / or exists): the pages of every language with Leichte Sprache and the accessibility statement',
  },
  'help.opt.directory.--hide-unconfirmed': {
    de: () => 'Einträge weglassen, deren Einrichtung ihre Angaben nicht in den letzten targets.review_partners_after_months Monaten bestätigt hat',
    en: () => 'leave out entries whose institution has not confirmed its data within targets.review_partners_after_months',
  },
  'help.opt.directory.--audience': {
    de: () =>
      'für wen das Verzeichnis ist: network (die Partner: nach Bereich, mit den für das Netzwerk freigegebenen Personen) oder public (der Wegweiser für Eltern und Fachkräfte: nur öffentliche Personen)',
    en: () =>
      'who the directory is for: network (the partners: by sector, with the persons released to the network) or public (the guide for parents and professionals: public persons only)',
  },
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
  // ---- invite, sheet, attendance
  'help.opt.invite.--out-dir': {
    de: () => 'in diesen Ordner schreiben (Standard: ein Ordner mit der Kennung der Veranstaltung im aktuellen Ordner)',
    en: () => "write into this folder (default: a folder named after the meeting's id in the current folder)",
  },
  'help.opt.invite.--batch': {
    de: () => 'höchstens so viele Adressen je Nachricht; mehr ergeben mehrere Entwürfe (Exchange: 500)',
    en: () => 'at most this many addresses per message; more give several drafts (Exchange: 500)',
  },
  'help.opt.invite.--reply-by': {
    de: () => 'Rückmeldung erbeten bis, z. B. 01.02.2027 (Standard: eine Woche vor der Veranstaltung)',
    en: () => 'replies asked for by YYYY-MM-DD (default: one week before the meeting)',
  },
  'help.opt.sheet.--format': {
    de: () => 'Ausgabe: html, pdf oder csv (Vorlage zum Abtippen für attendance); Standard: nach Endung von --out, sonst html',
    en: () => 'output: html, pdf or csv (template for typing up, for attendance); default: from the ending of --out, else html',
  },
  'help.opt.sheet.--lines': { de: () => 'leere Zeilen je Einrichtung', en: () => 'empty lines per institution' },
  'help.opt.sheet.--guest-lines': { de: () => 'leere Zeilen für Gäste', en: () => 'empty lines for guests' },
  // ---- add
  // ---- add: one subcommand per kind, each with its own options
  'help.cmd.add.partner': { de: () => 'eine Einrichtung als Partner eintragen', en: () => 'add an institution as a partner' },
  'help.cmd.add.contact': { de: () => 'eine Kontaktperson bei einem Partner eintragen', en: () => 'add a contact person at a partner' },
  'help.cmd.add.meeting': {
    de: () => 'eine Veranstaltung eintragen (Netzwerktreffen, Fachtag, Fortbildung …)',
    en: () => 'add a meeting (network meeting, Fachtag, training …)',
  },
  'help.cmd.add.activity': {
    de: () => 'eine Tätigkeit der Koordination eintragen (Vertretung, Öffentlichkeitsarbeit, Fachberatung)',
    en: () => 'add an activity of the coordination (representation, public information, advice)',
  },
  'help.cmd.add.offer': {
    de: () => 'ein Angebot bei einem Partner eintragen: was eine Familie dort bekommt (der Wegweiser zeigt es)',
    en: () => 'add an offer at a partner: what a family gets there (the Wegweiser shows it)',
  },
  'help.opt.add.offer.--partner': { de: () => 'Kennung (id) des Partners, der das Angebot macht', en: () => 'id of the partner that makes the offer' },
  'help.opt.add.offer.--description': { de: () => 'was man dort bekommt, in einfachen Worten', en: () => 'what one gets there, in plain words' },
  'help.opt.add.offer.--url': { de: () => 'Internetseite des Angebots', en: () => 'web page of the offer' },
  'help.opt.add.offer.--municipality': {
    de: () => 'Kommune, in der das Angebot vor Ort ist (mehrfach möglich)',
    en: () => 'municipality where the offer is on site (may be repeated)',
  },
  'help.opt.add.--for': {
    de: () => 'für wen: eltern, kinder, jugendliche, fachkraefte (mehrfach möglich; ohne: für alle)',
    en: () => 'for whom: eltern, kinder, jugendliche, fachkraefte (may be repeated; none: everyone)',
  },
  'help.opt.add.--age-from': { de: () => 'ab diesem Alter (Jahre)', en: () => 'from this age (years)' },
  'help.opt.add.--age-to': { de: () => 'bis zu diesem Alter (Jahre, eingeschlossen)', en: () => 'up to this age (years, included)' },
  'help.opt.add.--language': {
    de: () => 'gesprochene Sprache außer Deutsch: Kürzel nach ISO 639-1 oder Name, z. B. tr oder Türkisch (mehrfach möglich)',
    en: () => 'language spoken besides German: ISO 639-1 code or name, e.g. tr or Turkish (may be repeated)',
  },
  'help.opt.add.--cost': { de: () => 'kostenlos oder gebuehr', en: () => 'kostenlos (free) or gebuehr (with a fee)' },
  'help.opt.add.--anonymous': { de: () => 'auch anonym möglich', en: () => 'also possible anonymously' },
  'help.opt.add.--hours': { de: () => 'Sprechzeiten, z. B. „Mo–Do 9–12 Uhr“', en: () => 'opening hours, e.g. "Mo–Do 9–12 Uhr"' },
  'help.opt.add.--accessibility': {
    de: () =>
      'was vor Ort barrierefrei ist: stufenlos, aufzug, rollstuhl_wc, hoeranlage, gebaerdensprache, leichte_sprache, blindenleitsystem (mehrfach möglich)',
    en: () => 'what is accessible on site: stufenlos, aufzug, rollstuhl_wc, hoeranlage, gebaerdensprache, leichte_sprache, blindenleitsystem (may be repeated)',
  },
  'help.opt.add.--id': {
    de: () => 'Kennung selbst festlegen (Standard: aus Name bzw. Titel gebildet)',
    en: () => 'choose the id (default: made from the name or title)',
  },
  'help.opt.add.partner.--name': { de: () => 'Name der Einrichtung', en: () => 'name of the institution' },
  'help.opt.add.contact.--name': { de: () => 'Name der Person', en: () => "the person's name" },
  'help.opt.add.--sector': {
    de: (p) => `Bereich, wie der Bericht ihn nennt („Freie Jugendhilfe“) oder kurz: kita, schule, polizei … (Liste: ${prog(p)} docs format)`,
    en: (p) => `sector, as the report names it ("Free youth welfare") or short: kita, schule, polizei … (list: ${prog(p)} docs format)`,
  },
  'help.opt.add.--municipality': {
    de: () => 'zuständig für diese Kommune (mehrfach möglich; ohne: ganze Region)',
    en: () => 'serves this municipality (may be repeated; none: the whole region)',
  },
  'help.opt.add.--street': { de: () => 'Straße und Hausnummer', en: () => 'street and number' },
  'help.opt.add.--postal-code': { de: () => 'Postleitzahl (fünf Ziffern)', en: () => 'postal code (five digits)' },
  'help.opt.add.--city': { de: () => 'Ort', en: () => 'city' },
  'help.opt.add.--website': { de: () => 'Internetseite, beginnend mit https://', en: () => 'web site, starting with https://' },
  'help.opt.add.partner.--email': { de: () => 'allgemeine E-Mail-Adresse der Einrichtung', en: () => "the institution's general e-mail address" },
  'help.opt.add.contact.--email': { de: () => 'dienstliche E-Mail-Adresse', en: () => 'work e-mail address' },
  'help.opt.add.partner.--phone': { de: () => 'Zentrale der Einrichtung', en: () => "the institution's main number" },
  'help.opt.add.contact.--phone': { de: () => 'dienstliche Telefonnummer', en: () => 'work phone number' },
  'help.opt.add.--joined': { de: () => 'Beitritt, z. B. 15.03.2026 (Standard: --today)', en: () => 'joined YYYY-MM-DD (default: --today)' },
  'help.opt.add.--tag': { de: () => 'Schlagwort (mehrfach möglich)', en: () => 'tag (may be repeated)' },
  'help.opt.add.--partner': {
    de: () => 'der Partner, bei dem die Person arbeitet: Kennung (id) oder Wörter seines Namens',
    en: () => 'the partner the person works for: its id or words of its name',
  },
  'help.opt.add.--function': { de: () => 'Funktion, z. B. Schulsozialarbeit', en: () => 'function, e.g. school social work' },
  'help.opt.add.--mobile': { de: () => 'dienstliche Mobilnummer', en: () => 'work mobile number' },
  'help.opt.add.--insofa': { de: () => 'ist insoweit erfahrene Fachkraft', en: () => 'is a child-protection specialist (InsoFa)' },
  'help.opt.add.--visibility': {
    de: () => 'intern (Standard), Netzwerk oder öffentlich (internal, network, public)',
    en: () => 'internal (default), network or public',
  },
  'help.opt.add.--consent': {
    de: () => 'Datum der Einwilligung, z. B. 15.03.2026 (Pflicht bei öffentlich)',
    en: () => 'date of consent (required for public)',
  },
  'help.opt.add.--verified': {
    de: () => 'Daten bestätigt am, z. B. 15.03.2026 (Standard: --today)',
    en: () => 'data confirmed on YYYY-MM-DD (default: --today)',
  },
  'help.opt.add.--title': { de: () => 'Titel', en: () => 'title' },
  'help.opt.add.meeting.--type': {
    de: () =>
      'Art, wie der Bericht sie nennt (Netzwerktreffen, Fachtag, Fortbildung …) oder kurz: netzwerktreffen, auftakt, fachtag, fortbildung, arbeitskreis, steuerungsgruppe, fallkonferenz, informationsveranstaltung, sonstige',
    en: () => 'netzwerktreffen, auftakt, fachtag, fortbildung, arbeitskreis, steuerungsgruppe, fallkonferenz, informationsveranstaltung or sonstige',
  },
  'help.opt.add.activity.--type': {
    de: () => 'Vertretung, Öffentlichkeitsarbeit, Fachberatung oder Sonstige',
    en: () => 'vertretung, oeffentlichkeitsarbeit, fachberatung or sonstige',
  },
  'help.opt.add.meeting.--start': {
    de: () => 'Beginn, z. B. 10.02.2027 14:00 (ganztägig ohne Zeit); geschrieben wird 2027-02-10 14:00',
    en: () => 'start YYYY-MM-DD HH:MM (all-day without time; 10.02.2027 14:00 works, too)',
  },
  'help.opt.add.activity.--start': {
    de: () => 'erster Tag, z. B. 01.03.2027 (mit --end: ein Zeitraum)',
    en: () => 'first day YYYY-MM-DD (with --end: a period)',
  },
  'help.opt.add.meeting.--end': { de: () => 'Ende wie --start', en: () => 'end like --start' },
  'help.opt.add.activity.--end': { de: () => 'letzter Tag, z. B. 31.03.2027', en: () => 'last day YYYY-MM-DD' },
  'help.opt.add.--status': {
    de: () => 'geplant, stattgefunden oder abgesagt (planned, held, cancelled; Standard für Künftiges: geplant)',
    en: () => 'planned, held or cancelled (default for future ones: planned)',
  },
  'help.opt.add.--location': { de: () => 'Ort', en: () => 'place' },
  'help.opt.add.--online': { de: () => 'Link zur Videokonferenz', en: () => 'video conference link' },
  'help.opt.add.--organizer': {
    de: () => 'ein ausrichtender Partner: Kennung oder Wörter des Namens (mehrfach möglich)',
    en: () => 'an organising partner: id or words of its name (may be repeated)',
  },
  'help.opt.add.--invited-sector': {
    de: () => 'eingeladener Bereich (mehrfach möglich; ohne: alle)',
    en: () => 'invited sector (may be repeated; none: everyone)',
  },
  'help.opt.add.--invited-partner': {
    de: () => 'ein eingeladener Partner: Kennung oder Wörter des Namens (mehrfach möglich)',
    en: () => 'an invited partner: id or words of its name (may be repeated)',
  },
  'help.opt.add.--topic': { de: () => 'Thema (mehrfach möglich)', en: () => 'topic (may be repeated)' },
  'help.opt.add.--public': { de: () => 'im öffentlichen Kalender zeigen', en: () => 'show in the public calendar' },
  'help.opt.add.--qualification-offer': { de: () => 'zählt als Qualifizierungsangebot', en: () => 'counts as a qualification offer' },
  'help.opt.add.meeting.--hours': {
    de: () => 'Umfang als Qualifizierung in Stunden, z. B. 6,5 (für Teilnahmebescheinigungen und den Bericht)',
    en: () => 'length as a qualification in hours, e.g. 6.5 (for certificates and the report)',
  },
  'help.opt.add.--teaching-units': {
    de: () => 'Umfang in Unterrichtseinheiten zu 45 Minuten, z. B. 8',
    en: () => 'length in teaching units of 45 minutes, e.g. 8',
  },
  'help.opt.add.--learning-content': {
    de: () => 'ein Lerninhalt für die Teilnahmebescheinigung (mehrfach möglich)',
    en: () => 'a learning content for the certificate (may be repeated)',
  },
  'help.opt.add.--minutes': { de: () => 'Pfad oder Link zum Protokoll', en: () => 'path or link to the minutes' },
  'help.opt.add.--date': {
    de: () => 'der Tag, z. B. 14.10.2026 (für einen Zeitraum --start und --end)',
    en: () => 'the day YYYY-MM-DD (for a period --start and --end)',
  },
  'help.opt.add.--body': {
    de: () => 'Netzwerk oder Gremium, in dem das Netzwerk vertreten wurde',
    en: () => 'network or group the network was represented in',
  },
  'help.opt.add.--count': { de: () => 'Anzahl, z. B. der Fachberatungen', en: () => 'a number, e.g. of consultations' },
  'help.opt.add.--url': { de: () => 'Link zum Ergebnis (Internetseite, Presse)', en: () => 'link to the result (web page, press)' },
  'help.opt.add.--description': { de: () => 'Beschreibung (keine Namen, keine Fälle)', en: () => 'description (no names, no cases)' },
  'help.opt.--dry-run': { de: () => 'nur zeigen, was sich ändern würde; nichts schreiben', en: () => 'only show what would change; write nothing' },
  'help.opt.erase.--due': {
    de: () => 'alle Personen, deren Einrichtung länger als die Aufbewahrungsfrist ausgetreten ist (wie review)',
    en: () => 'every person whose institution left longer ago than the retention period (as review lists them)',
  },
  // ---- verified
  'help.opt.verified.--date': {
    de: () => 'Datum der Bestätigung, z. B. 02.10.2026 (Standard: --today)',
    en: () => 'date of the confirmation YYYY-MM-DD (default: --today)',
  },
  // ---- person, review
  'help.opt.person.--format': {
    de: () =>
      'Ausgabe: text, json oder letter (Antwortschreiben nach Art. 15 DSGVO; als .md, .html oder .pdf nach Endung von --out); Standard: nach Endung von --out, sonst text',
    en: () =>
      'output: text, json or letter (the answer to an Art. 15 GDPR request; .md, .html or .pdf by the ending of --out); default: from the ending of --out, else text',
  },
  'help.opt.person.--partner': {
    de: () => 'mit --format letter: unter Gleichnamigen die Person bei diesem Partner (Kennung)',
    en: () => 'with --format letter: among namesakes, the person at this partner (id)',
  },
  'help.opt.init.--empty': {
    de: () => 'ohne Beispieleinträge: nur das Jugendamt und die Koordination, die network.yaml braucht (zum Ausfüllen)',
    en: () => 'without sample entries: only the youth office and the coordinator network.yaml needs (to fill in)',
  },
  'help.opt.import.--visibility': {
    de: () =>
      'wer Personen ohne eigene Angabe in der Liste sehen darf: internal (nur die Koordinierungsstelle, Standard) oder network (die Partner); nie public',
    en: () => 'who may see persons the list says nothing about: internal (the coordination only, default) or network (the partners); never public',
  },
  'help.opt.import.--update': {
    de: () => 'geänderte Angaben zu Personen und Einrichtungen, die es schon gibt, übernehmen (ohne: nur zeigen)',
    en: () => 'take over changed data of persons and institutions the network has (without: only show them)',
  },
  'help.opt.import.--allow-similar': {
    de: () => 'auch Einrichtungen anlegen, deren Name einem vorhandenen ähnelt',
    en: () => 'also add institutions whose name is close to one the network has',
  },
  'help.opt.import.--verbose': { de: () => 'auch die unveränderten Zeilen einzeln nennen', en: () => 'also list the unchanged rows one by one' },
  'help.opt.set.--all': {
    de: () => 'alle Einträge ändern, die die Suche findet (ohne Suche: alle, zu denen die Felder passen)',
    en: () => 'change every entry the query finds (without a query: every entry the fields fit)',
  },
  'help.opt.set.--partner-of': {
    de: () => 'die Personen (oder Angebote) dieses Partners (Kennung oder Wörter des Namens); die Suche kann dann fehlen',
    en: () => "this partner's persons (or offers) (id or words of its name); the query may then be left out",
  },
  'help.opt.set.--kind': {
    de: () => 'was gemeint ist, wenn die Suche mehrdeutig ist: person, partner, meeting oder offer (Angebot)',
    en: () => 'what is meant when the query is ambiguous: person, partner, meeting or offer',
  },
  'help.value.kind': { de: () => 'art', en: () => 'kind' },
  'help.opt.review.--format': {
    de: () => 'Ausgabe: text, csv oder emails (Standard: nach Endung von --out, sonst text)',
    en: () => 'output: text, csv or emails (default: from the ending of --out, else text)',
  },
} satisfies Texts;
