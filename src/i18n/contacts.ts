// The words of `netzwerk contacts` (CSV header and values, vCard notes), German and English.
import type { Lang } from './lang.js';

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
