// The overview's data. Its shape IS the JSON contract of `netzwerk overview --format json`
// (docs/overview.md documents every key; schemas/output/overview.schema.json describes it): change
// it only by adding keys, and raise OVERVIEW_FORMAT_VERSION when you do. It holds no person: a
// network's coordination is counted, never named.
import type { Category, NetworkKind } from '../../model/vocabulary.js';
import type { IsoDate } from '../../model/types.js';
import type { TaskId } from '../../report-data/types.js';

export const OVERVIEW_FORMAT_VERSION = 1;

export const GROUPINGS = ['kreis', 'landesjugendamt'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface OverviewPeriod {
  from: IsoDate;
  to: IsoDate;
  /** The calendar year when the period is exactly one. */
  year: number | null;
}

/** One source as given on the command line: a network folder or a report file a network sent. */
export interface OverviewSource {
  /** As the user wrote it (a file of a folder given as `berichte/` is named `berichte/x.json`). */
  source: string;
  kind: 'folder' | 'file';
  /** The report format the source is in (a folder: the current one). */
  format_version: number;
  network_id: string;
  period: OverviewPeriod;
  /** The report's `today`: the day its data are from. */
  today: IsoDate;
  /** The audience the report was made for; null when the file does not say (format 1 before audiences). */
  audience: string | null;
  /** Left out of the shares and sums: another period than the overview's, or the same network twice. */
  left_out: 'other_period' | 'duplicate' | null;
}

/** held against the target (the target pro rata for a period that is not one calendar year). */
interface Against {
  held: number;
  target: number | null;
}

export interface NetworkRow {
  id: string;
  name: string;
  source: string;
  /** null: a report before format 3 does not say. */
  kind: NetworkKind[] | null;
  region: string;
  /** The group of `--group-by`, else null. */
  group: string | null;
  youth_offices: { name: string; key: string | null }[];
  municipalities: number;
  founded: IsoDate | null;
  coordinators: number;
  /** Staff shares added up; null when none is given or the report is older than format 3. */
  coordination_fte: number | null;
  active_partners: number;
  /** Of the twelve categories of § 9 Abs. 4 LKiSchG NRW, covered at the period end. */
  categories_covered: number;
  categories_missing: Category[];
  /** The seven tasks of § 9, each `belegt` or `kein_beleg`; null for a report of format 1. */
  tasks: Record<TaskId, 'belegt' | 'kein_beleg'> | null;
  tasks_evidenced: number | null;
  network_meetings: Against;
  qualification_offers: Against;
  participants: number;
  agreements_in_force: number;
  /** The day the data are from (the report's `today`). */
  as_of: IsoDate;
  period: OverviewPeriod;
  format_version: number;
  left_out: OverviewSource['left_out'];
}

export interface YouthOfficeRow {
  name: string;
  key: string | null;
  network: string;
  network_name: string;
  /** The source its network's row comes from. */
  source: string;
  group: string | null;
  /** The municipalities it serves (its `municipalities` in the network's partners); null: the whole region. */
  municipalities: string[] | null;
  /** Categories of § 9 Abs. 4 covered in every one of them; the others are missing. */
  categories_covered: number;
  categories_missing: Category[];
  /** Its network is left out of the shares (another period, or twice). */
  left_out: boolean;
}

export interface Overview {
  format_version: number;
  today: IsoDate;
  period: OverviewPeriod;
  group_by: Grouping | null;
  sources: OverviewSource[];
  networks: NetworkRow[];
  youth_offices: YouthOfficeRow[];
  /** Per category: networks covering it, and networks where a partner of it attended a held meeting. */
  categories: {
    id: Category;
    covered: number;
    /** Networks counted for `covered` (those not left out). */
    networks: number;
    /** null when no network's report says who attended (format 1). */
    attended: number | null;
    /** Networks whose reports say who attended (format 2 and later). */
    networks_with_attendance: number;
  }[];
  /** Per task of § 9: networks with evidence, of those whose reports have tasks. */
  tasks: { id: TaskId; belegt: number; networks: number }[];
  /** Sums over the networks not left out. */
  totals: { networks: number; youth_offices: number; active_partners: number; participants: number; network_meetings: number; qualification_offers: number };
  /** Youth offices that carry more than one network (the same key, or the same name where there is no key). */
  shared_youth_offices: { name: string; key: string | null; networks: string[] }[];
  /** With `--reference`: its youth offices of which no source names the key (or the name, where it has no key); else null. */
  without_file: { name: string; key: string | null }[] | null;
  groups: { id: string; name: string; networks: string[]; youth_offices: number; active_partners: number; participants: number }[] | null;
  notes: { code: OverviewNoteCode; about: string[] }[];
}

/** What the notes say (the words: words.ts); `about` names the sources, networks or youth offices. */
export type OverviewNoteCode = 'other-period' | 'duplicate' | 'older-format' | 'not-public' | 'no-key' | 'reference-without-key' | 'youth-office-inactive';
