// Errors that end a run with exit code 2 (part of the catalogue, catalogue.ts): wrong use of the
// command line, and folders or files that are missing, unreadable or unwritable. Each says what to do.
import type { Params, Quote, Texts } from './texts.js';
import { prog } from './prog.js';

const close = {
  de: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : ` Meinten Sie ${q(p.suggestion)}?`),
  en: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : ` Did you mean ${q(p.suggestion)}?`),
};

/**
 * What a file that cannot be read most likely means, by the system's error code: held by another
 * program (Windows: EBUSY), no permission, or, under Windows also behind EACCES, a file that
 * OneDrive keeps only online or a share that went away.
 */
const UNREADABLE: Record<'de' | 'en', Record<'locked' | 'denied' | 'other', string>> = {
  de: {
    locked: 'Sie ist in einem anderen Programm geöffnet, das sie für sich sperrt – bitte dort schließen und noch einmal versuchen.',
    denied:
      'Bitte die Zugriffsrechte prüfen. Liegt der Ordner in OneDrive, ist die Datei vielleicht nur online: im Explorer mit der rechten Maustaste auf die Datei „Immer auf diesem Gerät beibehalten“ wählen, dann noch einmal versuchen.',
    other:
      'Liegt der Ordner in OneDrive oder auf einem Netzlaufwerk, ist die Datei vielleicht nur online oder die Verbindung unterbrochen: im Explorer mit der rechten Maustaste auf die Datei „Immer auf diesem Gerät beibehalten“ wählen bzw. die Verbindung prüfen, dann noch einmal versuchen.',
  },
  en: {
    locked: 'It is open in another program that locks it – please close it there and try again.',
    denied:
      'Please check its permissions. If the folder is in OneDrive, the file may be online only: right-click it in the Explorer, choose "Always keep on this device", then try again.',
    other:
      'If the folder is in OneDrive or on a network drive, the file may be online only or the connection lost: right-click it in the Explorer and choose "Always keep on this device", or check the connection, then try again.',
  },
};
const unreadable = (reason: unknown): 'locked' | 'denied' | 'other' =>
  reason === 'EBUSY' ? 'locked' : reason === 'EACCES' || reason === 'EPERM' ? 'denied' : 'other';

