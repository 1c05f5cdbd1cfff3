// The words of `netzwerk directory`: the partner directory for the network and the public
// Wegweiser. The Wegweiser speaks to parents and professionals, so its institutions have names in
// plain words (PUBLIC_SECTOR_LABELS) and are grouped by themes (THEME_LABELS). Each table has
// every language of Lang; a further language is one more column here.
import type { Theme } from './themes.js';
import type { Sector } from '../../model/vocabulary.js';
import type { Lang } from '../../i18n/lang.js';
import type { Labels } from '../../i18n/labels.js';

/** The institution's kind in the Wegweiser, in the words of parents rather than of the administration. */
export const PUBLIC_SECTOR_LABELS: Labels<Sector> = {
  jugendamt: { de: 'Jugendamt', en: 'Youth welfare office (Jugendamt)' },
  freie_jugendhilfe: { de: 'Hilfen für Kinder, Jugendliche und Familien', en: 'Support for children, young people and families' },
  kita: { de: 'Kita und Kindertagespflege', en: 'Day care for children (Kita)' },
  schule: { de: 'Schule', en: 'School' },
  schulverwaltung: { de: 'Schulamt', en: 'School authority' },
  gesundheitsamt: { de: 'Gesundheitsamt', en: 'Public health office' },
  krankenhaus: { de: 'Krankenhaus', en: 'Hospital' },
  heilberufe: { de: 'Arztpraxis, Hebamme, Therapie', en: 'Doctor, midwife, therapy' },
  sozialpaediatrie: { de: 'Frühförderung und Sozialpädiatrisches Zentrum', en: 'Early intervention and child development centre' },
  beratungsstelle: { de: 'Beratung für Familien', en: 'Counselling for families' },
  schwangerschaftsberatung: { de: 'Beratung in der Schwangerschaft', en: 'Counselling in pregnancy' },
  suchtberatung: { de: 'Beratung bei Sucht', en: 'Help with addiction' },
  sozialpsychiatrie: { de: 'Hilfe in seelischen Krisen', en: 'Help in mental health crises' },
  gewaltschutz: { de: 'Schutz bei Gewalt', en: 'Protection from violence' },
  familienbildung: { de: 'Kurse und Treffpunkte für Familien', en: 'Courses and meeting places for families' },
  eingliederungshilfe: { de: 'Hilfe für Kinder mit Behinderung', en: 'Support for children with disabilities' },
  sozialleistungen: { de: 'Geld und Arbeit (Sozialamt, Jobcenter)', en: 'Money and work (welfare office, job centre)' },
  polizei: { de: 'Polizei', en: 'Police' },
  ordnungsbehoerde: { de: 'Ordnungsamt', en: 'Public-order office' },
  familiengericht: { de: 'Familiengericht', en: 'Family court' },
  staatsanwaltschaft: { de: 'Staatsanwaltschaft', en: "Public prosecutor's office" },
  verfahrensbeistand: { de: 'Vertretung für Kinder vor Gericht', en: "Children's representation in court" },
  fruehe_hilfen: { de: 'Frühe Hilfen: rund um Geburt und erste Lebensjahre', en: 'Early help: around birth and the first years' },
  sonstige: { de: 'Weitere Stelle', en: 'Other service' },
};

