// The sentences of `netzwerk certificate`: part of the catalogue, catalogue.ts.
import { prog } from './prog.js';
import type { Texts } from './texts.js';

export const CERTIFICATE_TEXTS = {
  'certificate.names-or-blank': {
    de: (p) =>
      `Bitte --names LISTE.csv (je Person eine Bescheinigung) oder --blank ANZAHL (zum Ausfüllen von Hand) angeben, nicht beides, z. B. ${prog(p)} certificate 2026-03-fachtag --names teilnehmende.xlsx --out bescheinigungen`,
    en: (p) =>
      `Please give --names LIST.csv (one certificate per person) or --blank NUMBER (to fill in by hand), not both, e.g. ${prog(p)} certificate 2026-03-fachtag --names participants.xlsx --out certificates`,
  },
  'certificate.out': {
    de: () => 'Bitte mit --out den Ordner für die Bescheinigungen angeben, z. B. --out bescheinigungen',
    en: () => 'Please give the folder for the certificates with --out, e.g. --out certificates',
  },
  'certificate.cancelled': {
    de: (p) => `${p.id} ist abgesagt: dafür gibt es keine Teilnahmebescheinigungen.`,
    en: (p) => `${p.id} is cancelled: there are no certificates of attendance for it.`,
  },
  'certificate.no-names': {
    de: (p) => `In ${p.file} steht kein Name (eine Spalte „Name“, oder „Vorname“ und „Nachname“, sonst die erste Spalte). Es wurde nichts geschrieben.`,
    en: (p) => `${p.file} holds no name (a column "Name", or "Vorname" and "Nachname", else the first column). Nothing was written.`,
  },
  'certificate.too-many': {
    de: (p) => `Die Liste hat ${p.count} Namen, mehr als ${p.max} in einem Lauf. Bitte in Teilen drucken. Es wurde nichts geschrieben.`,
    en: (p) => `The list has ${p.count} names, more than ${p.max} in one run. Please print in parts. Nothing was written.`,
  },
  'certificate.written': {
    de: (p) =>
      p.blank === undefined
        ? `${p.count === 1 ? 'Eine Teilnahmebescheinigung' : `${p.count} Teilnahmebescheinigungen`} in ${p.dir} (je Person eine PDF-Datei, nummeriert in der Reihenfolge der Liste; die Namen stehen nur in den Bescheinigungen).`
        : `${p.count === 1 ? 'Eine Teilnahmebescheinigung' : `${p.count} Teilnahmebescheinigungen`} zum Ausfüllen in ${p.dir}/bescheinigungen-blanko.pdf.`,
    en: (p) =>
      p.blank === undefined
        ? `${p.count === 1 ? 'One certificate' : `${p.count} certificates`} of attendance in ${p.dir} (one PDF per person, numbered in the list's order; the names are only on the certificates).`
        : `${p.count === 1 ? 'One certificate' : `${p.count} certificates`} of attendance to fill in, in ${p.dir}/bescheinigungen-blanko.pdf.`,
  },
  'certificate.planned': {
    de: (p) => `Hinweis: ${p.id} ist noch als geplant eingetragen (status: planned).`,
    en: (p) => `Note: ${p.id} is still recorded as planned (status: planned).`,
  },
  'certificate.no-length': {
    de: (p) => `Hinweis: Bei ${p.id} steht kein Umfang (hours oder teaching_units); die Bescheinigungen nennen keinen.`,
    en: (p) => `Note: ${p.id} has no length (hours or teaching_units); the certificates state none.`,
  },
} satisfies Texts;
