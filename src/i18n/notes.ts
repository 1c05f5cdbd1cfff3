// What commands say besides their output (part of the catalogue, catalogue.ts): notes on stderr,
// the summary of `validate`, what `init` did. Counts choose singular or plural here, not in the code.
import type { Texts } from './texts.js';
import { prog } from './prog.js';

const n = (count: unknown, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;
/** "2 Partner, 1 Termin": the counts of `words`' keys in `p` that are not 0. */
const counted = (p: Record<string, unknown>, words: Record<string, [string, string]>) =>
  Object.entries(words)
    .filter(([key]) => Number(p[key]) > 0)
    .map(([key, [one, many]]) => n(p[key], one, many))
    .join(', ');

export const NOTE_TEXTS = {
  // ---- validate's lines and summary (src/formats/diagnostics.ts)
  'severity.error': { de: () => 'Fehler ', en: () => 'error  ' },
  'severity.warning': { de: () => 'Warnung', en: () => 'warning' },
  'summary.errors': {
    de: (p) =>
      `✖ ${n(p.errors, 'Fehler', 'Fehler')}${p.warnings ? ` und ${n(p.warnings, 'Warnung', 'Warnungen')}` : ''} in ${n(p.failed, 'Datei', 'Dateien')} (${n(p.files, 'Datei', 'Dateien')} geprüft).`,
    en: (p) =>
      `✖ ${n(p.errors, 'error', 'errors')}${p.warnings ? ` and ${n(p.warnings, 'warning', 'warnings')}` : ''} in ${n(p.failed, 'file', 'files')} (${n(p.files, 'file', 'files')} checked).`,
  },
  'summary.errors-no-count': {
    de: (p) => `✖ ${n(p.errors, 'Fehler', 'Fehler')}${p.warnings ? ` und ${n(p.warnings, 'Warnung', 'Warnungen')}` : ''}.`,
    en: (p) => `✖ ${n(p.errors, 'error', 'errors')}${p.warnings ? ` and ${n(p.warnings, 'warning', 'warnings')}` : ''}.`,
  },
  'summary.ok': {
    de: (p) => `✔ Keine Fehler (${n(p.files, 'Datei', 'Dateien')} geprüft).`,
    en: (p) => `✔ No errors (${n(p.files, 'file', 'files')} checked).`,
  },
  'summary.ok-no-count': { de: () => '✔ Keine Fehler.', en: () => '✔ No errors.' },
  'summary.warnings': {
    de: (p) => ` ${n(p.warnings, 'Warnung', 'Warnungen')}.`,
    en: (p) => ` ${n(p.warnings, 'warning', 'warnings')}.`,
  },
  // ---- notes on stderr, so that stdout stays the output itself
  'out.written': {
    de: (p) => `✔ ${p.file} geschrieben${p.pages === undefined ? '' : ` (${n(p.pages, 'Seite', 'Seiten')})`}`,
    en: (p) => `✔ wrote ${p.file}${p.pages === undefined ? '' : ` (${n(p.pages, 'page', 'pages')})`}`,
  },
  'working.pdf': { de: () => 'PDF wird erstellt …', en: () => 'Making the PDF …' },
  'working.import': { de: () => 'Liste wird gelesen und abgeglichen …', en: () => 'Reading and matching the list …' },
  'note.calendar-empty': {
    de: () => 'Hinweis: Kein Termin passt zu den Angaben; der Kalender ist leer.',
    en: () => 'note: no meeting matches; the calendar is empty.',
  },
  'samples.left-out': {
    de: (p) =>
      `Hinweis: Die Beispieldaten von „netzwerk init“ sind weggelassen (${counted(p, {
        partners: ['Partner', 'Partner'],
        contacts: ['Kontaktperson', 'Kontaktpersonen'],
        coordinators: ['Person der Koordination', 'Personen der Koordination'],
        meetings: ['Termin', 'Termine'],
        agreements: ['Vereinbarung', 'Vereinbarungen'],
        activities: ['Tätigkeit', 'Tätigkeiten'],
        mission_statement: ['Leitbild-Platzhalter', 'Leitbild-Platzhalter'],
      })}; sample: true). Ersetzen oder löschen: ${prog(p)} validate zeigt, wo sie stehen.`,
    en: (p) =>
      `Note: the sample data of "netzwerk init" are left out (${counted(p, {
        partners: ['partner', 'partners'],
        contacts: ['contact person', 'contact persons'],
        coordinators: ['coordinator', 'coordinators'],
        meetings: ['meeting', 'meetings'],
        agreements: ['agreement', 'agreements'],
        activities: ['activity', 'activities'],
        mission_statement: ['placeholder mission statement', 'placeholder mission statements'],
      })}; sample: true). Replace or delete them: ${prog(p)} validate shows where they are.`,
  },
  'note.no-contacts': { de: () => 'Hinweis: Keine Kontakte für diese Auswahl.', en: () => 'Note: no contacts for this selection.' },
  'note.missing-email': {
    de: (p) => `Hinweis: ${Number(p.count) === 1 ? '1 Person ohne E-Mail-Adresse fehlt' : `${p.count} Personen ohne E-Mail-Adresse fehlen`} im Verteiler.`,
    en: (p) => `Note: ${Number(p.count) === 1 ? '1 person' : `${p.count} people`} without an e-mail address left out.`,
  },
  'note.review-no-email': {
    de: (p) => `Hinweis: ohne E-Mail-Adresse, bitte anders erreichen: ${p.names}`,
    en: (p) => `Note: no e-mail address, please reach them otherwise: ${p.names}`,
  },
  // ---- init
  'init.created': { de: (p) => `Neues Netzwerk angelegt in ${p.dir}:`, en: (p) => `New network created in ${p.dir}:` },
  'init.skipped': { de: (p) => `  ${p.file} (gab es schon, nicht überschrieben)`, en: (p) => `  ${p.file} (already there, not overwritten)` },
  'init.next': {
    de: (p) =>
      `Als Nächstes: die Beispielwerte ersetzen und prüfen mit „${prog(p)} validate${p.arg ? ` ${p.arg}` : ''}“.\nIn VS Code (mit der Erweiterung „YAML“ von Red Hat) gibt es Vorschläge und Erklärungen zu jedem Feld.`,
    en: (p) =>
      `Next: replace the example values and check with "${prog(p)} validate${p.arg ? ` ${p.arg}` : ''}".\nIn VS Code (with Red Hat's "YAML" extension) every field has completion and help.`,
  },
} satisfies Texts;
