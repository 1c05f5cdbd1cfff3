// The report data. Its shape IS the JSON contract of `netzwerk report --format json`
// (docs/report.md documents every field): change it only by adding fields.
import type { Audience } from '../model/policy.js';
import type { InsofaPool } from '../model/insofa-pool.js';
import type { SchutzkonzeptCounts } from '../model/schutzkonzept.js';
import type { IsoDate, LocalDateTime } from '../model/types.js';
import type { ActivityType, AgreementStatus, AgreementType, Category, MeetingStatus, MeetingType, NetworkKind, Sector } from '../model/vocabulary.js';
import type { ReportFruehHilfen } from './fruehe-hilfen-types.js';
import type { ReportEvidence } from './evidence.js';

export type { ReportEvidence };

/**
 * 2: tasks, participation, activities, evaluations and compare added (issue 19); every key of 1 unchanged.
 * 3: network.kind, network.coordination_fte, youth_offices[].key, coordinators[].fte and
 * fruehe_hilfen added (issue 31); every key of 2 unchanged. `overview` reads 1 to 3 (docs/report.md).
 * 4: schutzkonzepte, insofa_pool and meetings.qualification_hours added (issue 32); every key of 3 unchanged.
 */
export const REPORT_FORMAT_VERSION = 4;

interface ReportPartnerRef {
  id: string;
  name: string;
}

interface ReportCoordinator {
  /** Only when the report's audience may see the person (model/policy.ts visibleTo); else null. */
  name: string | null;
  function: string | null;
  partner: string;
  partner_name: string;
  email: string | null;
  phone: string | null;
  /** Staff share for the coordination (network.yaml `fte`), or null. */
  fte: number | null;
}

export interface ReportTarget {
  held: number;
  /** Still planned in the period. */
  planned: number;
  /** What `held` is compared with: the yearly target, pro rata for other periods; null = no target. */
  target: number | null;
  target_per_year: number | null;
  /** held ≥ target; null when there is no target. */
  met: boolean | null;
}

export interface ReportMeeting {
  id: string;
  title: string;
  type: MeetingType;
  status: MeetingStatus;
  start: IsoDate | LocalDateTime;
  end: IsoDate | LocalDateTime | null;
  qualification_offer: boolean;
  /** Attending partner organisations. */
  organisations: number;
  persons: number;
  guests: number;
  /** persons + guests for held meetings; null for planned and cancelled ones. */
  participants: number | null;
}

interface ReportAgreement {
  id: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  effective: IsoDate | null;
  review: IsoDate | null;
  expires: IsoDate | null;
  parties: { partner: string; name: string; signed: IsoDate | null }[];
  signed: number;
  /** Partner ids of the parties that have not signed. */
  pending: string[];
  /** review ≤ today, whatever the status (FORMAT.md); every format shows it the same way (model/policy.ts). */
  review_due: boolean;
}

/**
 * A note of the report. For `internal`: one warning of the validator, exactly as `validate
 * --format json` gives it. For `network` and `public`: the warnings of one kind counted, with
 * no position (`file` and `path` empty, `line` and `column` 0) and a message that names no person;
 * `count` says how many, `about` which partners, agreements, meetings or categories.
 */
export interface ReportWarning {
  file: string;
  line: number;
  column: number;
  path: string;
  code: string;
  message: string;
  severity: 'warning';
  count?: number;
  about?: string[];
}

/** An activity of the coordination (activities.yaml) whose first day lies in the period. */
interface ReportActivity {
  id: string;
  title: string;
  type: ActivityType;
  date: IsoDate | null;
  start: IsoDate | null;
  end: IsoDate | null;
  body: string | null;
  count: number | null;
  url: string | null;
}

/** The tasks of § 9 Abs. 2 Nr. 1–4 and Abs. 3 Nr. 1–3 LKiSchG NRW, in the law's order. */
export const TASK_IDS = ['abs2_nr1', 'abs2_nr2', 'abs2_nr3', 'abs2_nr4', 'abs3_nr1', 'abs3_nr2', 'abs3_nr3'] as const;
export type TaskId = (typeof TASK_IDS)[number];
/** The public information work, reported beside the seven tasks. */
export const PUBLIC_INFORMATION_ID = 'oeffentlichkeit';

export interface ReportTask {
  id: TaskId | typeof PUBLIC_INFORMATION_ID;
  /** How many pieces of evidence the period has (= items.length). */
  evidence: number;
  /** How many it takes for `belegt` (docs/report.md says why). */
  threshold: number;
  status: 'belegt' | 'kein_beleg';
  items: ReportEvidence[];
}

export interface ReportParticipation {
  /** Partners active at the period end. */
  active: number;
  /** … of them, those that attended at least one meeting held in the period. */
  attending: number;
  /** Meetings held in the period, and how many of them record attendance. */
  held_meetings: number;
  held_with_attendance: number;
  /** Per sector with active partners, in vocabulary order. */
  by_sector: Partial<Record<Sector, { active: number; attending: number }>>;
  /** All twelve categories: active partners that cover it, how many of them attended; flagged = covered, nobody attended. */
  by_category: Record<Category, { active: number; attending: number; flagged: boolean }>;
  flagged: Category[];
  /** Active partners without attendance in the period (ids, in the order of partners.list). */
  inactive: string[];
}

