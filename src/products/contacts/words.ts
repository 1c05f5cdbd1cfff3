// The words of the contact lists, one object per language: the columns and values of the CSV and
// Excel list, the notes of a vCard, the Excel sheet's tab and date format.
import type { Lang } from '../../i18n/lang.js';

export interface ContactsWords {
  header: readonly string[];
  yes: string;
  no: string;
  all: string;
  vcard: { sector: string; insofa: string; coordinator: string };
  /** The sheet of the Excel contact list: its tab, its title and the date format of its cells. */
  xlsx: { sheet: string; title: string; dateFormat: string };
}

export const CONTACTS_WORDS: Readonly<Record<Lang, ContactsWords>> = {
  de: {
    // the same names as the directory's table for the same things (Einrichtung, Bereich, Zuständig für …)
    header: ['Einrichtung', 'Bereich', 'Zuständig für', 'Ansprechperson', 'Funktion', 'E-Mail', 'Telefon', 'Mobil', 'InsoFa', 'Sichtbarkeit', 'Geprüft am'],
    yes: 'ja',
    no: 'nein',
    all: 'ganze Region',
    vcard: { sector: 'Bereich', insofa: 'Insoweit erfahrene Fachkraft (InsoFa)', coordinator: 'Netzwerkkoordination' },
    xlsx: { sheet: 'Kontakte', title: 'Kontaktliste', dateFormat: 'DD.MM.YYYY' },
  },
  en: {
    header: ['Institution', 'Sector', 'Serves', 'Contact person', 'Function', 'E-mail', 'Phone', 'Mobile', 'InsoFa', 'Visibility', 'Verified on'],
    yes: 'yes',
    no: 'no',
    all: 'whole region',
    vcard: { sector: 'Sector', insofa: 'Child-protection specialist (InsoFa)', coordinator: 'Network coordination' },
    xlsx: { sheet: 'Contacts', title: 'Contact list', dateFormat: 'YYYY-MM-DD' },
  },
};
