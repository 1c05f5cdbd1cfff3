// Every message the validator can give, in German and English (part of the catalogue,
// catalogue.ts). A message names the value, says what is wrong and, where it can, what to write instead.
import type { Params, Quote, Texts } from './catalogue.js';

const didYouMean = {
  de: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : ` – meinten Sie ${q(p.suggestion)}?`),
  en: (p: Params, q: Quote) => (p.suggestion === undefined ? '' : `; did you mean ${q(p.suggestion)}?`),
};

export const DIAGNOSTIC_TEXTS = {
  // ---- reading the files
  'encoding': {
    de: (p) => `Die Datei ist nicht in UTF-8 gespeichert (ungültiges Zeichen in Zeile ${p.line}). Bitte im Editor mit der Kodierung „UTF-8“ speichern.`,
    en: (p) => `The file is not saved as UTF-8 (invalid byte on line ${p.line}). Please save it with the encoding "UTF-8".`,
  },
  'file-too-large': {
    de: (p) => `Die Datei ist mit ${p.size} MB zu groß (höchstens ${p.limit} MB). Bitte in mehrere Dateien aufteilen.`,
    en: (p) => `The file is too large (${p.size} MB, at most ${p.limit} MB). Please split it into several files.`,
  },
  'empty-file': {
    de: () => 'Die Datei ist leer. Für eine leere Liste schreiben Sie „[]“, sonst löschen Sie die Datei.',
    en: () => 'The file is empty. Write "[]" for an empty list, or delete the file.',
  },
  'empty-network': {
    de: () => 'Die Datei network.yaml ist leer. Beispiel für den Anfang: „netzwerk init“ in einem neuen Ordner.',
    en: () => 'network.yaml is empty. To start from an example, run "netzwerk init" in a new folder.',
  },
  'yaml-syntax': {
    de: (p) => `YAML-Fehler: ${p.detail}`,
    en: (p) => `YAML error: ${p.detail}`,
  },
  'yaml-duplicate-key': {
    de: (p, q) => `Der Schlüssel ${q(p.key)} steht zweimal im selben Eintrag. Bitte einen davon löschen oder umbenennen.`,
    en: (p, q) => `The key ${q(p.key)} appears twice in the same entry. Please remove or rename one of them.`,
  },
  'yaml-tab': {
    de: () => 'Tabulatorzeichen sind in YAML zum Einrücken nicht erlaubt. Bitte mit Leerzeichen einrücken.',
    en: () => 'Tab characters may not be used for indentation in YAML. Please indent with spaces.',
  },
  'yaml-indent': {
    de: () => 'Die Einrückung stimmt hier nicht. Einträge derselben Ebene müssen gleich weit eingerückt sein (mit Leerzeichen).',
    en: () => 'The indentation is wrong here. Entries on the same level must be indented equally (with spaces).',
  },
  'yaml-unclosed-quote': {
    de: () => 'Ein Anführungszeichen wird geöffnet, aber nicht geschlossen.',
    en: () => 'A quotation mark is opened but never closed.',
  },
  'yaml-multiple-documents': {
    de: () => 'Die Datei enthält mehrere YAML-Dokumente (durch „---“ getrennt). Erlaubt ist nur eines je Datei: bitte die Einträge in eine Liste schreiben oder auf mehrere Dateien verteilen.',
    en: () => 'The file contains several YAML documents (separated by "---"). Only one per file is allowed: put the entries into one list or into separate files.',
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
  'required': {
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
    de: (p) => `Bitte in Anführungszeichen setzen: ${p.key}: "${p.source}". Ohne Anführungszeichen liest YAML hier eine Zahl${p.lost ? ` (${p.lost})` : ''}, erwartet wird ein Text.`,
    en: (p) => `Please put this in quotes: ${p.key}: "${p.source}". Without quotes YAML reads a number${p.lost ? ` (${p.lost})` : ''} here, but text is expected.`,
  },
  'wrong-type': {
    de: (p) => `Hier wird ${p.expected} erwartet, gefunden wurde ${p.actual}.`,
    en: (p) => `Expected ${p.expected} here, found ${p.actual}.`,
  },
  'invalid-id': {
    de: (p, q) => `${q(p.value)} ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und Bindestriche, ohne Umlaute und Leerzeichen, z. B. „jugendamt-wesel“.`,
    en: (p, q) => `${q(p.value)} is not a valid id: lower-case letters a–z, digits and hyphens only, e.g. "jugendamt-wesel".`,
  },
  'invalid-date': {
    de: (p, q) => `${q(p.value)} ist kein Datum in der Form JJJJ-MM-TT, z. B. 2024-03-13.`,
    en: (p, q) => `${q(p.value)} is not a date of the form YYYY-MM-DD, e.g. 2024-03-13.`,
  },
  'invalid-datetime': {
    de: (p, q) => `${q(p.value)} ist weder ein Datum (JJJJ-MM-TT) noch Datum mit Uhrzeit (JJJJ-MM-TT HH:MM), z. B. 2024-03-13 14:00.`,
    en: (p, q) => `${q(p.value)} is neither a date (YYYY-MM-DD) nor a date and time (YYYY-MM-DD HH:MM), e.g. 2024-03-13 14:00.`,
  },
  'invalid-phone': {
    de: (p, q) => `${q(p.value)} ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und + ( ) / - ., z. B. "0281 207-0000".`,
    en: (p, q) => `${q(p.value)} is not a phone number. Digits, spaces and + ( ) / - . are allowed, e.g. "0281 207-0000".`,
  },
  'invalid-postal-code': {
    de: (p, q) => `${q(p.value)} ist keine Postleitzahl (fünf Ziffern in Anführungszeichen, z. B. "46483").`,
    en: (p, q) => `${q(p.value)} is not a postal code (five digits in quotes, e.g. "46483").`,
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
  'schema': {
    de: (p) => `Ungültige Angabe (${p.detail}).`,
    en: (p) => `Invalid value (${p.detail}).`,
  },
  // ---- domain rules
  'duplicate-id': {
    de: (p, q) => `Die Kennung ${q(p.id)} ist schon vergeben (${p.first}). Jede Kennung darf nur einmal vorkommen.`,
    en: (p, q) => `The id ${q(p.id)} is already used (${p.first}). Every id must be unique.`,
  },
  'unknown-reference': {
    de: (p, q) => `Es gibt keinen Partner mit der Kennung ${q(p.id)}${didYouMean.de(p, q) || '.'}`,
    en: (p, q) => `There is no partner with the id ${q(p.id)}${didYouMean.en(p, q) || '.'}`,
  },
  'youth-office-sector': {
    de: (p, q) => `${q(p.id)} steht unter youth_offices, ist aber kein Jugendamt (sector: ${p.sector}). Träger des Netzwerks sind Partner mit sector: jugendamt.`,
    en: (p, q) => `${q(p.id)} is listed in youth_offices but is not a youth welfare office (sector: ${p.sector}).`,
  },
  'unknown-municipality': {
    de: (p, q) => `${q(p.value)} ist keine Kommune der Region (region.municipalities in network.yaml)${didYouMean.de(p, q) || '.'}`,
    en: (p, q) => `${q(p.value)} is not a municipality of the region (region.municipalities in network.yaml)${didYouMean.en(p, q) || '.'}`,
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
    de: (p, q) => `${q(p.name)} ist als öffentlich markiert (visibility: public), aber ohne Einwilligung. Bitte das Datum der Einwilligung unter consent eintragen oder eine engere Sichtbarkeit wählen.`,
    en: (p, q) => `${q(p.name)} is marked public (visibility: public) without consent. Please record the date of consent under consent, or choose a narrower visibility.`,
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
    de: (p, q) => `${q(p.title)} am ${p.date} ist als stattgefunden eingetragen, aber ohne Teilnahme. Bitte unter attendance die Einrichtungen mit der Zahl der Personen eintragen (und Gäste unter guests), damit der Bericht sie zählt.`,
    en: (p, q) => `${q(p.title)} on ${p.date} is marked as held but records no attendance. Please list the organisations with their number of persons under attendance (and guests under guests) so that the report counts them.`,
  },
  'meeting-invites-departed': {
    de: (p, q) => `${q(p.title)} am ${p.date} lädt ${q(p.partner)} ein, der Partner ist aber am ${p.left} ausgetreten. Bitte die Einladung prüfen.`,
    en: (p, q) => `${q(p.title)} on ${p.date} invites ${q(p.partner)}, but that partner left on ${p.left}. Please check the invitation.`,
  },
  'file-not-found': {
    de: (p, q) => `Die Datei ${q(p.path)} gibt es im Ordner des Netzwerks nicht. Bitte den Pfad prüfen (relativ zum Ordner mit der network.yaml, mit / getrennt) oder einen Link (https://…) eintragen.`,
    en: (p, q) => `The file ${q(p.path)} does not exist in the network's folder. Please check the path (relative to the folder of network.yaml, separated by /) or give a link (https://…).`,
  },
  'agreement-party-left': {
    de: (p, q) => `${q(p.partner)} soll ${q(p.title)} unterschreiben, ist aber am ${p.left} aus dem Netzwerk ausgetreten. Bitte den Partner aus parties entfernen oder die Vereinbarung anpassen.`,
    en: (p, q) => `${q(p.partner)} is to sign ${q(p.title)} but left the network on ${p.left}. Please remove the partner from parties or adjust the agreement.`,
  },
  'fallkonferenz-details': {
    de: (p) => `Bei einer Fallkonferenz nur Datum, Form und beteiligte Einrichtungen erfassen. Bitte unter ${p.key} nichts zum Fall, zu Kindern oder Familien eintragen – am besten das Feld löschen.`,
    en: (p) => `Record a case conference by date, format and institutions only. Please put nothing about the case, children or families under ${p.key}; best remove the field.`,
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
  'activity-body-missing': {
    de: (p, q) => `Bei ${q(p.title)} (Vertretung des Netzwerks) fehlt unter body, in welchem Netzwerk oder Gremium das Netzwerk vertreten wurde; der Bericht kann die Vertretung sonst nicht belegen.`,
    en: (p, q) => `${q(p.title)} (representing the network) does not say under body in which network or group; the report cannot show it as evidence otherwise.`,
  },
  'agreement-review-due': {
    de: (p, q) => `Die Vereinbarung ${q(p.title)} war am ${p.review} zur Überprüfung fällig.`,
    en: (p, q) => `The agreement ${q(p.title)} was due for review on ${p.review}.`,
  },
  'category-missing': {
    de: (p) => `Im Netzwerk fehlt noch: ${p.label} (§ 9 Abs. 4 LKiSchG NRW).`,
    en: (p) => `The network does not yet include: ${p.label} (§ 9 (4) LKiSchG NRW).`,
  },
  'contact-retention': {
    de: (p, q) => `${q(p.partner)} hat das Netzwerk am ${p.left} verlassen; die Kontaktdaten von ${q(p.name)} sollten gelöscht werden (nach ${p.months} Monaten).`,
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
  'not.value': { de: () => 'kein gültiger Wert', en: () => 'not a valid value' },
  'kind.string': { de: () => 'ein Text', en: () => 'text' },
  'kind.integer': { de: () => 'eine ganze Zahl', en: () => 'a whole number' },
  'kind.number': { de: () => 'eine Zahl', en: () => 'a number' },
  'kind.boolean': { de: () => 'true oder false', en: () => 'true or false' },
  'kind.array': { de: () => 'eine Liste (Zeilen, die mit „- “ beginnen)', en: () => 'a list (lines starting with "- ")' },
  'kind.object': { de: () => 'ein Eintrag mit Angaben der Form „schlüssel: wert“', en: () => 'an entry of the form "key: value"' },
  'kind.null': { de: () => 'nichts (der Wert ist leer)', en: () => 'nothing (the value is empty)' },
  /** "partners.yaml, Zeile 12": where something stands, for messages that point elsewhere. */
  'where': { de: (p) => `${p.file}, Zeile ${p.line}`, en: (p) => `${p.file}, line ${p.line}` },
} satisfies Texts;
