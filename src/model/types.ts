// The validated network as the rest of the program sees it: defaults applied, dates
// normalised, every item knowing where it came from (for diagnostics with positions).
import type { ActorType } from './fruehe-hilfen.js';
import type {
  AccessFeature,
  AccessibilityStatus,
  OfferAudience,
  OfferCost,
  ActivityType,
  AgreementStatus,
  AgreementType,
  Category,
  Collection,
  InsofaAdvises,
  InsofaField,
  LetterForm,
  MeetingStatus,
  MeetingType,
  Salutation,
  NetworkKind,
  SchutzkonzeptStatus,
  Sector,
  Visibility,
} from './vocabulary.js';

/** Where a value stands: file relative to the network folder, and the path inside that file. */
export interface Origin {
  file: string;
  path: readonly (string | number)[];
}

/** One item of a file that has passed the JSON Schema: its plain data and where it stands. */
export interface ShapedItem {
  value: Record<string, unknown>;
  origin: Origin;
}

/** What an item of a file is: the network (network.yaml) or an item of a collection. */
export type ItemKind = 'network' | Collection;

/** An item that failed the schema: its plain value as parsed, where it stands, and what it should have been. */
export interface RawItem {
  value: unknown;
  origin: Origin;
  kind: ItemKind;
}

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** A local wall-clock time `YYYY-MM-DDTHH:MM:SS` in the network's time zone. */
export type LocalDateTime = string;

export interface Address {
  street?: string;
  postal_code?: string;
  city?: string;
}

