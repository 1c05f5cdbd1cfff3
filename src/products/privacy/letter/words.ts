// The words of the answer to an Art. 15 GDPR request (`netzwerk person --format letter`), German
// and English. The legal references, checked against the texts: § 9 Abs. 1 and 2 LKiSchG NRW (the
// networks and their coordination by the youth office), Art. 6 Abs. 1 UAbs. 1 Buchst. e and
// Abs. 3 DSGVO with § 3 Abs. 1 DSG NRW (a public body's task), Art. 6 Abs. 1 UAbs. 1 Buchst. a
// and Art. 7 DSGVO (publication with consent); the rights of Art. 16, 17, 18, 21 and 77 DSGVO; the
// supervisory authority of NRW (LDI NRW, Kavalleriestraße 2–4, 40213 Düsseldorf).
import type { Lang } from '../../../i18n/lang.js';
import type { Salutation } from '../../../model/vocabulary.js';

/** Words before a name that stay with the surname in a greeting: titles and name particles. */
const TITLES = /^(dr|prof|professor|professorin)\.?$/i;
const PARTICLES = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'van', 'de', 'der', 'den', 'ten', 'ter', 'di', 'da', 'del', 'la', 'le']);

/**
 * The part of a full name a greeting uses: the surname with the particles before it and the
 * academic titles (`Dr. Anna von der Heide` → `Dr. von der Heide`).
 */
function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  const titles = words.filter((w, i) => TITLES.test(w) && words.slice(0, i).every((x) => TITLES.test(x)));
  const rest = words.slice(titles.length);
  let start = rest.length - 1;
  while (start > 0 && PARTICLES.has(rest[start - 1]!)) start--;
  return [...titles, ...rest.slice(Math.max(0, start))].join(' ');
}

export interface LetterWords {
  title: string;
  subject: string;
  coordination: (network: string) => string;
  /** The greeting: by salutation and surname when the salutation is known (`salutation` of the person), else by the full name. */
  salutation: (name: string, salutation: Salutation | undefined) => string;
  /** The addressee's first line in the window: `Frau Wiebke Hendricks`. */
  addresseeName: (name: string, salutation: Salutation | undefined) => string;
  intro: (network: string, date: string) => string;
  introNothing: (network: string, query: string, date: string) => string;
  copy: string;
  sections: { data: string; purposes: string; legal: string; recipients: string; source: string; storage: string; rights: string; contacts: string };
  kinds: {
    coordinator: string;
    contact: (partner: string) => string;
    organisation: string;
    signatory: (agreement: string) => string;
    mention: (where: string) => string;
    unchecked: string;
  };
  mentionWhere: { meeting: string; agreement: string; network: string; other: string };
  field: {
    name: string;
    salutation: string;
    function: string;
    email: string;
    phone: string;
    mobile: string;
    organisation: string;
    insofa: string;
    release: string;
    consent: string;
    fte: string;
    qualification: string;
    verified: string;
    sector: string;
    address: string;
    website: string;
    signed: string;
    text: string;
  };
  yes: string;
  notYet: string;
  never: string;
  release: { internal: string; network: string; public: string };
  uncheckedNote: string;
  purposes: string;
  legal: string;
  legalConsent: (dates: string) => string;
  recipients: {
    internal: string;
    network: (partners: number) => string;
    public: string;
    calendar: string;
    report: string;
    inactive: string;
    signatory: string;
    noThirdCountry: string;
  };
  source: (partners: string) => string;
  sourceNoPartner: string;
  storage: {
    rule: (reviewMonths: number, retentionMonths: number) => string;
    ok: (verified: string, due: string) => string;
    never: string;
    due: (verified: string, due: string) => string;
    retained: (left: string, from: string) => string;
    delete: (left: string, from: string) => string;
    signatory: string;
    mention: string;
  };
  rights: string[];
  rightConsent: string;
  authority: string;
  noAutomated: string;
  contactsIntro: string;
  dpo: string;
  noDpo: string;
  closing: string;
  dateLine: (place: string | undefined, date: string) => string;
  footer: (network: string) => string;
}

