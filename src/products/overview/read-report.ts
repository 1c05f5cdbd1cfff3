// A network's report as the overview reads it: the JSON a network sent (`report --format json`,
// formats 1 to REPORT_FORMAT_VERSION), or the report data of a folder, which take the same way.
// Only what the overview shows is taken, each value checked; persons are never taken (a report
// for another audience than `public` names coordinators, the overview does not read them).
// A value that is not what the format says: exit 2 with the file and the place (sources.ts).
import { FileError } from '../../errors.js';
import type { IsoDate } from '../../model/types.js';
import { AGREEMENT_STATUSES, CATEGORIES, NETWORK_KINDS, type AgreementStatus, type Category, type NetworkKind } from '../../model/vocabulary.js';
import { REPORT_FORMAT_VERSION, TASK_IDS, type TaskId } from '../../report-data/types.js';

/** What the overview reads of a report; keys a format lacks are null. */
export interface SourceReport {
  format_version: number;
  today: IsoDate;
  audience: string | null;
  network: {
    id: string;
    name: string;
    kind: NetworkKind[] | null;
    founded: IsoDate | null;
    region: { name: string; municipalities: string[] };
    youth_offices: { id: string; name: string; key: string | null }[];
    coordinators: number;
    coordination_fte: number | null;
  };
  period: { from: IsoDate; to: IsoDate; year: number | null };
  partners: { active: number; list: { id: string; municipalities: string[] | null }[] };
  coverage: { covered: Category[]; by_municipality: Record<string, { covered: Category[] }> };
  meetings: {
    participants: number;
    network_meetings: { held: number; target: number | null };
    qualification_offers: { held: number; target: number | null };
  };
  agreements: { status: AgreementStatus; effective: IsoDate | null; expires: IsoDate | null }[];
  /** Format 2 and later. */
  tasks: { id: TaskId; status: 'belegt' | 'kein_beleg' }[] | null;
  /** Format 2 and later: per category, how many of its partners attended. */
  attended: Record<Category, number> | null;
}

type Json = Record<string, unknown>;

/** Thrown inside the reader; sources.ts turns it into the file's message. */
class Shape extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Each accessor checks one value and returns it typed, or throws Shape with its path.
const object = (v: unknown, at: string): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : fail(at));
const list = (v: unknown, at: string): unknown[] => (Array.isArray(v) ? v : fail(at));
const text = (v: unknown, at: string): string => (typeof v === 'string' ? v : fail(at));
const count = (v: unknown, at: string): number => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(at));
const date = (v: unknown, at: string): IsoDate => (typeof v === 'string' && DATE.test(v) ? v : fail(at));
const orNull =
  <T>(read: (v: unknown, at: string) => T) =>
  (v: unknown, at: string): T | null =>
    v === null || v === undefined ? null : read(v, at);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown, at: string): T =>
    values.includes(v as T) ? (v as T) : fail(at);
const share = (v: unknown, at: string): number => (typeof v === 'number' && v >= 0 && Number.isFinite(v) ? v : fail(at));
const texts = (v: unknown, at: string) => list(v, at).map((x, i) => text(x, `${at}[${i}]`));
const categories = (v: unknown, at: string) => list(v, at).map((x, i) => oneOf(CATEGORIES)(x, `${at}[${i}]`));

function fail(at: string): never {
  throw new Shape(at);
}

/**
 * The report, or exit 2: not a report of netzwerk, a newer format than this program knows, or a
 * value that is not what its format says. `shown` names the source in the messages.
 */
export function readReport(value: unknown, shown: string): SourceReport {
  const r = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  const version = r?.format_version;
  if (r === undefined || !Number.isInteger(version) || (version as number) < 1 || typeof r.network !== 'object')
    throw new FileError('overview.not-a-report', { file: shown });
  if ((version as number) > REPORT_FORMAT_VERSION)
    throw new FileError('overview.newer-format', { file: shown, version: version as number, known: REPORT_FORMAT_VERSION });
  try {
    return take(r, version as number);
  } catch (e) {
    if (e instanceof Shape) throw new FileError('overview.report-shape', { file: shown, version: version as number, path: e.path });
    throw e;
  }
}