/** The themes of the Wegweiser (src/products/directory/themes.ts): a heading and one sentence that says what is there. */
export const THEME_LABELS: Readonly<Record<Theme, Readonly<Record<Lang, { title: string; text: string }>>>> = {
  jugendamt: {
    de: {
      title: 'Jugendamt',
      text: 'Das Jugendamt berät Eltern, Kinder und Jugendliche und hilft, wenn es in der Familie nicht mehr weitergeht oder ein Kind in Gefahr ist.',
    },
    en: {
      title: 'Youth welfare office',
      text: 'The youth welfare office (Jugendamt) advises parents, children and young people and helps when a family cannot go on alone or a child is in danger.',
    },
  },
  familienberatung: {
    de: {
      title: 'Beratung und Hilfe für Familien',
      text: 'Beratungsstellen und Träger der Jugendhilfe unterstützen bei Fragen zur Erziehung, bei Streit und Trennung und in schweren Zeiten.',
    },
    en: {
      title: 'Counselling and support for families',
      text: 'Counselling services and youth welfare providers help with questions of upbringing, with conflict and separation, and in hard times.',
    },
  },
  fruehe_kindheit: {
    de: {
      title: 'Schwangerschaft und erste Lebensjahre',
      text: 'Unterstützung in der Schwangerschaft, rund um die Geburt und in den ersten Lebensjahren des Kindes.',
    },
    en: { title: 'Pregnancy and the first years', text: "Support during pregnancy, around birth and in the child's first years." },
  },
  familienbildung: {
    de: { title: 'Kurse und Treffpunkte für Familien', text: 'Angebote, bei denen Eltern andere Eltern treffen, Neues lernen und sich austauschen.' },
    en: { title: 'Courses and meeting places for families', text: 'Places where parents meet other parents, learn and share experience.' },
  },
  gewaltschutz: {
    de: { title: 'Schutz bei Gewalt', text: 'Hilfe und Schutz für alle, die Gewalt erleben – auch in der eigenen Familie.' },
    en: { title: 'Protection from violence', text: 'Help and protection for everyone who experiences violence – also within the family.' },
  },
  kita: {
    de: { title: 'Kita und Kindertagespflege', text: 'Betreuung und Bildung für die Jüngsten, mit Ansprechpersonen für Eltern.' },
    en: { title: 'Day care for children', text: 'Care and education for the youngest, with contact persons for parents.' },
  },
  schule: {
    de: { title: 'Schule', text: 'Schulen und Schulamt: Ansprechpersonen für Schülerinnen, Schüler und Eltern.' },
    en: { title: 'School', text: 'Schools and the school authority: contact persons for pupils and parents.' },
  },
  gesundheit: {
    de: { title: 'Gesundheit', text: 'Gesundheitsamt, Kliniken, Arztpraxen, Hebammen und Therapie.' },
    en: { title: 'Health', text: 'Public health office, hospitals, doctors, midwives and therapy.' },
  },
  entwicklung: {
    de: { title: 'Entwicklung und Behinderung', text: 'Frühförderung und Hilfen für Kinder, die sich anders entwickeln oder eine Behinderung haben.' },
    en: { title: 'Development and disability', text: 'Early intervention and support for children who develop differently or have a disability.' },
  },
  sucht_psyche: {
    de: { title: 'Sucht und seelische Gesundheit', text: 'Beratung bei Sucht und Hilfe in seelischen Krisen – für Eltern und für junge Menschen.' },
    en: { title: 'Addiction and mental health', text: 'Help with addiction and in mental health crises – for parents and for young people.' },
  },
  geld_arbeit: {
    de: { title: 'Geld, Arbeit und Wohnen', text: 'Sozialamt, Jobcenter und Agentur für Arbeit: Hilfe beim Lebensunterhalt.' },
    en: { title: 'Money, work and housing', text: 'Welfare office, job centre and employment agency: help with the cost of living.' },
  },
  polizei: {
    de: { title: 'Polizei und Ordnungsamt', text: 'Bei Gefahr und Straftaten, Opferschutz und Vorbeugung. Im Notfall immer 110.' },
    en: { title: 'Police and public-order office', text: 'In danger and after a crime, victim support and prevention. In an emergency always call 110.' },
  },
  gericht: {
    de: { title: 'Gericht und Recht', text: 'Familiengericht, Staatsanwaltschaft und die Verfahrensbeistände, die Kinder vor Gericht vertreten.' },
    en: { title: 'Courts and law', text: "The family court, the public prosecutor's office and the guardians who represent children in court." },
  },
  weitere: {
    de: { title: 'Weitere Stellen', text: 'Weitere Partner des Netzwerks.' },
    en: { title: 'Other services', text: 'Further partners of the network.' },
  },
};

export interface DirectoryWords {
  title: { network: string; public: string };
  subtitle: { network: (region: string) => string; public: (region: string) => string };
  asOf: string;
  emergency: string;
  police: string;
  rescue: string;
  contents: string;
  bySector: string;
  byTheme: string;
  byMunicipality: string;
  institutions: { network: string; public: string };
  wholeRegion: (region: string) => string;
  wholeRegionHeading: string;
  alsoWholeRegion: (count: number) => string;
  noLocal: string;
  serves: string;
  institution: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  persons: string;
  viaInstitution: string;
  viaCoordination: string;
  insofa: string;
  insofaLong: string;
  coordinator: string;
  insofaHeading: string;
  insofaIntro: string;
  insofaParents: string;
  insofaViaInstitution: string;
  insofaNone: string;
  insofaFields: string;
  insofaLanguages: string;
  verified: string;
  eventsHeading: { network: string; public: string };
  eventsNone: string;
  cancelled: string;
  place: string;
  online: string;
  topics: string;
  time: (from: string, to: string | undefined) => string;
  coordinationHeading: string;
  coordinationIntro: string;
  coordinationOffices: string;
  filter: {
    label: string;
    municipality: string;
    sector: string;
    theme: string;
    allMunicipalities: string;
    allSectors: string;
    allThemes: string;
    one: string;
    many: string;
    none: string;
  };
  footer: string;
  count: (n: number) => string;
}

