// The words of printed pages (the footer of every PDF page), German and English.
import type { Lang } from './lang.js';

export const PAGE_WORDS: Record<Lang, { pageOf: string; asOf: string }> = {
  de: { pageOf: 'Seite {page} von {pages}', asOf: 'Stand' },
  en: { pageOf: 'Page {page} of {pages}', asOf: 'As of' },
};
