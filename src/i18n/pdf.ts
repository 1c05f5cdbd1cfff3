// Messages of the PDF path (part of the catalogue, catalogue.ts; src/write/typeset-pdf.ts): the
// typesetter missing on this computer, a typesetting that failed, characters the fonts lack.
import type { Texts } from './texts.js';

export const PDF_TEXTS = {
  'file.pdf-unavailable': {
    de: (p, q) =>
      `Für PDF-Dateien fehlt auf diesem Rechner der Schriftsatz von netzwerk (${p.reason}). ${q(p.out)} wurde nicht angelegt.\n` +
      `Abhilfe: netzwerk neu installieren (README, „Installieren“). Oder von Hand: die Seite als HTML schreiben (${p.command}), im Browser öffnen, Drucken → „Als PDF speichern“ (Papierformat A4).`,
    en: (p, q) =>
      `The typesetter netzwerk uses for PDF files is missing on this computer (${p.reason}). ${q(p.out)} was not created.\n` +
      `To fix it: install netzwerk again (README, "Installieren"). Or by hand: write the page as HTML (${p.command}), open it in a browser, Print → "Save as PDF" (paper size A4).`,
  },
  'file.pdf-failed': {
    de: (p, q) =>
      `Die PDF-Datei konnte nicht gesetzt werden (${p.reason}). ${q(p.out)} wurde nicht angelegt. Von Hand: die Seite als HTML schreiben (${p.command}), im Browser öffnen, Drucken → „Als PDF speichern“.`,
    en: (p, q) =>
      `The PDF could not be typeset (${p.reason}). ${q(p.out)} was not created. By hand: write the page as HTML (${p.command}), open it in a browser, Print → "Save as PDF".`,
  },
  'pdf.missing-glyphs': {
    de: (p) => `Hinweis: Für diese Zeichen hat die Schrift des PDF keine Form, sie stehen dort als „?“: ${p.chars}. Die HTML-Ausgabe zeigt sie.`,
    en: (p) => `Note: the PDF's font has no shape for these characters, they appear as "?" there: ${p.chars}. The HTML output shows them.`,
  },
} satisfies Texts;
