// The overview as a pure function: the reports of many networks (read by read-report.ts) and the
// options → one row per network and per youth office, the shares across networks, the youth
// offices that carry two networks, those of the reference without any file, the groups, and the
// notes that say what was left out and why. A report of another period than the overview's, or a
// second one of the same network, keeps its row but stays out of every share and sum.
import { isInForce } from '../../model/coverage.js';
import { foldText } from '../../model/slug.js';
import type { IsoDate } from '../../model/types.js';
import { CATEGORIES, type Category } from '../../model/vocabulary.js';
import { TASK_IDS } from '../../report-data/types.js';
import { groupOf } from './groups.js';
import type { SourceReport } from './read-report.js';
import type { Grouping, NetworkRow, Overview, OverviewPeriod, OverviewSource, YouthOfficeRow } from './types.js';
import { OVERVIEW_FORMAT_VERSION } from './types.js';

export interface Read {
  source: string;
  kind: OverviewSource['kind'];
  report: SourceReport;
}

export interface OverviewOptions {
  period: OverviewPeriod;
  today: IsoDate;
  groupBy?: Grouping;
  /** `--reference`: the youth offices that should have sent a file. */
  reference?: { name: string; key: string | null }[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Named = { name: string; key: string | null };

/**
 * Who a youth office is across networks: its key; without one, the key another source gives the
 * same name (an older report has no keys), else its name.
 */
function identities(offices: readonly Named[]): (y: Named) => string {
  const keyOfName = new Map(offices.flatMap((y) => (y.key === null ? [] : [[foldText(y.name), y.key] as const])));
  return (y) => {
    const key = y.key ?? keyOfName.get(foldText(y.name));
    return key === undefined ? `name:${foldText(y.name)}` : `key:${key}`;
  };
}

export function buildOverview(reads: readonly Read[], options: OverviewOptions): Overview {
  const { period } = options;
  const seen = new Set<string>();
  const sources: OverviewSource[] = reads.map(({ source, kind, report: r }) => {
    const samePeriod = r.period.from === period.from && r.period.to === period.to;
    const duplicate = samePeriod && seen.has(r.network.id);
    if (samePeriod) seen.add(r.network.id);
    return {
      source,
      kind,
      format_version: r.format_version,
      network_id: r.network.id,
      period: r.period,
      today: r.today,
      audience: r.audience,
      left_out: !samePeriod ? 'other_period' : duplicate ? 'duplicate' : null,
    };
  });
  const group = (keys: readonly (string | null)[], region: string) => (options.groupBy === undefined ? null : groupOf(options.groupBy, keys, region));

  const networks: NetworkRow[] = reads.map(({ source, report: r }, i) => {
    const tasks =
      r.tasks === null
        ? null
        : (Object.fromEntries(TASK_IDS.map((id) => [id, r.tasks!.find((t) => t.id === id)?.status ?? 'kein_beleg'])) as NetworkRow['tasks']);
    return {
      id: r.network.id,
      name: r.network.name,
      source,
      kind: r.network.kind,
      region: r.network.region.name,
      group: group(
        r.network.youth_offices.map((y) => y.key),
        r.network.region.name,
      ),
      youth_offices: r.network.youth_offices.map((y) => ({ name: y.name, key: y.key })),
      municipalities: r.network.region.municipalities.length,
      founded: r.network.founded,
      coordinators: r.network.coordinators,
      coordination_fte: r.network.coordination_fte,
      active_partners: r.partners.active,
      categories_covered: r.coverage.covered.length,
      categories_missing: CATEGORIES.filter((c) => !r.coverage.covered.includes(c)),
      tasks,
      tasks_evidenced: tasks === null ? null : Object.values(tasks!).filter((s) => s === 'belegt').length,
      network_meetings: r.meetings.network_meetings,
      qualification_offers: r.meetings.qualification_offers,
      participants: r.meetings.participants,
      agreements_in_force: r.agreements.filter((a) => isInForce(a, r.period.to)).length,
      as_of: r.today,
      period: r.period,
      format_version: r.format_version,
      left_out: sources[i]!.left_out,
    };
  });

  const inactive: string[] = [];
  const youthOffices: YouthOfficeRow[] = reads.flatMap(({ source, report: r }, i) => {
    const coveredIn = new Map(Object.entries(r.coverage.by_municipality).map(([m, x]) => [m, new Set(x.covered)]));
    return r.network.youth_offices.map((y) => {
      const partner = r.partners.list.find((p) => p.id === y.id);
      if (partner === undefined) inactive.push(`${y.name} (${r.network.name})`);
      const area = partner?.municipalities ?? null;
      // Covered in every municipality it serves (a municipality the report does not list: nothing covered).
      const inArea = (c: Category) => (area ?? r.network.region.municipalities).every((m) => coveredIn.get(m)?.has(c) ?? false);
      const covered = CATEGORIES.filter(inArea);
      return {
        name: y.name,
        key: y.key,
        network: r.network.id,
        network_name: r.network.name,
        source,
        group: group([y.key, ...r.network.youth_offices.map((o) => o.key)], r.network.region.name),
        municipalities: area === null ? null : [...area],
        categories_covered: covered.length,
        categories_missing: CATEGORIES.filter((c) => !covered.includes(c)),
        left_out: sources[i]!.left_out !== null,
      };
    });
  });

  const counted = reads.filter((_, i) => sources[i]!.left_out === null).map((x) => x.report);
  const countedRows = networks.filter((n) => n.left_out === null);
  const withAttendance = counted.filter((r) => r.attended !== null);
  const withTasks = countedRows.filter((n) => n.tasks !== null);
  const sum = (f: (n: NetworkRow) => number) => countedRows.reduce((total, n) => total + f(n), 0);

  const identity = identities([...youthOffices, ...(options.reference ?? [])]);
  const byIdentity = new Map<string, { name: string; key: string | null; networks: string[] }>();
  for (const y of youthOffices.filter((x) => !x.left_out)) {
    const entry = byIdentity.get(identity(y)) ?? { name: y.name, key: y.key, networks: [] };
    entry.key ??= y.key;
    if (!entry.networks.includes(y.network)) entry.networks.push(y.network);
    byIdentity.set(identity(y), entry);
  }
  const named = new Set(youthOffices.flatMap((y) => [identity(y), `name:${foldText(y.name)}`]));

  const sortedNetworks = [...networks].sort(
    (a, b) => byText(a.group ?? '', b.group ?? '') || byText(a.name, b.name) || byText(a.id, b.id) || byText(a.source, b.source),
  );
  const sortedOffices = [...youthOffices].sort(
    (a, b) => byText(a.group ?? '', b.group ?? '') || byText(a.name, b.name) || byText(a.network_name, b.network_name) || byText(a.network, b.network),
  );
  return {
    format_version: OVERVIEW_FORMAT_VERSION,
    today: options.today,
    period,
    group_by: options.groupBy ?? null,
    sources,
    networks: sortedNetworks,
    youth_offices: sortedOffices,
    categories: CATEGORIES.map((id) => ({
      id,
      covered: counted.filter((r) => r.coverage.covered.includes(id)).length,
      networks: counted.length,
      attended: withAttendance.length === 0 ? null : withAttendance.filter((r) => r.attended![id] > 0).length,
      networks_with_attendance: withAttendance.length,
    })),
    tasks: TASK_IDS.map((id) => ({ id, belegt: withTasks.filter((n) => n.tasks![id] === 'belegt').length, networks: withTasks.length })),
    totals: {
      networks: countedRows.length,
      youth_offices: youthOffices.filter((y) => !y.left_out).length,
      active_partners: sum((n) => n.active_partners),
      participants: sum((n) => n.participants),
      network_meetings: sum((n) => n.network_meetings.held),
      qualification_offers: sum((n) => n.qualification_offers.held),
    },
    shared_youth_offices: [...byIdentity.values()].filter((y) => y.networks.length > 1).sort((a, b) => byText(a.name, b.name)),
    without_file:
      options.reference === undefined
        ? null
        : options.reference
            .filter((y) => !named.has(identity(y)) && !named.has(`name:${foldText(y.name)}`))
            .sort((a, b) => byText(a.key ?? '', b.key ?? '') || byText(a.name, b.name)),
    groups: options.groupBy === undefined ? null : groupsOf(sortedNetworks, sortedOffices),
    notes: notesOf(sources, youthOffices, inactive, options),
  };
}

function groupsOf(networks: readonly NetworkRow[], offices: readonly YouthOfficeRow[]): NonNullable<Overview['groups']> {
  const ids = [...new Set([...networks.map((n) => n.group!), ...offices.map((y) => y.group!)])].sort(byText);
  return ids.map((id) => {
    const rows = networks.filter((n) => n.group === id && n.left_out === null);
    const regions = [...new Set(networks.filter((n) => n.group === id).map((n) => n.region))].sort(byText);
    return {
      id,
      // A Kreis by its key and the regions of its networks; a Landesjugendamt is named by the renderers.
      name: id.startsWith('region:') ? id.slice('region:'.length) : /^\d{5}$/.test(id) ? `${id} ${regions.join(' / ')}`.trim() : id,
      networks: rows.map((n) => n.id),
      youth_offices: offices.filter((y) => y.group === id && !y.left_out).length,
      active_partners: rows.reduce((sum, n) => sum + n.active_partners, 0),
      participants: rows.reduce((sum, n) => sum + n.participants, 0),
    };
  });
}

function notesOf(
  sources: readonly OverviewSource[],
  offices: readonly YouthOfficeRow[],
  inactive: readonly string[],
  options: OverviewOptions,
): Overview['notes'] {
  const notes: Overview['notes'] = [];
  const add = (code: Overview['notes'][number]['code'], about: string[]) => {
    if (about.length > 0) notes.push({ code, about });
  };
  add(
    'other-period',
    sources.filter((s) => s.left_out === 'other_period').map((s) => s.source),
  );
  add(
    'duplicate',
    sources.filter((s) => s.left_out === 'duplicate').map((s) => s.source),
  );
  add(
    'older-format',
    sources.filter((s) => s.format_version < 3).map((s) => s.source),
  );
  add(
    'not-public',
    sources.filter((s) => s.audience !== 'public').map((s) => s.source),
  );
  add('no-key', [...new Set(offices.filter((y) => y.key === null).map((y) => y.name))].sort(byText));
  add(
    'reference-without-key',
    (options.reference ?? []).filter((y) => y.key === null).map((y) => y.name),
  );
  add('youth-office-inactive', [...inactive]);
  return notes;
}