export interface Contact {
  name: string;
  salutation?: Salutation;
  function?: string;
  email?: string;
  phone?: string;
  /** A second number (FORMAT.md, Extensions). */
  mobile?: string;
  insofa: boolean;
  /** What the network knows of an InsoFa (`insofa` written as an object; then `insofa` is true). */
  insofaDetails?: InsofaDetails;
  visibility: Visibility;
  consent?: IsoDate;
  verified?: IsoDate;
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

/** An InsoFa in the pool: certificate, fields, whom they advise, languages, municipalities, last refresher. */
export interface InsofaDetails {
  certificate?: { date?: IsoDate; provider?: string };
  fields: InsofaField[];
  advises: InsofaAdvises[];
  languages: string[];
  /** Absent = as the partner. */
  municipalities?: string[];
  refresher?: IsoDate;
}

/** A partner's child protection concept (§ 42 Abs. 6 SchulG NRW, § 11 LKiSchG NRW). */
export interface Schutzkonzept {
  status: SchutzkonzeptStatus;
  since?: IsoDate;
  review?: IsoDate;
  basis?: string;
}

/** A translation of free text of the Wegweiser: its fields in one language, and the date of the German text it translates. */
export type Translated<F extends string> = Partial<Record<F, string>> & { source_date: IsoDate };

/** What a family gets at an institution (FORMAT.md, third stage: partners' offers). */
export interface Offer {
  title: string;
  description?: string;
  /** Empty = for everyone. */
  for: OfferAudience[];
  ages?: { from?: number; to?: number };
  /** ISO 639-1 codes, besides German. */
  languages: string[];
  cost?: OfferCost;
  anonymous: boolean;
  hours?: string;
  accessibility: AccessFeature[];
  /** Absent = where the partner serves. */
  municipalities?: string[];
  url?: string;
  /** When the German text (title, description, hours) was last changed. */
  updated?: IsoDate;
  /** By ISO 639-1 code. */
  translations: Readonly<Record<string, Translated<'title' | 'description' | 'hours'>>>;
}

export interface Partner {
  id: string;
  name: string;
  sector: Sector;
  /** Absent = the partner serves the whole region. */
  municipalities?: string[];
  address?: Address;
  website?: string;
  /** The institution's general address and number: not personal data, shown to every audience. */
  email?: string;
  phone?: string;
  joined?: IsoDate;
  left?: IsoDate;
  tags: string[];
  schutzkonzept?: Schutzkonzept;
  /** The day the institution last confirmed its entry (the datasheet). */
  verified?: IsoDate;
  contacts: Contact[];
  /** Languages spoken at the institution besides German (ISO 639-1). */
  languages: string[];
  offers: Offer[];
  /** When the German text that has translations (name) was last changed. */
  updated?: IsoDate;
  translations: Readonly<Record<string, Translated<'name'>>>;
  /** The NZFH actor type (Frühe-Hilfen profile): as given, else from the sector where that allows only one (model/fruehe-hilfen.ts). */
  actor_type?: ActorType;
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

/** A coordinator of the network: a person of one of its partners (usually a youth office). */
export interface Coordinator {
  name: string;
  salutation?: Salutation;
  partner: string;
  email?: string;
  phone?: string;
  function?: string;
  /** Default `network`: the coordinators are the network's own contact persons. */
  visibility: Visibility;
  consent?: IsoDate;
  verified?: IsoDate;
  /** Staff share of the coordination (1 = a full post). */
  fte?: number;
  qualifications: Qualification[];
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

/** A qualification of a coordinator (a course, a certificate): what, from whom, when. */
export interface Qualification {
  title: string;
  provider?: string;
  date?: IsoDate;
}

/** The data protection officer of the network's body (network.yaml), named in Art. 15 letters. */
export interface DataProtectionOfficer {
  name: string;
  email?: string;
  phone?: string;
  address?: Address;
}

interface Targets {
  network_meetings_per_year?: number;
  qualification_offers_per_year?: number;
  required_categories: Category[];
  review_contacts_after_months: number;
  review_partners_after_months: number;
  retention_months_after_leaving: number;
  insofa_refresher_years: number;
}

export interface Network {
  id: string;
  name: string;
  founded?: IsoDate;
  timezone: string;
  /** Netzwerk Kinderschutz, Netzwerk Frühe Hilfen or both, in vocabulary order (default: kinderschutz). */
  kind: NetworkKind[];
  /** `postal_codes`: per municipality its postal codes (optional; import assigns places by them). */
  region: { name: string; municipalities: string[]; postal_codes?: Record<string, string[]> };
  /** The ids of the youth offices that carry the network, in the file's order. */
  youth_offices: string[];
  /** Their official keys (Regionalschlüssel/AGS), by partner id; only those given. */
  youth_office_keys: Readonly<Record<string, string>>;
  coordinators: Coordinator[];
  targets: Targets;
  mission_statement?: string;
  data_protection_officer?: DataProtectionOfficer;
  /** Where the letters' address field stands (DIN 5008), default B. */
  letter_form: LetterForm;
  /** For the Wegweiser's accessibility statement (§ 10b BGG NRW). */
  accessibility?: Accessibility;
  origin: Origin;
}

export interface Accessibility {
  status?: AccessibilityStatus;
  checked?: IsoDate;
  method?: 'selbstbewertung' | 'fremdbewertung';
  feedback_email?: string;
  feedback_phone?: string;
  /** A video in German Sign Language explaining the Wegweiser. */
  dgs_video?: string;
  /** What is not accessible, each with its reason. */
  issues: string[];
}

interface Attendance {
  partner: string;
  persons: number;
}

/** One question of a feedback form: the mean of its answers on the scale 1–5 (FORMAT.md, Extensions). */
export interface Rating {
  question: string;
  mean: number;
  /** How many forms answered it; absent = not known. */
  responses?: number;
}

/** The evaluation of a meeting's feedback forms: counts and means only, never names. */
interface Evaluation {
  /** Forms returned. */
  forms: number;
  ratings: Rating[];
}

export interface Meeting {
  id: string;
  title: string;
  type: MeetingType;
  /** `YYYY-MM-DD` for all-day events, `YYYY-MM-DDTHH:MM:SS` otherwise. */
  start: IsoDate | LocalDateTime;
  /** Same kind as start; for all-day events the last day, inclusive. */
  end?: IsoDate | LocalDateTime;
  allDay: boolean;
  status: MeetingStatus;
  location?: string;
  online?: string;
  organizers: string[];
  /** Absent = all partners are invited. */
  invited?: { sectors?: Sector[]; partners?: string[] };
  attendance: Attendance[];
  guests: number;
  evaluation?: Evaluation;
  qualification_offer: boolean;
  /** The length as qualification: clock hours, or teaching units of 45 minutes (certificates, the report). */
  hours?: number;
  teaching_units?: number;
  /** What the participants learnt (the certificate; without it, the topics). */
  learning_content: string[];
  public: boolean;
  topics: string[];
  description?: string;
  minutes?: string;
  revision: number;
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

interface Party {
  partner: string;
  signed?: IsoDate;
  signatory?: string;
}

export interface Agreement {
  id: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  effective?: IsoDate;
  review?: IsoDate;
  expires?: IsoDate;
  parties: Party[];
  document?: string;
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

/**
 * The coordination's work outside meetings (FORMAT.md, Extensions): representing the network
 * elsewhere, public information, advice to professionals (counts only). Never persons or cases.
 */
export interface Activity {
  id: string;
  title: string;
  type: ActivityType;
  /** A single day; otherwise `start` (and `end`, the last day, inclusive). */
  date?: IsoDate;
  start?: IsoDate;
  end?: IsoDate;
  /** The other network or working group (for `vertretung`). */
  body?: string;
  count?: number;
  url?: string;
  description?: string;
  /** Written as a sample by `netzwerk init` (`sample: true`): left out of every output until replaced (model/samples.ts). */
  sample?: true;
  origin: Origin;
}

/** The whole network, sorted (partners by name, meetings by start, agreements by id, activities by first day). */
export interface Model {
  network: Network;
  partners: Partner[];
  meetings: Meeting[];
  agreements: Agreement[];
  activities: Activity[];
  partnerById: ReadonlyMap<string, Partner>;
  meetingById: ReadonlyMap<string, Meeting>;
}