export interface ReportEvaluations {
  /** Qualification offers held in the period. */
  offers: number;
  /** … of them with an evaluation. */
  evaluated: number;
  /** Participants (persons + guests) of the evaluated offers. */
  participants: number;
  /** Forms returned from the evaluated offers. */
  forms: number;
  /** Per question (same wording), the mean across the offers weighted by responses (else by forms). */
  ratings: { question: string; mean: number; responses: number; offers: number }[];
  list: { id: string; title: string; participants: number; forms: number }[];
}

/** The key figures of the other period (--compare): the same keys as the report's, fewer of them. */
export interface ReportCompare {
  period: Report['period'];
  partners: Pick<Report['partners'], 'active' | 'by_sector'>;
  coverage: Pick<Report['coverage'], 'required' | 'covered' | 'missing'>;
  meetings: Omit<Report['meetings'], 'list'>;
  activities: Omit<Report['activities'], 'list'>;
  participation: Pick<ReportParticipation, 'active' | 'attending' | 'by_sector'>;
  evaluations: Pick<ReportEvaluations, 'offers' | 'evaluated' | 'participants' | 'forms'>;
  tasks: Pick<ReportTask, 'id' | 'evidence' | 'status'>[];
  /** Each key figure: this period's value, the other's and the change (current − other). */
  figures: { key: string; current: number; other: number; change: number }[];
}

export interface Report {
  format_version: number;
  today: IsoDate;
  /** Who the report is for (`--audience`): what it may name of persons and positions. */
  audience: Audience;
  network: {
    id: string;
    name: string;
    founded: IsoDate | null;
    /** Netzwerk Kinderschutz, Netzwerk Frühe Hilfen or both (network.yaml `kind`). */
    kind: NetworkKind[];
    region: { name: string; municipalities: string[] };
    /** `key`: the official key (Regionalschlüssel/AGS) from network.yaml, or null. */
    youth_offices: (ReportPartnerRef & { key: string | null })[];
    coordinators: ReportCoordinator[];
    /** The coordinators' staff shares added up; null when none is given. */
    coordination_fte: number | null;
    mission_statement: string | null;
  };
  period: {
    from: IsoDate;
    to: IsoDate;
    /** Set when the period is exactly one calendar year. */
    year: number | null;
    days: number;
    /** true when yearly targets were scaled to the period (not one calendar year). */
    targets_prorated: boolean;
  };
  partners: {
    /** Active at period end. */
    active: number;
    /** Active at period end, per sector; only sectors with partners, in vocabulary order. */
    by_sector: Partial<Record<Sector, number>>;
    list: { id: string; name: string; sector: Sector; municipalities: string[] | null }[];
    joined: (ReportPartnerRef & { sector: Sector; date: IsoDate })[];
    left: (ReportPartnerRef & { sector: Sector; date: IsoDate })[];
  };
  coverage: {
    /** The day coverage is taken on: the period end. */
    as_of: IsoDate;
    required: Category[];
    covered: Category[];
    missing: Category[];
    categories: { id: Category; required: boolean; covered: boolean; partners: string[] }[];
    by_municipality: Record<string, { covered: Category[]; missing: Category[] }>;
  };
  meetings: {
    held: number;
    planned: number;
    cancelled: number;
    participants: number;
    by_type: Partial<Record<MeetingType, { held: number; planned: number; cancelled: number }>>;
    qualification_offers: ReportTarget;
    /** The length of the held qualification offers: how many give one, their hours and teaching units. */
    qualification_hours: { offers: number; hours: number; teaching_units: number };
    network_meetings: ReportTarget;
    list: ReportMeeting[];
  };
  agreements: ReportAgreement[];
  /** The coordination's work outside meetings whose first day lies in the period. */
  activities: {
    total: number;
    /** entries per type, and the sum of their `count` values. */
    by_type: Partial<Record<ActivityType, { entries: number; count: number }>>;
    list: ReportActivity[];
  };
  /** § 9 Abs. 2 Nr. 1–4 and Abs. 3 Nr. 1–3, each with the period's evidence. */
  tasks: ReportTask[];
  /** The public information work, with its evidence like a task. */
  public_information: ReportTask;
  participation: ReportParticipation;
  evaluations: ReportEvaluations;
  /** Schutzkonzepte of the active partners per sector, and the reviews due. */
  schutzkonzepte: ReportSchutzkonzepte;
  /** The InsoFa pool per municipality and field; null in the public report. */
  insofa_pool: ReportInsofaPool | null;
  /** The other period's key figures with --compare, else null. */
  compare: ReportCompare | null;
  /** The Frühe-Hilfen profile (`--profile fruehe-hilfen`), else null. */
  fruehe_hilfen: ReportFruehHilfen | null;
  warnings: ReportWarning[];
}

/** Per sector the partners with a Schutzkonzept, working on one, without, not known; the reviews due (named only below the public). */
export interface ReportSchutzkonzepte {
  by_sector: Partial<Record<Sector, SchutzkonzeptCounts>>;
  review_due: number;
  review_due_partners: { id: string; name: string; review: IsoDate }[] | null;
}

export type ReportInsofaPool = InsofaPool;
