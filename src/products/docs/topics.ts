// The guides shipped with the program (package.json "files": docs/*.md of the users, not the
// developers' architecture and benchmarks), each with the words a user may ask for it by.
export interface Topic {
  name: string;
  file: string;
  /** Other words for the topic, folded (lower case, umlauts written out). */
  words: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { name: 'format', file: 'format.md', words: ['datenformat', 'dateien', 'yaml', 'felder', 'datenschutz', 'bereiche', 'sector', 'add', 'set', 'verified'] },
  { name: 'import', file: 'import.md', words: ['liste', 'excel', 'csv', 'uebernehmen', 'importieren', 'spalten'] },
  { name: 'report', file: 'report.md', words: ['bericht', 'netzwerkbericht', 'jahresbericht', 'fruehehilfen', 'profil'] },
  { name: 'overview', file: 'overview.md', words: ['uebersicht', 'netzwerke', 'landesjugendamt', 'kreis', 'jugendaemter'] },
  { name: 'contacts', file: 'contacts.md', words: ['kontakte', 'kontaktliste', 'verteiler', 'adressen'] },
  { name: 'directory', file: 'directory.md', words: ['verzeichnis', 'partnerverzeichnis', 'wegweiser'] },
  { name: 'meetings', file: 'meetings.md', words: ['veranstaltungen', 'treffen', 'einladung', 'invite', 'sheet', 'teilnahme', 'attendance', 'teilnahmeliste'] },
  { name: 'calendar', file: 'calendar.md', words: ['kalender', 'termine', 'ics', 'outlook'] },
];
