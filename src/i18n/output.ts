// Messages about outputs (part of the catalogue, catalogue.ts): `--out` endings the command cannot
// write, bytes that do not belong on a terminal, e-mail blocks; the PDF's own in pdf.ts.
import type { Texts } from './texts.js';

export const OUTPUT_TEXTS = {
  'usage.out-ending': {
    de: (p, q) =>
      `--out: Dateien mit der Endung ${q(p.ending)} kann dieser Befehl nicht schreiben, ${q(p.out)} wurde nicht angelegt. Möglich sind: ${p.endings}. Bitte einen Namen mit einer dieser Endungen wählen oder das Format mit --format angeben.`,
    en: (p, q) =>
      `--out: this command cannot write files ending in ${q(p.ending)}; ${q(p.out)} was not created. Possible endings: ${p.endings}. Please choose a name with one of them or give the format with --format.`,
  },
  'usage.out-ending-only': {
    de: (p, q) =>
      `--out: Dateien mit der Endung ${q(p.ending)} kann dieser Befehl nicht schreiben, ${q(p.out)} wurde nicht angelegt. Möglich: ${p.endings}. Bitte einen Namen mit dieser Endung wählen.`,
    en: (p, q) =>
      `--out: this command cannot write files ending in ${q(p.ending)}; ${q(p.out)} was not created. Possible: ${p.endings}. Please choose a name with that ending.`,
  },
  'usage.out-ending-format': {
    de: (p, q) =>
      `--out: Die Endung ${q(p.ending)} passt nicht zu --format ${p.format}; ${q(p.out)} wurde nicht angelegt. Für ${p.format} passt: ${p.fitting}. Bitte den Dateinamen oder --format ändern.`,
    en: (p, q) =>
      `--out: the ending ${q(p.ending)} does not fit --format ${p.format}; ${q(p.out)} was not created. For ${p.format} use: ${p.fitting}. Please change the file name or --format.`,
  },
  // the file name a message suggests for --out (without its ending), per command
  'out.name.report': { de: () => 'bericht', en: () => 'report' },
  'out.name.overview': { de: () => 'uebersicht', en: () => 'overview' },
  'out.name.sheet': { de: () => 'teilnahmeliste', en: () => 'sign-in-sheet' },
  'out.name.contacts': { de: () => 'kontakte', en: () => 'contacts' },
  'out.name.directory': { de: () => 'verzeichnis', en: () => 'directory' },
  'out.name.person': { de: () => 'auskunft', en: () => 'letter' },
  'usage.binary-terminal': {
    de: (p) =>
      `Eine ${String(p.format).toUpperCase()}-Datei lässt sich nicht im Terminal zeigen. Bitte mit --out in eine Datei schreiben und diese öffnen, z. B. --out ${p.example}.`,
    en: (p) =>
      `A ${String(p.format).toUpperCase()} file cannot be shown in the terminal. Please write it to a file with --out and open that, e.g. --out ${p.example}.`,
  },
  'usage.batch': {
    de: (p, q) => `--batch: ${q(p.value)} ist keine Anzahl; bitte eine ganze Zahl ab 1 angeben, z. B. --batch 500.`,
    en: (p, q) => `--batch: ${q(p.value)} is not a number; please give a whole number from 1, e.g. --batch 500.`,
  },
  'usage.batch-format': {
    de: () => '--batch teilt nur E-Mail-Verteiler in Blöcke: bitte zusammen mit --format emails angeben.',
    en: () => '--batch only splits e-mail lists into blocks: please use it with --format emails.',
  },
} satisfies Texts;
