// Every message the validator can give, in German and English (part of the catalogue,
// catalogue.ts). A message names the value, says what is wrong and, where it can, what to write instead.
import type { Params, Quote, Texts } from './texts.js';

const didYouMean = {
  de: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : ` – meinten Sie ${q(p.suggestion)}?`),
  en: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : `; did you mean ${q(p.suggestion)}?`),
};

/** Why a value that begins with `char` is not read as written (for yaml-quote-value). */
const INDICATOR = {
  de: (p: Params, q: Quote): string => {
    const c = String(p.char ?? '');
    if (c === '[') return 'Der Wert beginnt mit „[“: YAML liest „[ … ]“ als Liste und erwartet nach „]“ nichts mehr.';
    if (c === '{') return 'Der Wert beginnt mit „{“: YAML liest „{ … }“ als Eintrag mit Angaben und erwartet nach „}“ nichts mehr.';
    if (c === '"' || c === "'") return `Der Wert beginnt mit einem Anführungszeichen: YAML liest nur bis zum nächsten ${c} und erwartet danach nichts mehr.`;
    if (c === '*') return 'Der Wert beginnt mit „*“: YAML liest „*name“ als Verweis auf eine andere Stelle der Datei.';
    if (c === '&') return 'Der Wert beginnt mit „&“: YAML liest „&name“ als Namen für einen Verweis und lässt ihn aus dem Wert weg.';
    if (c === '!') return 'Der Wert beginnt mit „!“: YAML liest „!name“ als Typangabe und lässt sie aus dem Wert weg.';
    if (c === '|' || c === '>') return `Der Wert beginnt mit ${q(c)}: YAML erwartet danach einen mehrzeiligen Text in den folgenden Zeilen.`;
    if (c === '-') return 'Der Wert beginnt mit „- “: YAML liest das als Liste.';
    if (c === '?') return 'Der Wert beginnt mit „? “, einem Sonderzeichen von YAML.';
    return `Der Wert beginnt mit ${q(c)}; damit darf in YAML kein Wert ohne Anführungszeichen beginnen.`;
  },
  en: (p: Params, q: Quote): string => {
    const c = String(p.char ?? '');
    if (c === '[') return 'The value begins with "[": YAML reads "[ … ]" as a list and expects nothing after "]".';
    if (c === '{') return 'The value begins with "{": YAML reads "{ … }" as an entry of fields and expects nothing after "}".';
    if (c === '"' || c === "'") return `The value begins with a quotation mark: YAML reads only up to the next ${c} and expects nothing after it.`;
    if (c === '*') return 'The value begins with "*": YAML reads "*name" as a reference to another place in the file.';
    if (c === '&') return 'The value begins with "&": YAML reads "&name" as a name for references and leaves it out of the value.';
    if (c === '!') return 'The value begins with "!": YAML reads "!name" as a type tag and leaves it out of the value.';
    if (c === '|' || c === '>') return `The value begins with ${q(c)}: YAML then expects a text of several lines on the following lines.`;
    if (c === '-') return 'The value begins with "- ": YAML reads that as a list.';
    if (c === '?') return 'The value begins with "? ", a special character of YAML.';
    return `The value begins with ${q(c)}; in YAML no value may begin with it unless quoted.`;
  },
};

