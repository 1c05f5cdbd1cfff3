// Messages about the edges (part of the catalogue, catalogue.ts): limits of size and number, file
// names that cannot be shown, links out of the network folder, standard output that fails.
import type { Texts } from './texts.js';

/** 400000 → „400.000“ / "400,000" with the language's separator (no Intl: the same in every locale). */
const grouped = (n: unknown, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);

export const EDGE_TEXTS = {
  // ---- standard output (src/write/stdout.ts)
  'file.stdout-failed': {
    de: (p) =>
      `Die Ausgabe kann nicht geschrieben werden (${p.reason}). Bitte freien Speicher und das Ziel der Ausgabe (Umleitung mit „>“) prüfen; was schon geschrieben wurde, ist unvollständig.`,
    en: (p) =>
      `Cannot write the output (${p.reason}). Please check the free space and where the output goes (redirection with ">"); what was written so far is incomplete.`,
  },
  // ---- parsing (src/load/parse-yaml.ts, limits.ts)
  'yaml-too-many-values': {
    de: (p) =>
      `Die Datei enthält zu viele Werte, um sie zu lesen (mehr als ${grouped(p.limit, '.')} Zeilen und Kommas). Bitte auf mehrere Dateien verteilen, z. B. eine Datei je Partner im Ordner partners/.`,
    en: (p) =>
      `The file holds too many values to be read (more than ${grouped(p.limit, ',')} lines and commas). Please split it into several files, e.g. one file per partner in the folder partners/.`,
  },
  // ---- limits of the data (schemas/*.schema.json: maxLength, maxItems, maximum; validate/rules.ts: years)
  'too-long': {
    de: (p) => `Der Text ist zu lang: ${grouped(p.length, '.')} Zeichen, erlaubt sind höchstens ${grouped(p.limit, '.')}. Bitte kürzen.`,
    en: (p) => `The text is too long: ${grouped(p.length, ',')} characters, at most ${grouped(p.limit, ',')} are allowed. Please shorten it.`,
  },
  'too-many': {
    de: (p) => `Die Liste hat ${grouped(p.count, '.')} Einträge, erlaubt sind höchstens ${grouped(p.limit, '.')}. Bitte die Liste kürzen oder aufteilen.`,
    en: (p) => `The list has ${grouped(p.count, ',')} entries, at most ${grouped(p.limit, ',')} are allowed. Please shorten or split the list.`,
  },
  'too-large': {
    de: (p) => `Der Wert ${p.value} ist zu groß; höchstens ${grouped(p.limit, '.')}.`,
    en: (p) => `The value ${p.value} is too large; at most ${grouped(p.limit, ',')}.`,
  },
  'year-out-of-range': {
    de: (p, q) => `Das Jahr in ${q(p.value)} liegt nicht zwischen ${p.from} und ${p.to}. Bitte das Datum prüfen.`,
    en: (p, q) => `The year in ${q(p.value)} is not between ${p.from} and ${p.to}. Please check the date.`,
  },
  // ---- reading the network folder (src/load/read-folder.ts)
  'file.name-not-utf8': {
    de: (p, q) =>
      `Der Dateiname ${q(p.file)} ist nicht in UTF-8 geschrieben (so entpacken manche ZIP-Programme unter Windows Umlaute) und kann deshalb nicht sicher gelesen werden. Bitte die Datei umbenennen, z. B. mit „oe“ statt „ö“.`,
    en: (p, q) =>
      `The file name ${q(p.file)} is not valid UTF-8 (some ZIP programs on Windows unpack umlauts like this), so the file cannot be read safely. Please rename the file, e.g. with "oe" instead of "ö".`,
  },
  'file.link-outside': {
    de: (p, q) =>
      `${q(p.file)} ist eine Verknüpfung auf ${q(p.target)} außerhalb des Netzwerk-Ordners und wird nicht gelesen. Bitte die Datei in den Ordner des Netzwerks kopieren oder die Verknüpfung entfernen.`,
    en: (p, q) =>
      `${q(p.file)} is a link to ${q(p.target)} outside the network folder and is not read. Please copy the file into the network folder or remove the link.`,
  },
} satisfies Texts;
