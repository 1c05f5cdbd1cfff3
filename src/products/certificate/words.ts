// The words of the certificate of attendance (`netzwerk certificate`), one object per language.
import type { Lang } from '../../i18n/lang.js';

export interface CertificateWords {
  title: string;
  attended: (type: string, title: string) => string;
  on: string;
  length: (hours: string | undefined, units: number | undefined) => string;
  lengthLabel: string;
  place: string;
  organizers: string;
  content: string;
  signature: (network: string) => string;
  dated: (place: string, date: string) => string;
  nameLine: string;
  footer: (network: string) => string;
}

const de: CertificateWords = {
  title: 'Teilnahmebescheinigung',
  attended: (type, title) => `hat an der Veranstaltung (${type}) „${title}“ teilgenommen.`,
  on: 'Termin',
  length: (hours, units) => [hours ? `${hours} Zeitstunden` : '', units ? `${units} Unterrichtseinheiten zu je 45 Minuten` : ''].filter(Boolean).join(', '),
  lengthLabel: 'Umfang',
  place: 'Ort',
  organizers: 'Veranstaltet von',
  content: 'Inhalte',
  signature: (network) => `Unterschrift, Koordinierungsstelle ${network}`,
  dated: (place, date) => `${place}, den ${date}`,
  nameLine: 'Vor- und Nachname',
  footer: (network) => `Teilnahmebescheinigung · ${network}`,
};

const en: CertificateWords = {
  title: 'Certificate of attendance',
  attended: (type, title) => `attended the event (${type}) "${title}".`,
  on: 'Date',
  length: (hours, units) => [hours ? `${hours} hours` : '', units ? `${units} teaching units of 45 minutes` : ''].filter(Boolean).join(', '),
  lengthLabel: 'Length',
  place: 'Place',
  organizers: 'Organised by',
  content: 'Content',
  signature: (network) => `Signature, coordination office of the ${network}`,
  dated: (place, date) => `${place}, ${date}`,
  nameLine: 'First and last name',
  footer: (network) => `Certificate of attendance · ${network}`,
};

export const CERTIFICATE_WORDS: Readonly<Record<Lang, CertificateWords>> = { de, en };
