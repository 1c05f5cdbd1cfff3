// The words of `netzwerk contacts` (CSV header and values, vCard notes), German and English.
import type { Lang } from '../../i18n/lang.js';

export const CONTACTS_CSV_HEADER: Record<Lang, readonly string[]> = {
  de: ['Organisation', 'Sektor', 'Kommunen', 'Name', 'Funktion', 'E-Mail', 'Telefon', 'Mobil', 'InsoFa', 'Sichtbarkeit', 'Geprüft am'],
  en: ['Organisation', 'Sector', 'Municipalities', 'Name', 'Function', 'E-mail', 'Phone', 'Mobile', 'InsoFa', 'Visibility', 'Verified on'],
};

export const CONTACTS_CSV_WORDS = {
  de: { yes: 'ja', no: 'nein', all: 'alle Kommunen' },
  en: { yes: 'yes', no: 'no', all: 'all municipalities' },
} as const;

export const VCARD_WORDS = {
  de: { sector: 'Sektor', insofa: 'Insoweit erfahrene Fachkraft (InsoFa)', coordinator: 'Netzwerkkoordination' },
  en: { sector: 'Sector', insofa: 'Child-protection specialist (InsoFa)', coordinator: 'Network coordination' },
} as const;

/** The sheet of the Excel contact list: its tab and the date format of its cells. */
export const CONTACTS_XLSX_WORDS: Record<Lang, { sheet: string; title: string; dateFormat: string }> = {
  de: { sheet: 'Kontakte', title: 'Kontaktliste', dateFormat: 'DD.MM.YYYY' },
  en: { sheet: 'Contacts', title: 'Contact list', dateFormat: 'YYYY-MM-DD' },
};
