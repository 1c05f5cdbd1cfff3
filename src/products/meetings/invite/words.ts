// The words of an invitation (einladung.txt and the e-mail draft of `netzwerk invite`), German and English.
import type { Lang } from '../../../i18n/lang.js';

export interface InvitationWords {
  subject: (title: string, day: string) => string;
  /** The first line of einladung.txt, before the subject to copy. */
  subjectLabel: string;
  greeting: string;
  intro: string;
  place: string;
  online: string;
  topics: string;
  organizers: string;
  /** How to reply: by when (a long date, or none) and to whom (an address, or none). */
  reply: (by: string | undefined, email: string | undefined) => string;
  attachment: (file: string) => string;
  closing: string;
  office: (network: string) => string;
  phone: string;
}

export const INVITATION_WORDS: Record<Lang, InvitationWords> = {
  de: {
    subject: (title, day) => `Einladung: ${title} am ${day}`,
    subjectLabel: 'Betreff',
    greeting: 'Sehr geehrte Damen und Herren,',
    intro: 'hiermit laden wir Sie herzlich zu folgender Veranstaltung ein:',
    place: 'Ort',
    online: 'Online-Teilnahme',
    topics: 'Themen',
    organizers: 'Ausrichtung',
    reply: (by, email) =>
      `Bitte geben Sie uns ${by ? `bis ${by} ` : ''}Bescheid, ob Sie teilnehmen und mit wie vielen Personen${email ? ` – per E-Mail an ${email}` : ''}.`,
    attachment: (file) => `Den Termin für Ihren Kalender finden Sie in der angehängten Datei ${file}.`,
    closing: 'Mit freundlichen Grüßen',
    office: (network) => `Ihre Koordinierungsstelle – ${network}`,
    phone: 'Telefon',
  },
  en: {
    subject: (title, day) => `Invitation: ${title} on ${day}`,
    subjectLabel: 'Subject',
    greeting: 'Dear colleagues,',
    intro: 'We warmly invite you to the following meeting:',
    place: 'Place',
    online: 'Join online',
    topics: 'Topics',
    organizers: 'Organised by',
    reply: (by, email) =>
      `Please let us know${by ? ` by ${by}` : ''} whether you will attend and with how many persons${email ? ` – by e-mail to ${email}` : ''}.`,
    attachment: (file) => `The appointment for your calendar is in the attached file ${file}.`,
    closing: 'Kind regards',
    office: (network) => `Your coordination office – ${network}`,
    phone: 'Phone',
  },
};
