// What `netzwerk directory` says on stderr besides the directory (part of the catalogue): what
// the coordination should add to the files so that the directory serves its readers.
import type { Texts } from './texts.js';

const institutions = (count: unknown, de = true) =>
  de ? `${count} ${Number(count) === 1 ? 'Einrichtung' : 'Einrichtungen'}` : `${count} ${Number(count) === 1 ? 'institution' : 'institutions'}`;

export const DIRECTORY_NOTE_TEXTS = {
  'directory.no-address': {
    de: (p) =>
      `Hinweis: ${p.count} von ${institutions(p.total)} ohne vollständige Anschrift (Straße, PLZ, Ort) – für Briefe per Post bitte in partners ergänzen (address): ${p.names}`,
    en: (p) =>
      `Note: ${p.count} of ${institutions(p.total, false)} without a complete address (street, postal code, city) – for letters by post please add it in partners (address): ${p.names}`,
  },
  'directory.unreachable': {
    de: (p) =>
      `Hinweis: Bei ${institutions(p.count)} nennt das Verzeichnis keinen Weg, sie zu erreichen (keine Anschrift, kein Telefon, keine E-Mail, keine Internetseite und keine Ansprechperson, die dieser Leserkreis sehen darf); dort steht ein Verweis auf die Koordinierungsstelle: ${p.names}`,
    en: (p) =>
      `Note: for ${institutions(p.count, false)} the directory gives no way to reach them (no address, phone, e-mail or web site, and no contact person this audience may see); they refer to the coordination office: ${p.names}`,
  },
  'directory.hidden-unconfirmed': {
    de: (p) =>
      `Hinweis: ${p.count === 1 ? 'Ein Eintrag ist' : `${p.count} Einträge sind`} weggelassen, weil die Einrichtung ihre Angaben nicht in den letzten ${p.months} Monaten bestätigt hat (--hide-unconfirmed; verified beim Partner): ${p.names}. Datenblätter zum Bestätigen: netzwerk datasheet --due`,
    en: (p) =>
      `Note: ${p.count === 1 ? 'one entry is' : `${p.count} entries are`} left out because the institution has not confirmed its data within the last ${p.months} months (--hide-unconfirmed; verified of the partner): ${p.names}. Data sheets to confirm: netzwerk datasheet --due`,
  },
  'directory.no-coordinator': {
    de: (p) =>
      `Hinweis: Keine Person der Koordinierungsstelle ist für --audience ${p.audience} freigegeben (visibility in network.yaml, bei public mit consent); das Verzeichnis nennt stattdessen die Jugendämter des Netzwerks.`,
    en: (p) =>
      `Note: no person of the coordination office is released for --audience ${p.audience} (visibility in network.yaml, with consent for public); the directory names the network's youth welfare offices instead.`,
  },
  'directory.no-accessibility': {
    de: () =>
      `Hinweis: In network.yaml fehlt accessibility (status, checked, method, feedback_email, feedback_phone): Die Erklärung zur Barrierefreiheit des Wegweisers sagt deshalb „noch nicht bewertet“ und nennt für Rückmeldungen die Koordinierungsstelle.`,
    en: () =>
      `Note: network.yaml has no accessibility (status, checked, method, feedback_email, feedback_phone): the Wegweiser's accessibility statement therefore says "not assessed yet" and names the coordination office for feedback.`,
  },
  'directory.machine-translated': {
    de: (p) =>
      `Hinweis: Maschinell übersetzt und noch nicht von Muttersprachlern geprüft (die Seiten sagen es): ${p.langs}. Was offen ist, listet „${p.prog} translations“.`,
    en: (p) => `Note: machine translated and not yet checked by native speakers (the pages say so): ${p.langs}. "${p.prog} translations" lists what is open.`,
  },
  'directory.untranslated': {
    de: (p) => `Hinweis: Für ${p.lang} fehlt die Übersetzung von ${p.count} Texten der Partner (Angebote, Namen); sie erscheinen dort auf Deutsch: ${p.names}`,
    en: (p) => `Note: for ${p.lang}, ${p.count} texts of the partners (offers, names) have no translation; they appear in German there: ${p.names}`,
  },
  'directory.written': {
    de: (p) => `✔ ${p.folder} geschrieben: ${p.files}`,
    en: (p) => `✔ wrote ${p.folder}: ${p.files}`,
  },
} satisfies Texts;
