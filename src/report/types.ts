// The report data. Its shape IS the JSON contract of `netzwerk report --format json`
// (docs/report.md documents every field): change it only by adding fields.
import type { Audience } from '../model/policy.js';
import type { IsoDate, LocalDateTime } from '../model/types.js';
import type { AgreementStatus, AgreementType, Category, MeetingStatus, MeetingType, Sector } from '../model/vocabulary.js';

export const REPORT_FORMAT_VERSION = 1;

export interface ReportPartnerRef {
  id: string;
  name: string;
}

export interface ReportCoordinator {
  /** Only when the report's audience may see the person (model/policy.ts visibleTo); else null. */
  name: string | null;
  function: string | null;
  partner: string;
  partner_name: string;
  email: string | null;
  phone: string | null;
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

export interface ReportAgreement {
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

export interface Report {
  format_version: number;
  today: IsoDate;
  /** Who the report is for (`--audience`): what it may name of persons and positions. */
  audience: Audience;
  network: {
    id: string;
    name: string;
    founded: IsoDate | null;
    region: { name: string; municipalities: string[] };
    youth_offices: ReportPartnerRef[];
    coordinators: ReportCoordinator[];
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
    network_meetings: ReportTarget;
    list: ReportMeeting[];
  };
  agreements: ReportAgreement[];
  warnings: ReportWarning[];
}