export const DIAGNOSTIC_TEXTS = {
  // ---- reading the files
  encoding: {
    de: (p) => `Die Datei ist nicht in UTF-8 gespeichert (ungültiges Zeichen in Zeile ${p.line}). Bitte im Editor mit der Kodierung „UTF-8“ speichern.`,
    en: (p) => `The file is not saved as UTF-8 (invalid byte on line ${p.line}). Please save it with the encoding "UTF-8".`,
  },
  'encoding-utf16': {
    de: () =>
      'Die Datei ist in UTF-16 gespeichert (im Windows-Editor „Unicode“ oder „UTF-16 LE“), netzwerk liest YAML-Dateien in UTF-8. Bitte im Editor „Datei → Speichern unter…“ wählen, unten bei „Codierung“ „UTF-8“ einstellen und speichern.',
    en: () =>
      'The file is saved as UTF-16 (in Windows Notepad "Unicode" or "UTF-16 LE"); netzwerk reads YAML files in UTF-8. Please choose "File → Save as…" in the editor, set "Encoding" at the bottom to "UTF-8" and save.',
  },
  'file-too-large': {
    de: (p) => `Die Datei ist mit ${p.size} MB zu groß (höchstens ${p.limit} MB). Bitte in mehrere Dateien aufteilen.`,
    en: (p) => `The file is too large (${p.size} MB, at most ${p.limit} MB). Please split it into several files.`,
  },
  'yaml-directive-no-document': {
    de: () => 'Nach der Angabe „%YAML …“ fehlt der Beginn des Inhalts, eine Zeile „---“. Die Zeile mit „%“ am besten löschen; sonst „---“ darunter schreiben.',
    en: () => 'The directive "%YAML …" is not followed by the start of the content, a line "---". Best delete the line with "%"; else write "---" below it.',
  },
  'yaml-directive-twice': {
    de: () => 'Die Angabe „%YAML …“ steht zweimal; sie darf nur einmal am Anfang stehen. Bitte eine der beiden Zeilen löschen.',
    en: () => 'The directive "%YAML …" stands twice; it may stand only once at the start. Please delete one of the two lines.',
  },
  'empty-network': {
    de: () => 'Die Datei network.yaml ist leer. Beispiel für den Anfang: „netzwerk init“ in einem neuen Ordner.',
    en: () => 'network.yaml is empty. To start from an example, run "netzwerk init" in a new folder.',
  },
  // ---- YAML slips (src/load/yaml-slips.ts): one message per slip, at its line, naming the fix
  'yaml-tab': {
    de: (p, q) =>
      `Diese Zeile ist mit einem Tabulator eingerückt; YAML erlaubt zum Einrücken nur Leerzeichen. Bitte den Tabulator am Zeilenanfang durch Leerzeichen ersetzen, ${
        p.expected === undefined
          ? 'so viele, dass die Zeile unter den Angaben derselben Ebene steht.'
          : `sodass ${q(p.what)} in Spalte ${p.expected} beginnt${p.refWhat === undefined ? '' : ` (wie ${q(p.refWhat)} in Zeile ${p.refLine})`}.`
      }`,
    en: (p, q) =>
      `This line is indented with a tab; YAML allows only spaces for indentation. Please replace the tab at the start of the line with spaces, ${
        p.expected === undefined
          ? 'as many as the entries on the same level have.'
          : `so that ${q(p.what)} begins in column ${p.expected}${p.refWhat === undefined ? '' : ` (like ${q(p.refWhat)} on line ${p.refLine})`}.`
      }`,
  },
  'yaml-indent-column': {
    de: (p, q) =>
      `Die Einrückung stimmt nicht: ${q(p.what)} steht in Spalte ${p.actual}, gehört aber in Spalte ${p.expected} (${p.refWhat === undefined ? `passend zu Zeile ${p.refLine}` : `wie ${q(p.refWhat)} in Zeile ${p.refLine}`}). Bitte am Zeilenanfang ${p.spaces} Leerzeichen ${p.direction === 'fewer' ? 'entfernen' : 'einfügen'}.`,
    en: (p, q) =>
      `The indentation is off: ${q(p.what)} is in column ${p.actual} but belongs in column ${p.expected} (${p.refWhat === undefined ? `to match line ${p.refLine}` : `like ${q(p.refWhat)} on line ${p.refLine}`}). Please ${p.direction === 'fewer' ? 'remove' : 'add'} ${p.spaces} ${p.spaces === 1 ? 'space' : 'spaces'} at the start of the line.`,
  },
  'yaml-indent': {
    de: () =>
      'Die Einrückung stimmt hier nicht: Angaben derselben Ebene müssen genau gleich weit mit Leerzeichen eingerückt sein. Bitte diese Zeile und die Zeile davor mit den Zeilen derselben Ebene vergleichen.',
    en: () =>
      'The indentation is wrong here: entries on the same level must be indented by exactly the same number of spaces. Please compare this line and the one before it with the other entries of their level.',
  },
  'yaml-missing-dash': {
    de: (p, q) =>
      `Hier beginnt offenbar ein neuer Eintrag der Liste, aber vor ${q(p.what)} fehlt der Spiegelstrich „- “${p.refLine === undefined ? '' : ` (wie in Zeile ${p.refLine})`}. Bitte so schreiben, mit dem Strich in Spalte ${p.dashColumn}: ${p.fixed}`,
    en: (p, q) =>
      `A new entry of the list seems to begin here, but the dash "- " before ${q(p.what)} is missing${p.refLine === undefined ? '' : ` (as on line ${p.refLine})`}. Please write it like this, with the dash in column ${p.dashColumn}: ${p.fixed}`,
  },
  'yaml-unexpected-dash': {
    de: (p, q) =>
      `Vor ${q(p.what)} steht ein Spiegelstrich „- “; er macht die Zeile zum Eintrag einer Liste, hier stehen aber Angaben der Form „schlüssel: wert“${p.refWhat === undefined ? '' : ` (wie ${q(p.refWhat)} in Zeile ${p.refLine})`}. Bitte den Strich entfernen: ${p.fixed}`,
    en: (p, q) =>
      `A dash "- " stands before ${q(p.what)}; it makes the line an entry of a list, but here the entries are "key: value"${p.refWhat === undefined ? '' : ` (like ${q(p.refWhat)} on line ${p.refLine})`}. Please remove the dash: ${p.fixed}`,
  },
  'yaml-no-space-after-colon': {
    de: (p, q) =>
      `Nach dem Doppelpunkt${p.key === undefined ? '' : ` von ${q(p.key)}`} fehlt ein Leerzeichen; ohne es liest YAML die Angabe als bloßen Text. ${p.fixed === undefined ? 'Bitte nach dem Doppelpunkt ein Leerzeichen setzen.' : `Bitte so schreiben: ${p.fixed}`}`,
    en: (p, q) =>
      `The space after the colon${p.key === undefined ? '' : ` of ${q(p.key)}`} is missing; without it YAML reads the entry as plain text. ${p.fixed === undefined ? 'Please put a space after the colon.' : `Please write: ${p.fixed}`}`,
  },
  'yaml-missing-colon': {
    de: (p, q) => `Nach ${q(p.key)} fehlt der Doppelpunkt. Bitte so schreiben: ${p.fixed}`,
    en: (p, q) => `The colon after ${q(p.key)} is missing. Please write: ${p.fixed}`,
  },
  'yaml-continuation': {
    de: (p, q) =>
      `Diese Zeile setzt offenbar den Text aus Zeile ${p.refLine} fort. Die Folgezeilen eines Textes müssen weiter eingerückt sein als ${p.key === undefined ? 'seine erste Zeile' : q(p.key)}; oder den ganzen Text in eine Zeile schreiben.`,
    en: (p, q) =>
      `This line seems to continue the text of line ${p.refLine}. The following lines of a text must be indented further than ${p.key === undefined ? 'its first line' : q(p.key)}; or write the whole text on one line.`,
  },
  'yaml-expected-key': {
    de: () =>
      'Hier wird eine Angabe der Form „schlüssel: wert“ erwartet (Doppelpunkt, dann ein Leerzeichen). Bitte den Doppelpunkt ergänzen oder die Einrückung mit den Zeilen davor vergleichen.',
    en: () =>
      'An entry of the form "key: value" is expected here (a colon, then a space). Please add the colon or compare the indentation with the lines before.',
  },
  'yaml-unclosed-bracket': {
    de: (p, q) =>
      `Die Klammer ${q(p.char)} wird nicht geschlossen. Bitte am Ende ${q(p.close)} ergänzen – oder, wenn die Klammer zum Text gehört, den ganzen Wert in Anführungszeichen setzen.`,
    en: (p, q) =>
      `The bracket ${q(p.char)} is never closed. Please add ${q(p.close)} at its end, or, if the bracket belongs to the text, put the whole value in quotes.`,
  },
  'yaml-unclosed-quote': {
    de: (p) =>
      `Das Anführungszeichen ${p.char ?? '"'} am Anfang des Werts wird nicht geschlossen. Bitte am Ende des Werts ebenfalls ${p.char ?? '"'} setzen${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
    en: (p) =>
      `The quotation mark ${p.char ?? '"'} at the start of the value is never closed. Please put ${p.char ?? '"'} at the end of the value too${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
  },
  'yaml-quote-value': {
    de: (p, q) => `${INDICATOR.de(p, q)} Bitte den ganzen Wert in Anführungszeichen setzen${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
    en: (p, q) => `${INDICATOR.en(p, q)} Please put the whole value in quotes${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
  },
  'yaml-colon-in-value': {
    de: (p, q) =>
      `Der Wert${p.key === undefined ? '' : ` von ${q(p.key)}`} ${p.atEnd === undefined ? 'enthält „: “ (Doppelpunkt und Leerzeichen)' : 'endet mit einem Doppelpunkt'}; YAML liest das als neue Angabe „schlüssel: wert“. Bitte den ganzen Wert in Anführungszeichen setzen${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
    en: (p, q) =>
      `The value${p.key === undefined ? '' : ` of ${q(p.key)}`} ${p.atEnd === undefined ? 'contains ": " (a colon and a space)' : 'ends with a colon'}; YAML reads that as a new "key: value" entry. Please put the whole value in quotes${p.fixed === undefined ? '.' : `: ${p.fixed}`}`,
  },
  'yaml-duplicate-key': {
    de: (p, q) =>
      `Der Schlüssel ${q(p.key)} steht zweimal im selben Eintrag${p.first === undefined ? '' : ` (zuerst in Zeile ${p.first})`}. Ein Schlüssel gilt nur einmal: Bitte prüfen, welcher Wert stimmt, und die andere Zeile entfernen.`,
    en: (p, q) =>
      `The key ${q(p.key)} appears twice in the same entry${p.first === undefined ? '' : ` (first on line ${p.first})`}. A key counts only once: please check which value is right and remove the other line.`,
  },
  'yaml-backslash': {
    de: (p) =>
      `In doppelten Anführungszeichen beginnt „\\“ ein Steuerzeichen (wie „\\n“ für einen Zeilenumbruch). Für einen Text mit „\\“ (etwa einen Windows-Pfad) bitte einfache Anführungszeichen verwenden${p.fixed === undefined ? ' oder „\\\\“ schreiben.' : `: ${p.fixed}`}`,
    en: (p) =>
      `In double quotes "\\" starts an escape (like "\\n" for a line break). For a text with "\\" (a Windows path, say) please use single quotes${p.fixed === undefined ? ' or write "\\\\".' : `: ${p.fixed}`}`,
  },
  'yaml-flow-comma': {
    de: () =>
      'In eckigen oder geschweiften Klammern werden die Angaben durch Kommas getrennt, z. B. {partner: jugendamt-herne, persons: 8}. Bitte das fehlende Komma ergänzen.',
    en: () => 'Inside square or curly brackets the entries are separated by commas, e.g. {partner: jugendamt-herne, persons: 8}. Please add the missing comma.',
  },
  'yaml-comment-space': {
    de: () => 'Vor „#“ fehlt ein Leerzeichen: Ein Kommentar beginnt mit „ #“. Gehört „#“ zum Wert, bitte den ganzen Wert in Anführungszeichen setzen.',
    en: () => 'A space is missing before "#": a comment begins with " #". If "#" belongs to the value, please put the whole value in quotes.',
  },
  'yaml-special-char': {
    de: () =>
      'Hier steht ein Zeichen, das in YAML eine besondere Bedeutung hat (etwa & * ! % @ ` | >). Gehört es zum Wert, bitte den ganzen Wert in Anführungszeichen setzen.',
    en: () => 'Here is a character with a special meaning in YAML (such as & * ! % @ ` | >). If it belongs to the value, please put the whole value in quotes.',
  },
  'yaml-directive': {
    de: () =>
      'Eine Zeile, die mit „%“ beginnt, ist in YAML eine Steueranweisung. Gehört sie zu einem Wert, bitte den Wert in Anführungszeichen setzen; sonst die Zeile entfernen.',
    en: () => 'A line that begins with "%" is a directive in YAML. If it belongs to a value, please put the value in quotes; otherwise remove the line.',
  },
  'yaml-key-too-long': {
    de: () =>
      'Vor dem Doppelpunkt stehen mehr als 1024 Zeichen. Ist ein langer Text nicht in Anführungszeichen gesetzt, oder fehlt ein Zeilenumbruch? Bitte die Zeile prüfen.',
    en: () => 'More than 1024 characters stand before the colon. Is a long text not in quotes, or a line break missing? Please check the line.',
  },
  'yaml-syntax': {
    de: (p) =>
      `Die Datei lässt sich ab Zeile ${p.line}, Spalte ${p.column} nicht lesen. Häufige Ursachen: Die Zeile ist anders eingerückt als die Angaben derselben Ebene; nach einem Schlüssel fehlt „: “; ein Wert mit „: “ oder „ #“ darin oder mit [ ] { } * & ! ' " am Anfang steht nicht in Anführungszeichen.`,
    en: (p) =>
      `The file cannot be read from line ${p.line}, column ${p.column} on. Usual causes: the line is indented differently from the entries on its level; ": " is missing after a key; a value containing ": " or " #", or beginning with [ ] { } * & ! ' ", is not in quotes.`,
  },
  'yaml-multiple-documents': {
    de: () =>
      'Die Datei enthält mehrere YAML-Dokumente (durch „---“ getrennt). Erlaubt ist nur eines je Datei: bitte die Einträge in eine Liste schreiben oder auf mehrere Dateien verteilen.',
    en: () =>
      'The file contains several YAML documents (separated by "---"). Only one per file is allowed: put the entries into one list or into separate files.',
  },
  'yaml-alias-limit': {
    de: () => 'Die Datei verwendet zu viele YAML-Verweise (Aliase „*name“). Bitte die Angaben ausschreiben.',
    en: () => 'The file uses too many YAML aliases ("*name"). Please write the values out.',
  },
  'yaml-too-deep': {
    de: () => 'Die Datei ist zu tief verschachtelt, um sie zu lesen.',
    en: () => 'The file is nested too deeply to be read.',
  },
  'file-shape': {
    de: (p) => `Die Datei muss ${p.expected} enthalten, enthält aber ${p.actual}.`,
    en: (p) => `The file must contain ${p.expected}, but contains ${p.actual}.`,
  },
  // ---- shape (JSON Schema)
  required: {
    de: (p, q) => `Die Pflichtangabe ${q(p.key)} fehlt.`,
    en: (p, q) => `The required field ${q(p.key)} is missing.`,
  },
  'unknown-property': {
    de: (p, q) => `${q(p.key)} ist hier kein bekanntes Feld${didYouMean.de(p, q) || `. Erlaubt sind: ${p.allowed}.`}`,
    en: (p, q) => `${q(p.key)} is not a known field here${didYouMean.en(p, q) || `. Allowed: ${p.allowed}.`}`,
  },
  'invalid-value': {
    de: (p, q) => `${q(p.value)} ist ${p.what}${didYouMean.de(p, q) || `. Möglich sind: ${p.allowed}.`}`,
    en: (p, q) => `${q(p.value)} is ${p.what}${didYouMean.en(p, q) || `. Possible values: ${p.allowed}.`}`,
  },
  'quote-number': {
    de: (p) =>
      `Bitte in Anführungszeichen setzen: ${p.key}: "${p.source}". Ohne Anführungszeichen liest YAML hier eine Zahl${p.lost ? ` (${p.lost})` : ''}, erwartet wird ein Text.`,
    en: (p) =>
      `Please put this in quotes: ${p.key}: "${p.source}". Without quotes YAML reads a number${p.lost ? ` (${p.lost})` : ''} here, but text is expected.`,
  },
  'wrong-type': {
    de: (p) => `Hier wird ${p.expected} erwartet, gefunden wurde ${p.actual}.`,
    en: (p) => `Expected ${p.expected} here, found ${p.actual}.`,
  },
  'invalid-id': {
    de: (p, q) =>
      p.suggestion === undefined
        ? `${q(p.value)} ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, ohne Umlaute und Leerzeichen, z. B. „jugendamt-wesel“.`
        : `${q(p.value)} ist keine gültige Kennung (nur Kleinbuchstaben a–z, Ziffern und Bindestriche, ohne Umlaute und Leerzeichen)${didYouMean.de(p, q)}`,
    en: (p, q) =>
      p.suggestion === undefined
        ? `${q(p.value)} is not a valid id: lower-case letters a–z, digits and hyphens only, e.g. "jugendamt-wesel".`
        : `${q(p.value)} is not a valid id (lower-case letters a–z, digits and hyphens only)${didYouMean.en(p, q)}`,
  },
  'reference-by-name': {
    de: (p, q) =>
      `${q(p.value)} ist der Name ${p.collection === 'meetings' ? 'einer Veranstaltung; hier gehört ihre' : p.collection === 'agreements' ? 'einer Vereinbarung; hier gehört ihre' : 'eines Partners; hier gehört seine'} Kennung hin${didYouMean.de(p, q)}`,
    en: (p, q) =>
      `${q(p.value)} is the name of ${p.collection === 'meetings' ? 'a meeting' : p.collection === 'agreements' ? 'an agreement' : 'a partner'}; its id belongs here${didYouMean.en(p, q)}`,
  },
  'invalid-date': {
    de: (p, q) => `${q(p.value)} ist kein Datum in der Form JJJJ-MM-TT${p.suggestion === undefined ? ', z. B. 2024-03-13.' : didYouMean.de(p, q)}`,
    en: (p, q) => `${q(p.value)} is not a date of the form YYYY-MM-DD${p.suggestion === undefined ? ', e.g. 2024-03-13.' : didYouMean.en(p, q)}`,
  },
  'invalid-datetime': {
    de: (p, q) =>
      `${q(p.value)} ist weder ein Datum (JJJJ-MM-TT) noch Datum mit Uhrzeit (JJJJ-MM-TT HH:MM)${p.suggestion === undefined ? ', z. B. 2024-03-13 14:00.' : didYouMean.de(p, q)}`,
    en: (p, q) =>
      `${q(p.value)} is neither a date (YYYY-MM-DD) nor a date and time (YYYY-MM-DD HH:MM)${p.suggestion === undefined ? ', e.g. 2024-03-13 14:00.' : didYouMean.en(p, q)}`,
  },
  'end-time-only': {
    de: (p, q) => `${q(p.value)} ist nur eine Uhrzeit; auch das Ende braucht das Datum${didYouMean.de(p, q)}`,
    en: (p, q) => `${q(p.value)} is only a time; the end needs the date too${didYouMean.en(p, q)}`,
  },
  'boolean-word': {
    de: (p, q) => `${q(p.value)} ist in YAML kein Ja/Nein-Wert: Hier steht true (ja) oder false (nein)${didYouMean.de(p, q)}`,
    en: (p, q) => `${q(p.value)} is not a yes/no value in YAML: write true (yes) or false (no) here${didYouMean.en(p, q)}`,
  },
  'invalid-phone': {
    de: (p, q) => `${q(p.value)} ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und + ( ) / - ., z. B. "0281 207-0000".`,
    en: (p, q) => `${q(p.value)} is not a phone number. Digits, spaces and + ( ) / - . are allowed, e.g. "0281 207-0000".`,
  },
  'invalid-postal-code': {
    de: (p, q) => `${q(p.value)} ist keine Postleitzahl (fünf Ziffern in Anführungszeichen, z. B. "46483").`,
    en: (p, q) => `${q(p.value)} is not a postal code (five digits in quotes, e.g. "46483").`,
  },
  'invalid-official-key': {
    de: (p, q) =>
      `${q(p.value)} ist kein amtlicher Schlüssel: 5 Ziffern (Kreis), 8 (AGS einer Gemeinde) oder 12 (Regionalschlüssel), in Anführungszeichen, z. B. "05170044".`,
    en: (p, q) => `${q(p.value)} is not an official key: 5 digits (district), 8 (AGS of a municipality) or 12 (Regionalschlüssel), in quotes, e.g. "05170044".`,
  },
  'invalid-url': {
    de: (p, q) => `${q(p.value)} ist keine vollständige Internetadresse. Sie muss mit https:// (oder http://) beginnen.`,
    en: (p, q) => `${q(p.value)} is not a complete web address. It must begin with https:// (or http://).`,
  },
  'invalid-email': {
    de: (p, q) => `${q(p.value)} ist keine gültige E-Mail-Adresse.`,
    en: (p, q) => `${q(p.value)} is not a valid e-mail address.`,
  },
  'too-small': {
    de: (p) => `Der Wert ${p.value} ist zu klein; mindestens ${p.limit}.`,
    en: (p) => `The value ${p.value} is too small; at least ${p.limit}.`,
  },
  'empty-list': {
    de: () => 'Die Liste darf nicht leer sein.',
    en: () => 'The list must not be empty.',
  },
  'empty-text': {
    de: () => 'Der Text darf nicht leer sein.',
    en: () => 'The text must not be empty.',
  },
  'duplicate-entry': {
    de: (p, q) => `${q(p.value)} steht doppelt in der Liste.`,
    en: (p, q) => `${q(p.value)} appears twice in the list.`,
  },
  schema: {
    de: (p) => `Ungültige Angabe (${p.detail}).`,
    en: (p) => `Invalid value (${p.detail}).`,
  },
  // ---- domain rules
  'duplicate-id': {
    de: (p, q) => `Die Kennung ${q(p.id)} ist schon vergeben (${p.first}). Jede Kennung darf nur einmal vorkommen.`,
    en: (p, q) => `The id ${q(p.id)} is already used (${p.first}). Every id must be unique.`,
  },
  'no-partners': {
    de: (p, q) =>
      `${q(p.file)} enthält keine Partner, aber die Dateien verweisen auf ${p.count === 1 ? 'die Kennung' : `${p.count} Kennungen`} ${p.ids}${p.more ? ` und ${p.more} weitere` : ''}. Bitte die Partner eintragen (z. B. netzwerk add partner).`,
    en: (p, q) =>
      `${q(p.file)} holds no partners, but the files refer to ${p.count === 1 ? 'the id' : `${p.count} ids`} ${p.ids}${p.more ? ` and ${p.more} more` : ''}. Please add the partners (e.g. netzwerk add partner).`,
  },
  'no-partner-file': {
    de: (p) =>
      `Es gibt keine Partner (weder partners.yaml noch den Ordner partners/), aber die Dateien verweisen auf ${p.count === 1 ? 'die Kennung' : `${p.count} Kennungen`} ${p.ids}${p.more ? ` und ${p.more} weitere` : ''}. Bitte die Partner eintragen (z. B. netzwerk add partner).`,
    en: (p) =>
      `There are no partners (neither partners.yaml nor the folder partners/), but the files refer to ${p.count === 1 ? 'the id' : `${p.count} ids`} ${p.ids}${p.more ? ` and ${p.more} more` : ''}. Please add the partners (e.g. netzwerk add partner).`,
  },
  'sample-mission-statement': {
    de: () =>
      'Das Leitbild ist noch der Platzhalter von „netzwerk init“; der Bericht lässt es weg. Das beschlossene Leitbild eintragen oder die Zeilen mission_statement löschen.',
    en: () =>
      'The mission statement is still the placeholder of "netzwerk init"; the report leaves it out. Enter the adopted one or delete the mission_statement lines.',
  },
  'samples-present': {
    de: (p) =>
      `Beispieldaten von „netzwerk init“ noch vorhanden: ${p.names}. Bericht, Verzeichnis, Listen, Kalender und Einladungen lassen sie weg, bis sie ersetzt sind (eigene Angaben eintragen und die Zeile „sample: true“ löschen) oder gelöscht.`,
    en: (p) =>
      `Sample data of "netzwerk init" still here: ${p.names}. The report, directory, lists, calendars and invitations leave them out until they are replaced (enter your own data and delete the line "sample: true") or deleted.`,
  },
  'unknown-reference': {
    de: (p, q) => `Es gibt keinen Partner mit der Kennung ${q(p.id)}${didYouMean.de(p, q) || '.'}`,
    en: (p, q) => `There is no partner with the id ${q(p.id)}${didYouMean.en(p, q) || '.'}`,
  },
  'youth-office-key-twice': {
    de: (p, q) => `Der Schlüssel ${q(p.key)} steht schon bei ${q(p.other)}; jedes Jugendamt hat seinen eigenen amtlichen Schlüssel.`,
    en: (p, q) => `The key ${q(p.key)} is already given for ${q(p.other)}; each youth welfare office has its own official key.`,
  },
  'youth-office-sector': {
    de: (p, q) =>
      `${q(p.id)} steht unter youth_offices, ist aber kein Jugendamt (sector: ${p.sector}). Träger des Netzwerks sind Partner mit sector: jugendamt.`,
    en: (p, q) => `${q(p.id)} is listed in youth_offices but is not a youth welfare office (sector: ${p.sector}).`,
  },
  'unknown-municipality': {
    de: (p, q) => `${q(p.value)} ist keine Kommune der Region (region.municipalities in network.yaml)${didYouMean.de(p, q) || '.'}`,
    en: (p, q) => `${q(p.value)} is not a municipality of the region (region.municipalities in network.yaml)${didYouMean.en(p, q) || '.'}`,
  },
  'offer-municipality-outside': {
    de: (p, q) =>
      `Das Angebot ist in ${q(p.value)}, der Partner ${q(p.partner)} ist aber nur für seine municipalities zuständig; bitte die Kommune dort ergänzen oder hier streichen.`,
    en: (p, q) =>
      `The offer is in ${q(p.value)}, but the partner ${q(p.partner)} serves only its municipalities; please add the municipality there or remove it here.`,
  },
  'offer-ages-reversed': {
    de: (p) => `ages: from (${p.from}) ist größer als to (${p.to}); from ist das jüngste, to das höchste Alter.`,
    en: (p) => `ages: from (${p.from}) is greater than to (${p.to}); from is the youngest age, to the highest.`,
  },
  'invalid-calendar-date': {
    de: (p, q) => `${q(p.value)} ist kein Tag im Kalender.`,
    en: (p, q) => `${q(p.value)} is not a day in the calendar.`,
  },
  'invalid-time': {
    de: (p, q) => `${q(p.value)} enthält keine gültige Uhrzeit (00:00 bis 23:59).`,
    en: (p, q) => `${q(p.value)} does not contain a valid time (00:00 to 23:59).`,
  },
  'end-before-start': {
    de: (p) => `Das Ende (${p.end}) liegt vor dem Beginn (${p.start}).`,
    en: (p) => `The end (${p.end}) is before the start (${p.start}).`,
  },
  'end-kind-mismatch': {
    de: () => 'Beginn und Ende müssen gleich angegeben sein: beide nur als Datum (ganztägig) oder beide mit Uhrzeit.',
    en: () => 'Start and end must be of the same kind: both dates (all-day) or both with a time.',
  },
  'left-before-joined': {
    de: (p) => `Das Austrittsdatum (${p.left}) liegt vor dem Eintrittsdatum (${p.joined}).`,
    en: (p) => `The leaving date (${p.left}) is before the joining date (${p.joined}).`,
  },
  'public-without-consent': {
    de: (p, q) =>
      `${q(p.name)} ist als öffentlich markiert (visibility: public), aber ohne Einwilligung. Bitte das Datum der Einwilligung unter consent eintragen oder eine engere Sichtbarkeit wählen.`,
    en: (p, q) =>
      `${q(p.name)} is marked public (visibility: public) without consent. Please record the date of consent under consent, or choose a narrower visibility.`,
  },
  'fallkonferenz-public': {
    de: () => 'Eine Fallkonferenz ist nie öffentlich. Bitte public: false setzen oder die Zeile löschen.',
    en: () => 'A case conference is never public. Please set public: false or remove the line.',
  },
  'unknown-timezone': {
    de: (p, q) => `${q(p.value)} ist keine bekannte Zeitzone. Üblich ist „Europe/Berlin“.`,
    en: (p, q) => `${q(p.value)} is not a known time zone. Usually it is "Europe/Berlin".`,
  },
  'duplicate-party': {
    de: (p, q) => `Der Partner ${q(p.id)} steht zweimal unter parties.`,
    en: (p, q) => `The partner ${q(p.id)} appears twice in parties.`,
  },
  'activity-no-date': {
    de: (p, q) => `Bei ${q(p.title)} fehlt das Datum: date (ein Tag) oder start (erster Tag) und end (letzter Tag) eintragen.`,
    en: (p, q) => `${q(p.title)} has no date: give date (one day) or start (first day) and end (last day).`,
  },
  'activity-date-and-range': {
    de: () => 'Entweder date (ein Tag) oder start und end (ein Zeitraum) angeben, nicht beides.',
    en: () => 'Give either date (one day) or start and end (a period), not both.',
  },
  // ---- warnings
  'meeting-planned-past': {
    de: (p, q) => `${q(p.title)} am ${p.date} ist noch als geplant eingetragen, liegt aber in der Vergangenheit. Bitte status auf held oder cancelled setzen.`,
    en: (p, q) => `${q(p.title)} on ${p.date} is still planned but lies in the past. Please set status to held or cancelled.`,
  },
  'meeting-held-future': {
    de: (p, q) => `${q(p.title)} am ${p.date} ist als stattgefunden eingetragen, liegt aber in der Zukunft.`,
    en: (p, q) => `${q(p.title)} on ${p.date} is marked as held but lies in the future.`,
  },
  'meeting-held-no-attendance': {
    de: (p, q) =>
      `${q(p.title)} am ${p.date} ist als stattgefunden eingetragen, aber ohne Teilnahme. Bitte unter attendance die Einrichtungen mit der Zahl der Personen eintragen (und Gäste unter guests), damit der Bericht sie zählt.`,
    en: (p, q) =>
      `${q(p.title)} on ${p.date} is marked as held but records no attendance. Please list the organisations with their number of persons under attendance (and guests under guests) so that the report counts them.`,
  },
  'meeting-invites-departed': {
    de: (p, q) => `${q(p.title)} am ${p.date} lädt ${q(p.partner)} ein, der Partner ist aber am ${p.left} ausgetreten. Bitte die Einladung prüfen.`,
    en: (p, q) => `${q(p.title)} on ${p.date} invites ${q(p.partner)}, but that partner left on ${p.left}. Please check the invitation.`,
  },
  'file-not-found': {
    de: (p, q) =>
      `Die Datei ${q(p.path)} gibt es im Ordner des Netzwerks nicht. Bitte den Pfad prüfen (relativ zum Ordner mit der network.yaml, mit / getrennt) oder einen Link (https://…) eintragen.`,
    en: (p, q) =>
      `The file ${q(p.path)} does not exist in the network's folder. Please check the path (relative to the folder of network.yaml, separated by /) or give a link (https://…).`,
  },
  'schema-line-not-found': {
    de: (p, q) =>
      `Die Zeile „# yaml-language-server: $schema=…“ verweist auf ${q(p.path)}, das es von dieser Datei aus nicht gibt: Der Editor prüft die Datei deshalb nicht und zeigt keine Hilfe. Der Pfad gilt vom Ordner der Datei aus${p.expected ? `; richtig ist hier: ${p.expected}` : '.'}`,
    en: (p, q) =>
      `The line "# yaml-language-server: $schema=…" points to ${q(p.path)}, which does not exist from this file: the editor therefore checks nothing in it and shows no help. The path counts from the file's folder${p.expected ? `; here it is: ${p.expected}` : '.'}`,
  },
  'schema-line-other-schema': {
    de: (p, q) =>
      `Die Zeile „# yaml-language-server: $schema=…“ verweist auf ${q(p.path)}, diese Datei braucht aber ${q(p.schema)}: Sonst prüft der Editor sie nach den Regeln einer anderen Datei${p.expected ? `. Richtig ist hier: ${p.expected}` : '.'}`,
    en: (p, q) =>
      `The line "# yaml-language-server: $schema=…" points to ${q(p.path)}, but this file needs ${q(p.schema)}: otherwise the editor checks it by the rules of another file${p.expected ? `. Here it is: ${p.expected}` : '.'}`,
  },
  'agreement-party-left': {
    de: (p, q) =>
      `${q(p.partner)} soll ${q(p.title)} unterschreiben, ist aber am ${p.left} aus dem Netzwerk ausgetreten. Bitte den Partner aus parties entfernen oder die Vereinbarung anpassen.`,
    en: (p, q) => `${q(p.partner)} is to sign ${q(p.title)} but left the network on ${p.left}. Please remove the partner from parties or adjust the agreement.`,
  },
  'fallkonferenz-details': {
    de: (p) =>
      `Bei einer Fallkonferenz nur Datum, Form und beteiligte Einrichtungen erfassen. Bitte unter ${p.key} nichts zum Fall, zu Kindern oder Familien eintragen – am besten das Feld löschen.`,
    en: (p) =>
      `Record a case conference by date, format and institutions only. Please put nothing about the case, children or families under ${p.key}; best remove the field.`,
  },
  'contact-not-verified': {
    de: (p, q) => `Die Kontaktdaten von ${q(p.name)} wurden nie bestätigt (kein verified-Datum). Bitte prüfen und das Datum eintragen.`,
    en: (p, q) => `The contact data of ${q(p.name)} have never been confirmed (no verified date). Please check and record the date.`,
  },
  'contact-review-due': {
    de: (p, q) => `Die Kontaktdaten von ${q(p.name)} wurden zuletzt am ${p.verified} bestätigt, vor mehr als ${p.months} Monaten. Bitte prüfen.`,
    en: (p, q) => `The contact data of ${q(p.name)} were last confirmed on ${p.verified}, more than ${p.months} months ago. Please check.`,
  },
  'contact-unreachable': {
    de: (p, q) => `Für ${q(p.name)} ist weder E-Mail noch Telefon eingetragen.`,
    en: (p, q) => `Neither e-mail nor phone is recorded for ${q(p.name)}.`,
  },
  'number-as-text': {
    de: (p, q) =>
      `${q(p.value)} ist hier ein Text, erwartet wird eine Zahl: ohne Anführungszeichen und mit Punkt als Dezimalzeichen, also ${p.key}: ${p.suggestion}`,
    en: (p, q) => `${q(p.value)} is text here, but a number is expected: without quotes and with a point as the decimal mark, so ${p.key}: ${p.suggestion}`,
  },
  'evaluation-responses-over-forms': {
    de: (p, q) =>
      `Die Frage ${q(p.question)} hat ${p.responses} Antworten, aber nur ${p.forms} Bögen sind zurückgekommen (forms). Bitte beide Zahlen prüfen: responses kann höchstens so groß sein wie forms.`,
    en: (p, q) =>
      `The question ${q(p.question)} has ${p.responses} responses, but only ${p.forms} forms came back (forms). Please check both numbers: responses can be at most forms.`,
  },
  'evaluation-not-held': {
    de: (p, q) =>
      `${q(p.title)} am ${p.date} hat eine Auswertung, ist aber nicht als stattgefunden eingetragen. Bitte status: held eintragen oder die Auswertung entfernen; der Bericht zählt nur Auswertungen stattgefundener Veranstaltungen.`,
    en: (p, q) =>
      `${q(p.title)} on ${p.date} has an evaluation but is not marked as held. Please set status: held or remove the evaluation; the report counts evaluations of held meetings only.`,
  },
  'evaluation-forms-over-participants': {
    de: (p, q) =>
      `Bei ${q(p.title)} am ${p.date} sind ${p.forms} Rückmeldebögen eingetragen, aber nur ${p.participants} Teilnehmende (attendance und guests). Bitte die Teilnahme oder die Zahl der Bögen prüfen.`,
    en: (p, q) =>
      `${q(p.title)} on ${p.date} records ${p.forms} feedback forms but only ${p.participants} participants (attendance and guests). Please check the attendance or the number of forms.`,
  },
  'translation-outdated': {
    de: (p) =>
      `Übersetzung veraltet: Die Übersetzung (${p.language}) übersetzt den deutschen Text vom ${p.source}, der deutsche Text ist vom ${p.updated}. Bitte die Übersetzung prüfen und source_date anpassen.`,
    en: (p) =>
      `Translation outdated: the translation (${p.language}) translates the German text of ${p.source}, the German text is of ${p.updated}. Please check the translation and update source_date.`,
  },
  'accessibility-issues-missing': {
    de: (p) =>
      `accessibility: status ${p.status}, aber issues nennt keine Inhalte, die nicht barrierefrei sind; die Erklärung zur Barrierefreiheit muss sie mit Grund nennen (§ 10b Abs. 2 BGG NRW).`,
    en: (p) =>
      `accessibility: status ${p.status}, but issues names no inaccessible content; the accessibility statement must name it with its reason (§ 10b (2) BGG NRW).`,
  },
  'activity-body-missing': {
    de: (p, q) =>
      `Bei ${q(p.title)} (Vertretung des Netzwerks) fehlt unter body, in welchem Netzwerk oder Gremium das Netzwerk vertreten wurde; der Bericht kann die Vertretung sonst nicht belegen.`,
    en: (p, q) =>
      `${q(p.title)} (representing the network) does not say under body in which network or group; the report cannot show it as evidence otherwise.`,
  },
  'schutzkonzept-review-due': {
    de: (p, q) => `Das Schutzkonzept von ${q(p.partner)} war am ${p.review} zur Überprüfung fällig. Bitte nachfragen und schutzkonzept.review neu eintragen.`,
    en: (p, q) => `The protection concept of ${q(p.partner)} was due for review on ${p.review}. Please ask and record the new schutzkonzept.review.`,
  },
  'insofa-refresher-due': {
    de: (p, q) =>
      `Die letzte Fortbildung von ${q(p.name)} als insoweit erfahrene Fachkraft war am ${p.last}, vor mehr als ${p.years} Jahren. Bitte eine Auffrischung anbieten und insofa.refresher eintragen.`,
    en: (p, q) =>
      `The last training of ${q(p.name)} as an experienced specialist (InsoFa) was on ${p.last}, more than ${p.years} years ago. Please offer a refresher and record insofa.refresher.`,
  },
  'insofa-pool-gap': {
    de: (p) =>
      `Ohne insoweit erfahrene Fachkraft für das Arbeitsfeld ${p.field}: ${p.municipalities} (nach insofa.fields und insofa.municipalities der Kontaktpersonen).`,
    en: (p) =>
      `No experienced specialist (InsoFa) for the field ${p.field} in: ${p.municipalities} (by insofa.fields and insofa.municipalities of the contacts).`,
  },
  'agreement-review-due': {
    de: (p, q) => `Die Vereinbarung ${q(p.title)} war am ${p.review} zur Überprüfung fällig.`,
    en: (p, q) => `The agreement ${q(p.title)} was due for review on ${p.review}.`,
  },
  'category-missing': {
    de: (p) =>
      `Im Netzwerk fehlt noch: ${p.label} (§ 9 Abs. 4 LKiSchG NRW). Wird die Kategorie hier nicht gebraucht: in network.yaml unter targets.required_categories die geforderten Kategorien aufzählen, ohne ${p.id}.`,
    en: (p) =>
      `The network does not yet include: ${p.label} (§ 9 (4) LKiSchG NRW). If it is not needed here: list the required categories under targets.required_categories in network.yaml, without ${p.id}.`,
  },
  'contact-retention': {
    de: (p, q) =>
      `${q(p.partner)} hat das Netzwerk am ${p.left} verlassen; die Kontaktdaten von ${q(p.name)} sollten gelöscht werden (nach ${p.months} Monaten).`,
    en: (p, q) => `${q(p.partner)} left the network on ${p.left}; the contact data of ${q(p.name)} should be deleted (after ${p.months} months).`,
  },
} satisfies Texts;

/** Words that diagnostics put into their sentences: what a file holds, value kinds, what a value is not. */
export const DIAGNOSTIC_WORDS = {
  'shape.list': { de: () => 'eine Liste', en: () => 'a list' },
  'shape.entry': { de: () => 'einen Eintrag', en: () => 'an entry' },
  'shape.value': { de: () => 'nur einen einzelnen Wert', en: () => 'only a single value' },
  'expected.network': { de: () => 'die Angaben zum Netzwerk (id, name, region …)', en: () => 'the network (id, name, region …)' },
  'expected.partners': { de: () => 'eine Liste von Partnern oder einen einzelnen Partner', en: () => 'a list of partners or a single partner' },
  'expected.meetings': { de: () => 'eine Liste von Veranstaltungen oder eine einzelne Veranstaltung', en: () => 'a list of meetings or a single meeting' },
  'expected.agreements': { de: () => 'eine Liste von Vereinbarungen oder eine einzelne Vereinbarung', en: () => 'a list of agreements or a single agreement' },
  'expected.activities': { de: () => 'eine Liste von Tätigkeiten oder eine einzelne Tätigkeit', en: () => 'a list of activities or a single activity' },
  'not.sector': { de: () => 'kein Sektor', en: () => 'not a sector' },
  'not.meeting_type': { de: () => 'keine Art von Veranstaltung', en: () => 'not a meeting type' },
  'not.activity_type': { de: () => 'keine Art von Tätigkeit', en: () => 'not an activity type' },
  'not.category': { de: () => 'keine Kategorie nach § 9 Abs. 4 LKiSchG', en: () => 'not a category of § 9 (4) LKiSchG' },
  'not.visibility': { de: () => 'keine Sichtbarkeit', en: () => 'not a visibility' },
  'not.status': { de: () => 'kein Status', en: () => 'not a status' },
  'not.type': { de: () => 'keine Art', en: () => 'not a type' },
  'not.actor_type': { de: () => 'kein Akteurstyp der Frühen Hilfen', en: () => 'not an actor type of Frühe Hilfen' },
  'not.network_kind': { de: () => 'keine Art des Netzwerks', en: () => 'not a kind of network' },
  'not.value': { de: () => 'kein gültiger Wert', en: () => 'not a valid value' },
  'kind.string': { de: () => 'ein Text', en: () => 'text' },
  'kind.integer': { de: () => 'eine ganze Zahl', en: () => 'a whole number' },
  'kind.number': { de: () => 'eine Zahl', en: () => 'a number' },
  'kind.boolean': { de: () => 'true oder false', en: () => 'true or false' },
  'kind.array': { de: () => 'eine Liste (Zeilen, die mit „- “ beginnen)', en: () => 'a list (lines starting with "- ")' },
  'kind.object': { de: () => 'ein Eintrag mit Angaben der Form „schlüssel: wert“', en: () => 'an entry of the form "key: value"' },
  'kind.boolean,object': {
    de: () => 'true, false oder ein Eintrag mit Angaben der Form „schlüssel: wert“',
    en: () => 'true, false or an entry of the form "key: value"',
  },
  'kind.string,object': {
    de: () => 'die Kennung eines Jugendamts oder ein Eintrag mit partner und key',
    en: () => 'the id of a youth welfare office or an entry with partner and key',
  },
  'kind.string,array': { de: () => 'ein Wert oder eine Liste', en: () => 'a value or a list' },
  'kind.null': { de: () => 'nichts (der Wert ist leer)', en: () => 'nothing (the value is empty)' },
  /** "partners.yaml, Zeile 12": where something stands, for messages that point elsewhere. */
  where: { de: (p) => `${p.file}, Zeile ${p.line}`, en: (p) => `${p.file}, line ${p.line}` },
} satisfies Texts;