export const DIRECTORY_WORDS: Record<Lang, DirectoryWords> = {
  de: {
    title: { network: 'Partnerverzeichnis', public: 'Wegweiser Kinderschutz' },
    subtitle: {
      network: (region) => `Die Partner des Netzwerks mit Anschrift und Ansprechpersonen – ${region}`,
      public: (region) => `Wer hilft wo? Einrichtungen für Eltern, Kinder, Jugendliche und Fachkräfte – ${region}`,
    },
    asOf: 'Stand',
    emergency: 'In akuter Gefahr:',
    police: 'Polizei',
    rescue: 'Feuerwehr und Rettungsdienst',
    contents: 'Inhalt',
    bySector: 'Nach Bereich',
    byTheme: 'Nach Thema',
    byMunicipality: 'Nach Kommune',
    institutions: { network: 'Partner nach Bereich', public: 'Einrichtungen nach Thema' },
    wholeRegion: (region) => `ganze Region (${region})`,
    wholeRegionHeading: 'Für die ganze Region zuständig',
    alsoWholeRegion: (count) => `Außerdem ${count === 1 ? 'eine Einrichtung' : `${count} Einrichtungen`} für die ganze Region`,
    noLocal: 'Keine Einrichtung nur für diese Kommune.',
    serves: 'Zuständig für',
    institution: 'Einrichtung',
    address: 'Anschrift',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Internet',
    persons: 'Ansprechpersonen',
    viaInstitution: 'Bitte wenden Sie sich an die Einrichtung.',
    viaCoordination: 'Kontakt über die Koordinierungsstelle (siehe unten).',
    insofa: 'InsoFa',
    insofaLong: 'insoweit erfahrene Fachkraft',
    coordinator: 'Netzwerkkoordination',
    insofaHeading: 'Beratung bei Verdacht auf Kindeswohlgefährdung',
    insofaIntro:
      'Wer beruflich mit Kindern und Jugendlichen arbeitet – in Kita, Schule, Arztpraxis, Jugendarbeit oder Verein – und sich Sorgen um das Wohl eines Kindes macht, hat Anspruch auf Beratung durch eine insoweit erfahrene Fachkraft (InsoFa; § 8a und § 8b SGB VIII, § 4 KKG). Die Beratung geschieht ohne den Namen des Kindes.',
    insofaParents: 'Eltern, Kinder und Jugendliche wenden sich bitte an das Jugendamt oder an eine Beratungsstelle.',
    insofaViaInstitution: 'Die insoweit erfahrenen Fachkräfte erreichen Sie über die Einrichtung.',
    insofaNone: 'Bitte wenden Sie sich an das Jugendamt.',
    insofaFields: 'InsoFa für',
    insofaLanguages: 'InsoFa-Beratung auf',
    verified: 'Stand der Angaben',
    eventsHeading: { network: 'Öffentliche Veranstaltungen', public: 'Veranstaltungen' },
    eventsNone: 'Zurzeit sind keine öffentlichen Veranstaltungen angekündigt.',
    cancelled: 'Abgesagt',
    place: 'Ort',
    online: 'Online',
    topics: 'Themen',
    time: (from, to) => (to ? `${from}–${to} Uhr` : `${from} Uhr`),
    coordinationHeading: 'Koordinierungsstelle des Netzwerks',
    coordinationIntro: 'Fragen zum Netzwerk Kinderschutz und zu diesem Verzeichnis beantwortet die Koordinierungsstelle.',
    coordinationOffices: 'Die Koordinierungsstelle erreichen Sie über:',
    filter: {
      label: 'Auswahl',
      municipality: 'Kommune',
      sector: 'Bereich',
      theme: 'Thema',
      allMunicipalities: 'alle Kommunen',
      allSectors: 'alle Bereiche',
      allThemes: 'alle Themen',
      one: '1 Einrichtung passt zur Auswahl.',
      many: '{n} Einrichtungen passen zur Auswahl.',
      none: 'Keine Einrichtung passt zur Auswahl.',
    },
    footer: 'Erstellt mit netzwerk aus den Dateien des Netzwerks',
    count: (n) => (n === 1 ? '1 Einrichtung' : `${n} Einrichtungen`),
  },
  en: {
    title: { network: 'Partner directory', public: 'Child protection guide' },
    subtitle: {
      network: (region) => `The network's partners with address and contact persons – ${region}`,
      public: (region) => `Who helps where? Services for parents, children, young people and professionals – ${region}`,
    },
    asOf: 'As of',
    emergency: 'In acute danger:',
    police: 'Police',
    rescue: 'Fire brigade and ambulance',
    contents: 'Contents',
    bySector: 'By sector',
    byTheme: 'By topic',
    byMunicipality: 'By municipality',
    institutions: { network: 'Partners by sector', public: 'Services by topic' },
    wholeRegion: (region) => `whole region (${region})`,
    wholeRegionHeading: 'Serving the whole region',
    alsoWholeRegion: (count) => `Also ${count === 1 ? 'one service' : `${count} services`} for the whole region`,
    noLocal: 'No service for this municipality alone.',
    serves: 'Serves',
    institution: 'Institution',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Web',
    persons: 'Contact persons',
    viaInstitution: 'Please contact the institution.',
    viaCoordination: 'Contact through the coordination office (see below).',
    insofa: 'InsoFa',
    insofaLong: 'child-protection specialist (insoweit erfahrene Fachkraft)',
    coordinator: 'Network coordination',
    insofaHeading: 'Advice when a child may be at risk',
    insofaIntro:
      'Everyone who works with children and young people – in day care, school, a medical practice, youth work or a club – and is worried about a child is entitled to advice from a child-protection specialist (insoweit erfahrene Fachkraft, InsoFa; sections 8a and 8b SGB VIII, section 4 KKG). The advice is given without the child’s name.',
    insofaParents: 'Parents, children and young people please turn to the youth welfare office or a counselling service.',
    insofaViaInstitution: 'The specialists are reached through the institution.',
    insofaNone: 'Please turn to the youth welfare office.',
    insofaFields: 'InsoFa for',
    insofaLanguages: 'InsoFa advice in',
    verified: 'Data as of',
    eventsHeading: { network: 'Public events', public: 'Events' },
    eventsNone: 'No public events are announced at the moment.',
    cancelled: 'Cancelled',
    place: 'Place',
    online: 'Online',
    topics: 'Topics',
    time: (from, to) => (to ? `${from}–${to}` : from),
    coordinationHeading: "The network's coordination office",
    coordinationIntro: 'The coordination office answers questions about the child protection network and this directory.',
    coordinationOffices: 'The coordination office is reached through:',
    filter: {
      label: 'Selection',
      municipality: 'Municipality',
      sector: 'Sector',
      theme: 'Topic',
      allMunicipalities: 'all municipalities',
      allSectors: 'all sectors',
      allThemes: 'all topics',
      one: '1 service matches the selection.',
      many: '{n} services match the selection.',
      none: 'No service matches the selection.',
    },
    footer: "Made with netzwerk from the network's files",
    count: (n) => (n === 1 ? '1 service' : `${n} services`),
  },
};