export const USAGE_TEXTS = {
  // ---- option values (src/cli/option-values.ts)
  'usage.choice': {
    de: (p, q) => `${p.option}: ${q(p.value)} ist nicht möglich; erlaubt sind: ${p.allowed}.`,
    en: (p, q) => `${p.option}: ${q(p.value)} is not allowed; choose one of: ${p.allowed}.`,
  },
  'usage.known-value': {
    de: (p, q) => `${p.option}: ${q(p.value)} ist nicht möglich.${close.de(p, q)} Erlaubt sind: ${p.allowed}.`,
    en: (p, q) => `${p.option}: ${q(p.value)} is not allowed.${close.en(p, q)} Choose one of: ${p.allowed}.`,
  },
  'usage.unknown-meeting': {
    de: (p, q) => `--meeting: Eine Veranstaltung ${q(p.id)} gibt es nicht.${close.de(p, q)} Die Kennungen (id) stehen in ${p.where}.`,
    en: (p, q) => `--meeting: there is no meeting ${q(p.id)}.${close.en(p, q)} The ids are in ${p.where}.`,
  },
  'usage.no-meetings': {
    de: () => '--meeting: Das Netzwerk hat noch keine Veranstaltungen (meetings.yaml oder Ordner meetings/).',
    en: () => '--meeting: the network has no meetings yet (meetings.yaml or folder meetings/).',
  },
  'usage.date': {
    de: (p, q) => `${p.option}: ${q(p.value)} ist kein Datum, z. B. 23.11.2026 oder 2026-11-23.`,
    en: (p, q) => `${p.option}: ${q(p.value)} is not a date of the form YYYY-MM-DD (or DD.MM.YYYY), e.g. 2026-11-23.`,
  },
  'usage.lang': {
    de: (p, q) => `--lang: ${q(p.value)} gibt es nicht; möglich sind: ${p.allowed}.`,
    en: (p, q) => `--lang: ${q(p.value)} is not available; choose one of: ${p.allowed}.`,
  },
  'usage.page-lang': {
    de: (p, q) =>
      `--lang: ${q(p.value)} – für den Wegweiser gibt es diese Sprache nicht; möglich sind: ${p.allowed}. Eine Sprache kommt mit einer Übersetzungsdatei dazu (translations/).`,
    en: (p, q) =>
      `--lang: ${q(p.value)} – the Wegweiser has no such language; choose from: ${p.allowed}. A language is added with a translation file (translations/).`,
  },
  'usage.page-lang-network': {
    de: (p, q) =>
      `--lang ${q(p.value)}: Das Partnerverzeichnis (--audience network) gibt es auf Deutsch und Englisch; andere Sprachen hat der Wegweiser (--audience public).`,
    en: (p, q) =>
      `--lang ${q(p.value)}: the partner directory (--audience network) is in German and English; the Wegweiser (--audience public) has the other languages.`,
  },
  'usage.table-lang': {
    de: (p, q) =>
      `--lang ${q(p.value)}: Die Tabelle (--format ${p.format}) gibt es auf Deutsch und Englisch; die anderen Sprachen haben die Seiten des Wegweisers (HTML, PDF) und JSON.`,
    en: (p, q) =>
      `--lang ${q(p.value)}: the table (--format ${p.format}) is in German and English; the other languages are for the Wegweiser's pages (HTML, PDF) and JSON.`,
  },
  'usage.langs-need-folder': {
    de: (p) => `Mehrere Sprachen (--lang ${p.langs}) ergeben mehrere Seiten: Bitte mit --out einen Ordner angeben, z. B. --out wegweiser/.`,
    en: (p) => `Several languages (--lang ${p.langs}) make several pages: please name a folder with --out, e.g. --out wegweiser/.`,
  },
  'usage.langs-format': {
    de: (p) => `Mehrere Sprachen (--lang ${p.langs}) gibt es für die Seiten des Wegweisers (HTML und PDF); für --format ${p.format} bitte eine Sprache wählen.`,
    en: (p) => `Several languages (--lang ${p.langs}) are for the Wegweiser's pages (HTML and PDF); for --format ${p.format} please choose one language.`,
  },
  'usage.format-needs-folder': {
    de: (p) => `--format ${p.format} schreibt mehrere Dateien: Bitte mit --out einen Ordner angeben, z. B. --out ${p.example}/.`,
    en: (p) => `--format ${p.format} writes several files: please name a folder with --out, e.g. --out ${p.example}/.`,
  },
  'usage.year': {
    de: (p, q) => `--year: ${q(p.value)} ist kein Jahr; Beispiel: --year 2026.`,
    en: (p, q) => `--year: ${q(p.value)} is not a year; example: --year 2026.`,
  },
  'usage.year-and-range': {
    de: () => '--year und --from/--to schließen sich aus: bitte entweder ein Berichtsjahr oder einen Zeitraum angeben.',
    en: () => '--year cannot be combined with --from/--to: give either a year or a period.',
  },
  'usage.period-reversed': {
    de: (p) => `Der Zeitraum endet (${p.end}) vor seinem Beginn (${p.start}). Bitte --from und --to prüfen.`,
    en: (p) => `The period ends (${p.end}) before it starts (${p.start}). Please check --from and --to.`,
  },
  'usage.from-after-to': {
    de: (p) => `--from ${p.from} liegt nach --to ${p.to}. Bitte die beiden Tage tauschen.`,
    en: (p) => `--from ${p.from} is after --to ${p.to}. Please swap the two days.`,
  },
  'usage.alarm': {
    de: (p, q) =>
      `--alarm: ${q(p.value)} ist keine Dauer. Schreiben Sie z. B. 1d (ein Tag), 2h (zwei Stunden) oder 30m (30 Minuten) vor Beginn; höchstens 28d.`,
    en: (p, q) => `--alarm: ${q(p.value)} is not a duration. Write e.g. 1d (one day), 2h (two hours) or 30m (30 minutes) before the start; at most 28d.`,
  },
  'usage.meeting-not-public': {
    de: (p, q) => `--meeting: ${q(p.id)} ist nicht öffentlich und fehlt deshalb mit --public.`,
    en: (p, q) => `--meeting: ${q(p.id)} is not public and is therefore left out with --public.`,
  },
  'usage.compare': {
    de: (p, q) =>
      `--compare: ${q(p.value)} geht nicht; möglich sind previous (der Zeitraum davor, bei einem Jahr das Vorjahr) oder ein Jahr, z. B. --compare 2025.`,
    en: (p, q) => `--compare: ${q(p.value)} is not possible; use previous (the period before, for a year the year before) or a year, e.g. --compare 2025.`,
  },
  'usage.compare-same': {
    de: (p) => `--compare ${p.value}: das ist der Berichtszeitraum selbst; bitte ein anderes Jahr oder previous angeben.`,
    en: (p) => `--compare ${p.value}: that is the reporting period itself; please give another year or previous.`,
  },
  'usage.delimiter': {
    de: (p, q) => `--delimiter: ${q(p.value)} ist als Trennzeichen nicht möglich; üblich sind ; (Standard), , oder tab.`,
    en: (p, q) => `--delimiter: ${q(p.value)} cannot be used as separator; common ones are ; (default), , or tab.`,
  },
  'usage.person-query': {
    de: (p) => `Bitte einen Namen oder eine E-Mail-Adresse angeben, z. B.: ${prog(p)} person "Anna Müller"`,
    en: (p) => `Please give a name or an e-mail address, e.g.: ${prog(p)} person "Anna Müller"`,
  },
  // ---- the command line itself (commander's errors, said again in the user's language)
  'usage.unknown-option': {
    de: (p, q) => `Die Option ${q(p.option)} gibt es nicht.${close.de(p, q) || ` Hilfe: ${prog(p)} --help`}`,
    en: (p, q) => `unknown option ${q(p.option)}.${close.en(p, q) || ` Help: ${prog(p)} --help`}`,
  },
  'usage.unknown-command': {
    de: (p, q) => `Den Befehl ${q(p.command)} gibt es nicht.${close.de(p, q) || ` Hilfe: ${prog(p)} --help`}`,
    en: (p, q) => `unknown command ${q(p.command)}.${close.en(p, q) || ` Help: ${prog(p)} --help`}`,
  },
  'usage.missing-argument': {
    de: (p) => `Es fehlt eine Angabe: ${p.argument}. Hilfe: ${prog(p)} ${p.command} --help`,
    en: (p) => `missing argument: ${p.argument}. Help: ${prog(p)} ${p.command} --help`,
  },
  'usage.option-missing-value': {
    de: (p, q) => `Die Option ${q(p.option)} braucht einen Wert. Hilfe: ${prog(p)} ${p.command} --help`,
    en: (p, q) => `the option ${q(p.option)} needs a value. Help: ${prog(p)} ${p.command} --help`,
  },
  'usage.excess-arguments': {
    de: (p) => `Zu viele Angaben für diesen Befehl (erwartet: ${p.expected}, angegeben: ${p.got}). Hilfe: ${prog(p)} ${p.command} --help`,
    en: (p) => `too many arguments for this command (expected ${p.expected}, got ${p.got}). Help: ${prog(p)} ${p.command} --help`,
  },
  'usage.command-line': {
    de: (p) => `Der Aufruf ist so nicht möglich (${p.detail}). Hilfe: ${prog(p)} --help`,
    en: (p) => `the command line is not valid (${p.detail}). Help: ${prog(p)} --help`,
  },
  // ---- the network folder (src/load/)
  'file.folder-missing': {
    de: (p, q) => `Der Ordner ${q(p.dir)} wurde nicht gefunden.`,
    en: (p, q) => `The folder ${q(p.dir)} was not found.`,
  },
  'file.network-missing': {
    de: (p, q) =>
      `Im Ordner ${q(p.dir)} gibt es keine network.yaml – ist das der Ordner eines Netzwerks? Ein neues Netzwerk legt „${prog(p)} init ${p.arg}“ an.`,
    en: (p, q) => `There is no network.yaml in ${q(p.dir)} – is this a network folder? "${prog(p)} init ${p.arg}" creates a new network.`,
  },
  'file.program-folder': {
    de: (p, q) =>
      `${q(p.dir)} ist der Ordner des Programms netzwerk, kein Netzwerk. Bitte den Ordner Ihres Netzwerks angeben: „${prog(p)} validate ORDNER“. Ein neues Netzwerk legt „${prog(p)} init ORDNER“ an, mit einem Ordner außerhalb des Programms.`,
    en: (p, q) =>
      `${q(p.dir)} is the folder of the netzwerk program, not a network. Please name your network's folder: "${prog(p)} validate FOLDER". "${prog(p)} init FOLDER" creates a new network, in a folder outside the program.`,
  },
  'file.unreadable': {
    de: (p, q) => `Die Datei ${q(p.file)} kann nicht gelesen werden (${p.reason}). ${UNREADABLE.de[unreadable(p.reason)]}`,
    en: (p, q) => `The file ${q(p.file)} cannot be read (${p.reason}). ${UNREADABLE.en[unreadable(p.reason)]}`,
  },
  'file.folder-unreadable': {
    de: (p, q) =>
      `Der Ordner ${q(p.dir)} kann nicht gelesen werden (${p.reason}).${unreadable(p.reason) === 'denied' ? ' Bitte die Zugriffsrechte prüfen.' : ' Liegt er auf einem Netzlaufwerk, bitte die Verbindung prüfen.'}`,
    en: (p, q) =>
      `The folder ${q(p.dir)} cannot be read (${p.reason}).${unreadable(p.reason) === 'denied' ? ' Please check its permissions.' : ' If it is on a network drive, please check the connection.'}`,
  },
  // ---- writing (src/write/)
  'file.out-network-file': {
    de: (p, q) => `--out: ${q(p.out)} ist eine Datei des Netzwerks selbst und wird nicht überschrieben. Bitte einen anderen Dateinamen wählen.`,
    en: (p, q) => `--out: ${q(p.out)} is one of the network's own files and is never overwritten. Please choose another file name.`,
  },
  'file.out-source-file': {
    de: (p, q) => `--out: ${q(p.out)} ist eine der gelesenen Quellen und wird nicht überschrieben. Bitte einen anderen Dateinamen wählen.`,
    en: (p, q) => `--out: ${q(p.out)} is one of the sources read and is never overwritten. Please choose another file name.`,
  },
  'file.out-folder-missing': {
    de: (p, q) => `--out: Den Ordner ${q(p.dir)} gibt es nicht.`,
    en: (p, q) => `--out: The folder ${q(p.dir)} does not exist.`,
  },
  'file.out-is-folder': {
    de: (p, q) => `--out: ${q(p.out)} ist ein Ordner, keine Datei.`,
    en: (p, q) => `--out: ${q(p.out)} is a folder, not a file.`,
  },
  'file.out-not-a-file': {
    de: (p, q) =>
      `--out: ${q(p.out)} ist keine gewöhnliche Datei (sondern z. B. ein Gerät oder eine Pipe) und wird nicht ersetzt. Ohne --out erscheint die Ausgabe auf dem Bildschirm und lässt sich mit „>“ weiterleiten.`,
    en: (p, q) =>
      `--out: ${q(p.out)} is not an ordinary file (but e.g. a device or a pipe) and is not replaced. Without --out the output goes to the screen and can be redirected with ">".`,
  },
  'file.out-failed': {
    de: (p, q) => `--out: ${q(p.out)} kann nicht geschrieben werden (${p.reason}). Bitte Zugriffsrechte und freien Speicher prüfen.`,
    en: (p, q) => `--out: cannot write ${q(p.out)} (${p.reason}). Please check permissions and free space.`,
  },
  'file.out-locked': {
    de: (p, q) =>
      `--out: ${q(p.out)} kann nicht geschrieben werden (${p.reason}). Ist die Datei noch in einem anderen Programm geöffnet, z. B. in Excel? Dann dort schließen und noch einmal versuchen; sonst bitte die Zugriffsrechte prüfen.`,
    en: (p, q) =>
      `--out: cannot write ${q(p.out)} (${p.reason}). Is the file still open in another program, e.g. Excel? Then close it there and try again; otherwise please check the permissions.`,
  },
  'file.init-exists': {
    de: (p, q) => `In ${q(p.dir)} gibt es schon eine network.yaml. ${prog(p)} init überschreibt nichts; bitte einen neuen, leeren Ordner angeben.`,
    en: (p, q) => `${q(p.dir)} already has a network.yaml. ${prog(p)} init overwrites nothing; please name a new, empty folder.`,
  },
  'file.init-program-folder': {
    de: (p, q) =>
      `${q(p.dir)} liegt im Ordner des Programms netzwerk (${q(p.program)}). Ein Netzwerk gehört nicht dorthin: Ein Update ersetzt diesen Ordner. Bitte einen Ordner außerhalb angeben, z. B. in Ihren Dokumenten oder auf dem Netzlaufwerk: „${prog(p)} init ORDNER“.`,
    en: (p, q) =>
      `${q(p.dir)} is inside the folder of the netzwerk program (${q(p.program)}). A network does not belong there: an update replaces that folder. Please name a folder outside it, e.g. in your documents or on the network drive: "${prog(p)} init FOLDER".`,
  },
  'file.init-failed': {
    de: (p, q) => `${q(p.file)} kann nicht geschrieben werden (${p.reason}).`,
    en: (p, q) => `Cannot write ${q(p.file)} (${p.reason}).`,
  },
  'file.translation-bad': {
    de: (p, q) =>
      `Die Übersetzungsdatei ${q(p.file)} des Programms ist keine gültige ARB-Datei (${p.detail}). Bitte die Datei prüfen oder netzwerk neu installieren.`,
    en: (p, q) => `The program's translation file ${q(p.file)} is not a valid ARB file (${p.detail}). Please check the file or reinstall netzwerk.`,
  },
  // ---- a bug, not bad input: no stack trace for the user, but enough to report it
  'internal-error': {
    de: (p) => `interner Fehler: ${p.detail}\nBitte melden Sie diesen Fehler mit dem verwendeten Befehl.`,
    en: (p) => `internal error: ${p.detail}\nPlease report this error with the command you used.`,
  },
} satisfies Texts;
