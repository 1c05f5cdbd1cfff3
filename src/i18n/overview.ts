// What `netzwerk overview` says on stderr: the sources it cannot read (part of the catalogue,
// catalogue.ts). The words of the overview itself: src/products/overview/words.ts.
import type { Texts } from './texts.js';

export const OVERVIEW_TEXTS = {
  // ---- the sources named on the command line (src/load/source-list.ts)
  'sources.missing': {
    de: (p, q) => `${q(p.source)} gibt es nicht: Bitte einen Netzwerk-Ordner, eine Berichtsdatei (.json) oder einen Ordner mit Berichtsdateien angeben.`,
    en: (p, q) => `${q(p.source)} does not exist: please name a network folder, a report file (.json) or a folder of report files.`,
  },
  'sources.none-matching': {
    de: (p, q) => `Zu ${q(p.source)} passt keine Datei.`,
    en: (p, q) => `No file matches ${q(p.source)}.`,
  },
  'sources.empty-folder': {
    de: (p, q) => `${q(p.source)} ist weder ein Netzwerk-Ordner (ohne network.yaml) noch enthält er Berichtsdateien (.json).`,
    en: (p, q) => `${q(p.source)} is neither a network folder (no network.yaml) nor does it hold report files (.json).`,
  },
  // ---- a JSON file (src/load/json-file.ts)
  'json.missing': { de: (p, q) => `Die Datei ${q(p.file)} wurde nicht gefunden.`, en: (p, q) => `The file ${q(p.file)} was not found.` },
  'json.too-large': {
    de: (p, q) => `${q(p.file)} ist ${p.size} MB groß; ein Bericht ist kleiner (höchstens ${p.limit} MB).`,
    en: (p, q) => `${q(p.file)} is ${p.size} MB; a report is smaller (at most ${p.limit} MB).`,
  },
  'json.not-utf8': {
    de: (p, q) => `${q(p.file)} ist keine Textdatei in UTF-8 und damit kein Bericht von netzwerk.`,
    en: (p, q) => `${q(p.file)} is not a UTF-8 text file, so it is not a report of netzwerk.`,
  },
  'json.invalid': {
    de: (p, q) =>
      `${q(p.file)} ist keine gültige JSON-Datei${p.line === undefined ? '' : ` (Fehler in Zeile ${p.line})`}: Ist sie beim Kopieren oder Bearbeiten beschädigt worden? Bitte neu erstellen lassen: netzwerk report --audience public --format json.`,
    en: (p, q) =>
      `${q(p.file)} is not a valid JSON file${p.line === undefined ? '' : ` (error in line ${p.line})`}: was it damaged when copied or edited? Please have it made again: netzwerk report --audience public --format json.`,
  },
  // ---- a report read by the overview (src/products/overview/read-report.ts)
  'overview.not-a-report': {
    de: (p, q) => `${q(p.file)} ist kein Bericht von netzwerk (netzwerk report --format json).`,
    en: (p, q) => `${q(p.file)} is not a report of netzwerk (netzwerk report --format json).`,
  },
  'overview.newer-format': {
    de: (p, q) =>
      `${q(p.file)} ist im Format ${p.version} geschrieben, von einer neueren Fassung von netzwerk; diese Fassung liest die Formate 1 bis ${p.known}. Bitte netzwerk aktualisieren.`,
    en: (p, q) =>
      `${q(p.file)} is written in format ${p.version}, by a newer version of netzwerk; this version reads formats 1 to ${p.known}. Please update netzwerk.`,
  },
  'overview.report-shape': {
    de: (p, q) =>
      `${q(p.file)}: „${p.path}“ fehlt oder hat nicht die Form, die Format ${p.version} des Berichts vorsieht. Wurde die Datei von Hand bearbeitet? Bitte neu erstellen lassen.`,
    en: (p, q) =>
      `${q(p.file)}: "${p.path}" is missing or not in the form format ${p.version} of the report gives it. Was the file edited by hand? Please have it made again.`,
  },
  'overview.sources-failed': {
    de: (p) => `${p.count} von ${p.total} Quellen ${Number(p.count) === 1 ? 'ist' : 'sind'} nicht lesbar (oben); es wurde nichts geschrieben.`,
    en: (p) => `${p.count} of ${p.total} sources could not be read (above); nothing was written.`,
  },
  // ---- the reference list (--reference)
  'overview.reference-columns': {
    de: (p, q) =>
      `${q(p.file)}: Die Spalten „Name“ und „Schlüssel“ (oder „AGS“, „Regionalschlüssel“) wurden in den ersten zehn Zeilen nicht gefunden. Die Liste braucht eine Kopfzeile mit diesen Spalten.`,
    en: (p, q) =>
      `${q(p.file)}: the columns "Name" and "Schlüssel" (or "AGS", "Regionalschlüssel") were not found in the first ten rows. The list needs a header row with them.`,
  },
  'overview.reference-empty': {
    de: (p, q) => `${q(p.file)} enthält unter der Kopfzeile kein Jugendamt.`,
    en: (p, q) => `${q(p.file)} holds no youth welfare office below its header row.`,
  },
} satisfies Texts;