const de: LetterWords = {
  title: 'Auskunft nach Art. 15 DSGVO',
  subject: 'Ihre Anfrage nach Art. 15 DSGVO: Auskunft über die zu Ihrer Person gespeicherten Daten',
  coordination: (n) => `Koordinierungsstelle ${n}`,
  // (the sender line: "Koordinierungsstelle Netzwerk Kinderschutz Kleve", as the offices sign)
  salutation: (name, salutation) =>
    salutation === 'Frau' ? `Sehr geehrte Frau ${surname(name)},` : salutation === 'Herr' ? `Sehr geehrter Herr ${surname(name)},` : `Guten Tag ${name},`,
  addresseeName: (name, salutation) => (salutation === undefined ? name : `${salutation} ${name}`),
  intro: (n, d) =>
    `Sie haben Auskunft darüber erbeten, ob und welche personenbezogenen Daten die Koordinierungsstelle für das ${n} über Sie verarbeitet. Wir bestätigen, dass wir die folgenden Daten über Sie gespeichert haben (Stand ${d}).`,
  introNothing: (n, q, d) =>
    `Sie haben Auskunft darüber erbeten, ob die Koordinierungsstelle für das ${n} personenbezogene Daten über Sie verarbeitet. Wir haben in allen Unterlagen des Netzwerks nach „${q}“ gesucht (Namen und E-Mail-Adressen der Ansprechpersonen, Unterzeichnende von Vereinbarungen, Texte der Veranstaltungen) und keine Daten zu Ihrer Person gefunden (Stand ${d}).`,
  copy: 'Dieses Schreiben enthält alle zu Ihrer Person gespeicherten Angaben und ist damit zugleich die Kopie der Daten nach Art. 15 Abs. 3 DSGVO.',
  sections: {
    data: '1. Welche Daten wir über Sie gespeichert haben',
    purposes: '2. Wozu wir die Daten verarbeiten',
    legal: '3. Rechtsgrundlage',
    recipients: '4. Wer die Daten erhält',
    source: '5. Woher die Daten stammen',
    storage: '6. Wie lange wir die Daten speichern',
    rights: '7. Ihre Rechte',
    contacts: '8. Ansprechpersonen',
  },
  kinds: {
    coordinator: 'Als Koordinatorin oder Koordinator des Netzwerks',
    contact: (p) => `Als Ansprechperson von ${p}`,
    organisation: 'Ihre Einrichtung als Partner des Netzwerks',
    signatory: (a) => `Als unterzeichnende Person der Vereinbarung „${a}“`,
    mention: (w) => `Erwähnung ${w}`,
    unchecked: 'Ein Eintrag, der noch berichtigt werden muss (so, wie er gespeichert ist)',
  },
  mentionWhere: {
    meeting: 'in den Angaben zu einer Veranstaltung',
    agreement: 'im Titel einer Vereinbarung',
    network: 'in den Angaben zum Netzwerk',
    other: 'in einem Text',
  },
  field: {
    name: 'Name',
    salutation: 'Anrede',
    function: 'Funktion',
    email: 'E-Mail',
    phone: 'Telefon',
    mobile: 'Mobil',
    organisation: 'Einrichtung',
    insofa: 'Insoweit erfahrene Fachkraft',
    release: 'Freigabe',
    consent: 'Einwilligung zur Veröffentlichung',
    fte: 'Stellenanteil in der Koordination',
    qualification: 'Qualifikation',
    verified: 'Zuletzt bestätigt',
    sector: 'Bereich',
    address: 'Anschrift',
    website: 'Internetseite',
    signed: 'Unterzeichnet am',
    text: 'Text',
  },
  yes: 'ja',
  notYet: 'noch nicht',
  never: 'noch nie',
  release: {
    internal: 'nur für die Koordinierungsstelle',
    network: 'für die Partner des Netzwerks',
    public: 'zur Veröffentlichung',
  },
  uncheckedNote: 'Dieser Eintrag ist fehlerhaft erfasst und wird berichtigt; bis dahin verwenden wir ihn nicht.',
  purposes:
    'Wir verarbeiten die Daten, um das Netzwerk Kinderschutz zu koordinieren: um die Partner zu Netzwerktreffen und Fortbildungen einzuladen, um Ansprechpersonen für die schnelle Zusammenarbeit bei möglicher Kindeswohlgefährdung zu kennen und den Partnern zu nennen, um Vereinbarungen zu schließen und über die Arbeit des Netzwerks zu berichten.',
  legal:
    'Die Jugendämter bilden und koordinieren die Netzwerke Kinderschutz nach § 9 Abs. 1 und 2 des Landeskinderschutzgesetzes NRW (LKiSchG NRW). Die Verarbeitung ist für diese Aufgabe im öffentlichen Interesse erforderlich: Art. 6 Abs. 1 Unterabs. 1 Buchst. e und Abs. 3 DSGVO in Verbindung mit § 3 Abs. 1 des Datenschutzgesetzes Nordrhein-Westfalen (DSG NRW) und § 9 LKiSchG NRW.',
  legalConsent: (dates) =>
    `Ihr Name und Ihre dienstlichen Kontaktdaten werden mit Ihrer Einwilligung vom ${dates} veröffentlicht (Art. 6 Abs. 1 Unterabs. 1 Buchst. a und Art. 7 DSGVO).`,
  recipients: {
    internal: 'Die Angaben sind nur für die Koordinierungsstelle bestimmt und werden nicht weitergegeben.',
    network: (n) =>
      `Die Partner des Netzwerks (zurzeit ${n} Einrichtungen) erhalten Ihre dienstlichen Kontaktdaten in Kontaktlisten und E-Mail-Verteilern des Netzwerks.`,
    public:
      'Ihr Name und Ihre dienstlichen Kontaktdaten werden veröffentlicht, etwa in öffentlichen Kontaktlisten und im Netzwerkbericht, der dem Jugendhilfeausschuss vorgelegt wird.',
    calendar: 'In den Kalenderdateien der Termine des Netzwerks stehen Sie als Ansprechperson (mit Name und E-Mail-Adresse).',
    report: 'Der Netzwerkbericht nennt Sie als Ansprechperson der Koordination.',
    inactive: 'Da Ihre Einrichtung nicht mehr Partner des Netzwerks ist, geben wir Ihre Angaben nicht mehr weiter.',
    signatory: 'Die Vereinbarung liegt den Vertragspartnern vor.',
    noThirdCountry: 'Eine Übermittlung in ein Land außerhalb der Europäischen Union findet nicht statt.',
  },
  source: (p) => `Die Angaben haben Sie selbst oder Ihre Einrichtung (${p}) der Koordinierungsstelle mitgeteilt.`,
  sourceNoPartner: 'Die Angaben haben Sie selbst oder Ihre Einrichtung der Koordinierungsstelle mitgeteilt.',
  storage: {
    rule: (r, m) =>
      `Wir bitten die Ansprechpersonen spätestens alle ${r} Monate, ihre Angaben zu bestätigen, und berichtigen oder löschen, was nicht mehr zutrifft. Scheidet eine Einrichtung aus dem Netzwerk aus, löschen wir die Angaben ihrer Ansprechpersonen ${m} Monate nach dem Austritt.`,
    ok: (v, d) => `Ihre Angaben haben Sie zuletzt am ${v} bestätigt; die nächste Bestätigung erbitten wir ab ${d}.`,
    never: 'Ihre Angaben wurden noch nicht bestätigt; wir werden Sie um eine Bestätigung bitten.',
    due: (v, d) => `Ihre Angaben wurden zuletzt am ${v} bestätigt; seit ${d} ist eine neue Bestätigung fällig, um die wir Sie bitten werden.`,
    retained: (l, f) => `Ihre Einrichtung ist am ${l} aus dem Netzwerk ausgeschieden; wir löschen Ihre Angaben ab ${f}.`,
    delete: (l, f) => `Ihre Einrichtung ist am ${l} aus dem Netzwerk ausgeschieden; Ihre Angaben sind seit ${f} zu löschen und werden gelöscht.`,
    signatory: 'Die Angaben in einer Vereinbarung bleiben Teil der Vereinbarung, solange sie gilt und aufzubewahren ist.',
    mention: 'Erwähnungen in Texten prüfen wir mit diesem Schreiben und löschen sie, soweit sie nicht erforderlich sind.',
  },
  rights: [
    'Sie können verlangen, dass unrichtige Angaben berichtigt und unvollständige vervollständigt werden (Art. 16 DSGVO).',
    'Sie können verlangen, dass Ihre Daten gelöscht werden, soweit die Voraussetzungen des Art. 17 DSGVO vorliegen.',
    'Sie können verlangen, dass die Verarbeitung eingeschränkt wird (Art. 18 DSGVO).',
    'Sie können aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der Verarbeitung widersprechen (Art. 21 DSGVO).',
  ],
  rightConsent: 'Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).',
  authority:
    'Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren (Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.',
  noAutomated: 'Eine automatisierte Entscheidung im Einzelfall einschließlich Profiling (Art. 22 DSGVO) findet nicht statt.',
  contactsIntro: 'Bei Fragen zu diesem Schreiben oder zu Ihren Rechten wenden Sie sich bitte an die Koordinierungsstelle:',
  dpo: 'Behördliche Datenschutzbeauftragte oder behördlicher Datenschutzbeauftragter:',
  noDpo: 'Die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten erreichen Sie über die Koordinierungsstelle.',
  closing: 'Mit freundlichen Grüßen',
  dateLine: (place, date) => (place ? `${place}, ${date}` : date),
  footer: (n) => `Auskunft nach Art. 15 DSGVO · ${n}`,
};

