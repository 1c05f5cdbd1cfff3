// Messages about the edges (part of the catalogue, catalogue.ts): limits of size and number, file
// names that cannot be shown, links out of the network folder, standard output that fails.
import type { Texts } from './catalogue.js';

export const EDGE_TEXTS = {
  // ---- standard output (src/write/stdout.ts)
  'file.stdout-failed': {
    de: (p) => `Die Ausgabe kann nicht geschrieben werden (${p.reason}). Bitte freien Speicher und das Ziel der Ausgabe (Umleitung mit „>“) prüfen; was schon geschrieben wurde, ist unvollständig.`,
    en: (p) => `Cannot write the output (${p.reason}). Please check the free space and where the output goes (redirection with ">"); what was written so far is incomplete.`,
  },
} satisfies Texts;
