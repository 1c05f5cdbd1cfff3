// The words of the datasheet (`netzwerk datasheet`): its columns, the name of each field, the
// e-mail that sends it. One object per language.
import type { Lang } from '../../i18n/lang.js';
import type { ContactField, PartnerField } from '../../model/datasheet.js';

export interface DatasheetWords {
  title: string;
  intro: (network: string) => string;
  howTo: string;
  institution: string;
  contact: (name: string) => string;
  columns: { who: string; what: string; stored: string; correct: string; change: string; key: string };
  partner: Record<PartnerField, string>;
  contactField: Record<ContactField, string>;
  yes: string;
  no: string;
  empty: string;
  subject: (network: string) => string;
  mail: (network: string, institution: string, sender: string) => string;
  footer: (institution: string) => string;
}

const de: DatasheetWords = {
  title: 'Datenblatt: Ihre Angaben im Netzwerk',
  intro: (network) => `Das ${network} führt über Ihre Einrichtung die folgenden Angaben. Bitte prüfen Sie jede Zeile.`,
  howTo: 'Stimmt eine Angabe, kreuzen Sie „stimmt“ an. Ist sie falsch oder fehlt sie, tragen Sie unter „bitte ändern in“ ein, was richtig ist.',
  institution: 'Einrichtung',
  contact: (name) => `Ansprechperson: ${name}`,
  columns: { who: 'Bereich', what: 'Angabe', stored: 'Im Netzwerk gespeichert', correct: 'stimmt', change: 'bitte ändern in', key: 'Feld' },
  partner: {
    id: 'Kennung im Netzwerk',
    name: 'Name der Einrichtung',
    'address.street': 'Straße und Hausnummer',
    'address.postal_code': 'Postleitzahl',
    'address.city': 'Ort',
    website: 'Internetseite',
    phone: 'Telefon (Zentrale)',
    email: 'E-Mail (allgemein)',
    municipalities: 'Zuständig für (Kommunen)',
    'schutzkonzept.status': 'Schutzkonzept (vorhanden, in Arbeit, fehlt)',
    'schutzkonzept.since': 'Schutzkonzept seit',
    'schutzkonzept.review': 'Schutzkonzept: nächste Überprüfung',
  },
  contactField: {
    name: 'Name',
    function: 'Funktion',
    email: 'E-Mail',
    phone: 'Telefon',
    mobile: 'Mobil',
    insofa: 'Insoweit erfahrene Fachkraft (ja/nein)',
  },
  yes: 'ja',
  no: 'nein',
  empty: '–',
  subject: (network) => `Bitte prüfen: Ihre Angaben im ${network}`,
  mail: (network, institution, sender) =>
    [
      'Guten Tag,',
      '',
      `im ${network} führen wir Angaben über ${institution}: Anschrift, Erreichbarkeit, Ansprechpersonen, insoweit erfahrene Fachkräfte und Schutzkonzept.`,
      'Damit Fachkräfte Sie im Ernstfall erreichen, bitten wir Sie, die Angaben im beigefügten Datenblatt zu prüfen und es ausgefüllt zurückzuschicken.',
      'Jede Zeile: „stimmt“ ankreuzen oder unter „bitte ändern in“ die richtige Angabe eintragen.',
      '',
      'Vielen Dank und freundliche Grüße',
      sender,
    ].join('\n'),
  footer: (institution) => `Datenblatt ${institution}`,
};

const en: DatasheetWords = {
  title: 'Data sheet: your data in the network',
  intro: (network) => `The ${network} holds the following data about your institution. Please check every row.`,
  howTo: 'If an entry is right, tick "correct". If it is wrong or missing, write what is right under "please change to".',
  institution: 'Institution',
  contact: (name) => `Contact person: ${name}`,
  columns: { who: 'Part', what: 'Item', stored: 'Stored in the network', correct: 'correct', change: 'please change to', key: 'Field' },
  partner: {
    id: 'Id in the network',
    name: 'Name of the institution',
    'address.street': 'Street and number',
    'address.postal_code': 'Postal code',
    'address.city': 'Town',
    website: 'Website',
    phone: 'Phone (main number)',
    email: 'E-mail (general)',
    municipalities: 'Serves (municipalities)',
    'schutzkonzept.status': 'Protection concept (vorhanden, in Arbeit, fehlt)',
    'schutzkonzept.since': 'Protection concept since',
    'schutzkonzept.review': 'Protection concept: next review',
  },
  contactField: {
    name: 'Name',
    function: 'Function',
    email: 'E-mail',
    phone: 'Phone',
    mobile: 'Mobile',
    insofa: 'Experienced specialist, InsoFa (yes/no)',
  },
  yes: 'yes',
  no: 'no',
  empty: '–',
  subject: (network) => `Please check: your data in the ${network}`,
  mail: (network, institution, sender) =>
    [
      'Hello,',
      '',
      `in the ${network} we hold data about ${institution}: address, how to reach you, contact persons, experienced specialists (InsoFa) and protection concept.`,
      'So that professionals reach you when it matters, please check the data in the attached sheet and send it back filled in.',
      'For every row: tick "correct" or write the right value under "please change to".',
      '',
      'Thank you and kind regards',
      sender,
    ].join('\n'),
  footer: (institution) => `Data sheet ${institution}`,
};

export const DATASHEET_WORDS: Readonly<Record<Lang, DatasheetWords>> = { de, en };