function take(r: Json, version: number): SourceReport {
  const network = object(r.network, 'network');
  const region = object(network.region, 'network.region');
  const period = object(r.period, 'period');
  const partners = object(r.partners, 'partners');
  const coverage = object(r.coverage, 'coverage');
  const byMunicipality = object(coverage.by_municipality, 'coverage.by_municipality');
  const meetings = object(r.meetings, 'meetings');
  const against = (key: string) => {
    const t = object(meetings[key], `meetings.${key}`);
    return { held: count(t.held, `meetings.${key}.held`), target: orNull(count)(t.target, `meetings.${key}.target`) };
  };
  const since3 = version >= 3;
  const since2 = version >= 2;
  const participation = since2 ? object(object(r.participation, 'participation').by_category, 'participation.by_category') : undefined;
  return {
    format_version: version,
    today: date(r.today, 'today'),
    // format 1 had it already once the audiences came; an early file may lack it.
    audience: orNull(text)(r.audience, 'audience'),
    network: {
      id: text(network.id, 'network.id'),
      name: text(network.name, 'network.name'),
      kind: since3 ? list(network.kind, 'network.kind').map((k, i) => oneOf(NETWORK_KINDS)(k, `network.kind[${i}]`)) : null,
      founded: orNull(date)(network.founded, 'network.founded'),
      region: { name: text(region.name, 'network.region.name'), municipalities: texts(region.municipalities, 'network.region.municipalities') },
      youth_offices: list(network.youth_offices, 'network.youth_offices').map((y, i) => {
        const at = `network.youth_offices[${i}]`;
        const o = object(y, at);
        return { id: text(o.id, `${at}.id`), name: text(o.name, `${at}.name`), key: since3 ? orNull(text)(o.key, `${at}.key`) : null };
      }),
      coordinators: list(network.coordinators, 'network.coordinators').length,
      coordination_fte: since3 ? orNull(share)(network.coordination_fte, 'network.coordination_fte') : null,
    },
    period: { from: date(period.from, 'period.from'), to: date(period.to, 'period.to'), year: orNull(count)(period.year, 'period.year') },
    partners: {
      active: count(partners.active, 'partners.active'),
      list: list(partners.list, 'partners.list').map((p, i) => {
        const o = object(p, `partners.list[${i}]`);
        return { id: text(o.id, `partners.list[${i}].id`), municipalities: orNull(texts)(o.municipalities, `partners.list[${i}].municipalities`) };
      }),
    },
    coverage: {
      covered: categories(coverage.covered, 'coverage.covered'),
      by_municipality: Object.fromEntries(
        Object.entries(byMunicipality).map(([name, m]) => [
          name,
          { covered: categories(object(m, `coverage.by_municipality.${name}`).covered, `coverage.by_municipality.${name}.covered`) },
        ]),
      ),
    },
    meetings: {
      participants: count(meetings.participants, 'meetings.participants'),
      network_meetings: against('network_meetings'),
      qualification_offers: against('qualification_offers'),
    },
    agreements: list(r.agreements, 'agreements').map((a, i) => {
      const o = object(a, `agreements[${i}]`);
      return {
        status: oneOf(AGREEMENT_STATUSES)(o.status, `agreements[${i}].status`),
        effective: orNull(date)(o.effective, `agreements[${i}].effective`),
        expires: orNull(date)(o.expires, `agreements[${i}].expires`),
      };
    }),
    tasks: since2
      ? list(r.tasks, 'tasks').map((t, i) => {
          const o = object(t, `tasks[${i}]`);
          return { id: oneOf(TASK_IDS)(o.id, `tasks[${i}].id`), status: oneOf(['belegt', 'kein_beleg'] as const)(o.status, `tasks[${i}].status`) };
        })
      : null,
    attended: participation
      ? (Object.fromEntries(
          CATEGORIES.map((c) => [c, count(object(participation[c], `participation.by_category.${c}`).attending, `participation.by_category.${c}.attending`)]),
        ) as Record<Category, number>)
      : null,
  };
}