const en: LetterWords = {
  title: 'Information under Art. 15 GDPR',
  subject: 'Your request under Art. 15 GDPR: information on the personal data stored about you',
  coordination: (n) => `Coordination office, ${n}`,
  salutation: (name, salutation) =>
    salutation === 'Frau' ? `Dear Ms ${surname(name)},` : salutation === 'Herr' ? `Dear Mr ${surname(name)},` : `Dear ${name},`,
  addresseeName: (name, salutation) => (salutation === undefined ? name : `${salutation === 'Frau' ? 'Ms' : 'Mr'} ${name}`),
  intro: (n, d) =>
    `You asked whether and which personal data the coordination office of the ${n} processes about you. We confirm that we store the following data about you (as of ${d}).`,
  introNothing: (n, q, d) =>
    `You asked whether the coordination office of the ${n} processes personal data about you. We searched all records of the network for "${q}" (names and e-mail addresses of contact persons, signatories of agreements, texts of meetings) and found no data about you (as of ${d}).`,
  copy: 'This letter contains all data stored about you and is thus also the copy of the data under Art. 15 (3) GDPR.',
  sections: {
    data: '1. The data we store about you',
    purposes: '2. Why we process the data',
    legal: '3. Legal basis',
    recipients: '4. Who receives the data',
    source: '5. Where the data come from',
    storage: '6. How long we keep the data',
    rights: '7. Your rights',
    contacts: '8. Contacts',
  },
  kinds: {
    coordinator: 'As coordinator of the network',
    contact: (p) => `As contact person of ${p}`,
    organisation: 'Your organisation as partner of the network',
    signatory: (a) => `As signatory of the agreement "${a}"`,
    mention: (w) => `Mentioned ${w}`,
    unchecked: 'An entry that still has to be corrected (as stored)',
  },
  mentionWhere: {
    meeting: 'in the details of a meeting',
    agreement: 'in the title of an agreement',
    network: 'in the details of the network',
    other: 'in a text',
  },
  field: {
    name: 'Name',
    salutation: 'Salutation',
    function: 'Function',
    email: 'E-mail',
    phone: 'Phone',
    mobile: 'Mobile',
    organisation: 'Organisation',
    insofa: 'Child-protection specialist (InsoFa)',
    release: 'Released',
    consent: 'Consent to publication',
    fte: 'Staff share in the coordination',
    qualification: 'Qualification',
    verified: 'Last confirmed',
    sector: 'Sector',
    address: 'Address',
    website: 'Website',
    signed: 'Signed on',
    text: 'Text',
  },
  yes: 'yes',
  notYet: 'not yet',
  never: 'never',
  release: { internal: 'for the coordination office only', network: "for the network's partners", public: 'for publication' },
  uncheckedNote: 'This entry was recorded with errors and will be corrected; until then we do not use it.',
  purposes:
    'We process the data to coordinate the child-protection network: to invite the partners to network meetings and training, to know contact persons for fast cooperation when a child may be at risk and to name them to the partners, to conclude agreements and to report on the network.',
  legal:
    'The youth welfare offices form and coordinate the child-protection networks under § 9 (1) and (2) of the North Rhine-Westphalian Child Protection Act (LKiSchG NRW). The processing is necessary for this task in the public interest: Art. 6 (1) (e) and (3) GDPR in conjunction with § 3 (1) of the Data Protection Act of North Rhine-Westphalia (DSG NRW) and § 9 LKiSchG NRW.',
  legalConsent: (dates) => `Your name and work contact details are published with your consent of ${dates} (Art. 6 (1) (a) and Art. 7 GDPR).`,
  recipients: {
    internal: 'The data are meant for the coordination office only and are not passed on.',
    network: (n) => `The network's partners (currently ${n} organisations) receive your work contact details in the network's contact lists and e-mail lists.`,
    public:
      'Your name and work contact details are published, e.g. in public contact lists and in the network report presented to the youth welfare committee.',
    calendar: "The calendar files of the network's meetings name you as contact (name and e-mail address).",
    report: 'The network report names you as contact of the coordination.',
    inactive: 'As your organisation is no longer a partner of the network, we no longer pass your data on.',
    signatory: 'The agreement is held by its parties.',
    noThirdCountry: 'The data are not transferred to any country outside the European Union.',
  },
  source: (p) => `You or your organisation (${p}) gave the data to the coordination office.`,
  sourceNoPartner: 'You or your organisation gave the data to the coordination office.',
  storage: {
    rule: (r, m) =>
      `We ask contact persons to confirm their data at least every ${r} months and correct or delete what is no longer accurate. When an organisation leaves the network, we delete the data of its contact persons ${m} months after it left.`,
    ok: (v, d) => `You last confirmed your data on ${v}; we will ask for the next confirmation from ${d}.`,
    never: 'Your data have not been confirmed yet; we will ask you to confirm them.',
    due: (v, d) => `Your data were last confirmed on ${v}; a new confirmation has been due since ${d}, and we will ask you for it.`,
    retained: (l, f) => `Your organisation left the network on ${l}; we will delete your data from ${f}.`,
    delete: (l, f) => `Your organisation left the network on ${l}; your data have been due for deletion since ${f} and will be deleted.`,
    signatory: 'Data in an agreement remain part of the agreement as long as it applies and must be kept.',
    mention: 'We review mentions in texts with this letter and delete them where they are not needed.',
  },
  rights: [
    'You may ask for inaccurate data to be corrected and incomplete data to be completed (Art. 16 GDPR).',
    'You may ask for your data to be erased where the conditions of Art. 17 GDPR are met.',
    'You may ask for the processing to be restricted (Art. 18 GDPR).',
    'You may object to the processing on grounds relating to your particular situation (Art. 21 GDPR).',
  ],
  rightConsent: 'You may withdraw a consent at any time with effect for the future (Art. 7 (3) GDPR).',
  authority:
    'You have the right to lodge a complaint with the supervisory authority (Art. 77 GDPR): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, Germany, poststelle@ldi.nrw.de.',
  noAutomated: 'There is no automated individual decision-making, including profiling (Art. 22 GDPR).',
  contactsIntro: 'For questions about this letter or your rights, please contact the coordination office:',
  dpo: 'Data protection officer:',
  noDpo: 'You can reach the data protection officer through the coordination office.',
  closing: 'Yours sincerely',
  dateLine: (place, date) => (place ? `${place}, ${date}` : date),
  footer: (n) => `Information under Art. 15 GDPR · ${n}`,
};

export const LETTER_WORDS: Record<Lang, LetterWords> = { de, en };
