// What `person` and `review` say when they answer from data with errors (part of the catalogue):
// the answer covers what could be read; which files could not be read at all; which entries were
// searched as written or left unchecked.
import { prog } from './prog.js';
import { indentedLines, type Texts } from './texts.js';

const files = (p: { unreadable?: unknown }, de: boolean) =>
  p.unreadable
    ? de
      ? ` Nicht gelesen werden konnten: ${p.unreadable}. Was darin steht, fehlt in dieser Antwort: bitte die Fehler dort beheben und den Befehl wiederholen.`
      : ` Could not be read at all: ${p.unreadable}. What they hold is missing from this answer: please fix the errors there and run the command again.`
    : '';

export const ANSWER_TEXTS = {
  'answer.person-partial': {
    de: (p) =>
      `Hinweis: Die Daten enthalten Fehler (siehe oben). Die Auskunft umfasst alles, was sich lesen ließ${Number(p.failed) > 0 ? `; ${p.failed === 1 ? 'ein Eintrag mit Fehlern wurde' : `${p.failed} Einträge mit Fehlern wurden`} so durchsucht, wie er in der Datei steht` : ''}.${files(p, true)}`,
    en: (p) =>
      `Note: the data have errors (see above). The answer covers everything that could be read${Number(p.failed) > 0 ? `; ${p.failed === 1 ? 'one entry with errors was' : `${p.failed} entries with errors were`} searched as written in the file` : ''}.${files(p, false)}`,
  },
  'answer.review-partial': {
    de: (p) =>
      `Hinweis: Die Daten enthalten Fehler (siehe oben). Geprüft ist alles, was sich lesen ließ${p.places ? `; nicht geprüft, weil fehlerhaft: ${p.places}` : ''}.${files(p, true)}`,
    en: (p) =>
      `Note: the data have errors (see above). Everything that could be read is checked${p.places ? `; not checked because of errors: ${p.places}` : ''}.${files(p, false)}`,
  },
  'letter.namesakes': {
    de: (p) =>
      `Hinweis: Die Suche hat verschiedene Namen gefunden (${p.names}). Bitte vor dem Versand prüfen, dass alle Angaben im Schreiben dieselbe Person betreffen, und die übrigen Fundstellen entfernen.`,
    en: (p) =>
      `Note: the search found different names (${p.names}). Before sending, please check that everything in the letter concerns the same person and remove the other findings.`,
  },
  'letter.ambiguous': {
    de: (p, q) =>
      `${q(p.query)} passt auf ${p.count} Personen. Ein Auskunftsschreiben betrifft genau eine Person (Art. 15 Abs. 4 DSGVO: keine Daten Dritter); es wurde nichts geschrieben. Bitte genauer angeben: mit der E-Mail-Adresse (${prog(p)} person adresse@beispiel.example --format letter), mit dem vollen Namen oder mit --partner KENNUNG:\n${indentedLines(p.list)}`,
    en: (p, q) =>
      `${q(p.query)} matches ${p.count} persons. An Art. 15 letter concerns exactly one person (Art. 15(4) GDPR: no third person's data); nothing was written. Please be more precise: with the e-mail address (${prog(p)} person address@example.example --format letter), the full name or --partner ID:\n${indentedLines(p.list)}`,
  },
  'usage.person-partner-letter': {
    de: () => '--partner gilt nur mit --format letter: es wählt unter Gleichnamigen die Person bei diesem Partner.',
    en: () => '--partner applies only with --format letter: it chooses among namesakes the person at that partner.',
  },
  'letter.no-dpo': {
    de: (p) =>
      `Hinweis: network.yaml nennt keine Datenschutzbeauftragte und keinen Datenschutzbeauftragten (data_protection_officer). Das Schreiben verweist deshalb nur auf die Koordinierungsstelle; bitte eintragen (Anleitung: ${prog(p)} docs format).`,
    en: (p) =>
      `Note: network.yaml names no data protection officer (data_protection_officer). The letter therefore refers to the coordination office only; please add one (guide: ${prog(p)} docs format).`,
  },
  'letter.nothing': {
    de: (p, q) => `Hinweis: Zu ${q(p.query)} ist nichts gespeichert; das Schreiben teilt das mit (auch das ist eine Auskunft nach Art. 15 DSGVO).`,
    en: (p, q) => `Note: nothing is stored about ${q(p.query)}; the letter says so (that, too, is an answer under Art. 15 GDPR).`,
  },
  'answer.place': { de: (p) => `${p.file} Zeile ${p.line}`, en: (p) => `${p.file} line ${p.line}` },
} satisfies Texts;