/**
 * The words of the CSV and Excel directory (docs/directory.md), one row per institution, made for
 * a mail merge (Word's Serienbrief takes one row per letter and a column per field): the fixed
 * columns, then the persons in numbered groups (as many groups as the institution with the most
 * persons has, at least one); the values of the yes/no cells and the InsoFa offer; the Excel sheet.
 */
export interface DirectoryTableWords {
  fixed: readonly string[];
  person: (n: number) => readonly string[];
  yes: string;
  persons: string;
  institution: string;
  sheet: string;
  dateFormat: string;
}

export const DIRECTORY_TABLE_WORDS: Readonly<Record<Lang, DirectoryTableWords>> = {
  de: {
    fixed: ['Einrichtung', 'Bereich', 'Thema', 'Zuständig für', 'Straße', 'PLZ', 'Ort', 'Telefon', 'E-Mail', 'Internet', 'InsoFa-Beratung'],
    person: (n) => [`Ansprechperson ${n}`, `Funktion ${n}`, `E-Mail ${n}`, `Telefon ${n}`, `InsoFa ${n}`],
    yes: 'ja',
    persons: 'ja, mit Ansprechperson',
    institution: 'ja, über die Einrichtung',
    sheet: 'Verzeichnis',
    dateFormat: 'DD.MM.YYYY',
  },
  en: {
    fixed: ['Institution', 'Sector', 'Topic', 'Serves', 'Street', 'Postal code', 'City', 'Phone', 'E-mail', 'Web', 'InsoFa advice'],
    person: (n) => [`Contact person ${n}`, `Function ${n}`, `E-mail ${n}`, `Phone ${n}`, `InsoFa ${n}`],
    yes: 'yes',
    persons: 'yes, with contact person',
    institution: 'yes, through the institution',
    sheet: 'Directory',
    dateFormat: 'YYYY-MM-DD',
  },
};
