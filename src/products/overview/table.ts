// The one table behind the CSV and the Excel file: a row per network and a row per youth office
// (column "Ebene"), every figure in its own column, so that it sorts and filters in a spreadsheet.
import { formatDate } from '../../i18n/format.js';
import { CATEGORY_LABELS, label } from '../../i18n/labels.js';
import { NETWORK_KIND_LABELS } from '../../i18n/labels-fruehe-hilfen.js';
import type { Lang } from '../../i18n/lang.js';
import type { Category } from '../../model/vocabulary.js';
import { TASK_IDS } from '../../report-data/types.js';
import { groupLabel, periodText } from './document.js';
import type { Overview } from './types.js';
import { OVERVIEW_WORDS } from './words.js';

/** What a cell holds: Excel writes numbers as numbers and dates as dates; CSV writes text. */
type CellKind = 'text' | 'number' | 'date';
type Value = string | number | undefined;

export interface OverviewTable {
  columns: { header: string; kind: CellKind; width: number }[];
  rows: Value[][];
}

export function overviewTable(o: Overview, lang: Lang): OverviewTable {
  const w = OVERVIEW_WORDS[lang];
  const cats = (list: readonly Category[]) => list.map((c) => label(CATEGORY_LABELS, c, lang)).join(', ');
  const groups = new Map((o.groups ?? []).map((g) => [g.id, groupLabel(g.id, g.name, lang)]));
  const group = (id: string | null) => (id === null ? undefined : (groups.get(id) ?? id));
  const columns: OverviewTable['columns'] = [
    { header: w.level, kind: 'text', width: 14 },
    ...(o.group_by === null ? [] : [{ header: w.group, kind: 'text' as const, width: 24 }]),
    { header: w.network, kind: 'text', width: 36 },
    { header: w.youthOffice, kind: 'text', width: 36 },
    { header: w.key, kind: 'text', width: 14 },
    { header: w.kind, kind: 'text', width: 22 },
    { header: w.municipalities, kind: 'text', width: 24 },
    { header: w.founded, kind: 'date', width: 12 },
    { header: w.persons, kind: 'number', width: 10 },
    { header: w.staffShare, kind: 'number', width: 10 },
    { header: w.activePartners, kind: 'number', width: 10 },
    { header: `${w.categoriesCovered} (${w.covered})`, kind: 'number', width: 12 },
    { header: `${w.categoriesCovered} (${w.missing})`, kind: 'text', width: 40 },
    ...TASK_IDS.map((id) => ({ header: `${w.task} ${w.taskShort[id]}`, kind: 'text' as const, width: 12 })),
    { header: w.networkMeetings, kind: 'number', width: 10 },
    { header: w.targetOf(w.networkMeetings), kind: 'number', width: 10 },
    { header: w.qualificationOffers, kind: 'number', width: 10 },
    { header: w.targetOf(w.qualificationOffers), kind: 'number', width: 10 },
    { header: w.participants, kind: 'number', width: 10 },
    { header: w.agreementsInForce, kind: 'number', width: 10 },
    { header: w.asOf, kind: 'date', width: 12 },
    { header: w.period, kind: 'text', width: 24 },
    { header: w.source, kind: 'text', width: 30 },
    { header: w.status, kind: 'text', width: 28 },
  ];
  const grouped = o.group_by !== null;
  const rows: Value[][] = [];
  for (const n of o.networks) {
    rows.push([
      w.levelNetwork,
      ...(grouped ? [group(n.group)] : []),
      n.name,
      n.youth_offices.map((y) => y.name).join('; '),
      n.youth_offices.flatMap((y) => (y.key === null ? [] : [y.key])).join('; ') || undefined,
      n.kind?.map((k) => label(NETWORK_KIND_LABELS, k, lang)).join(', '),
      String(n.municipalities),
      n.founded ?? undefined,
      n.coordinators,
      n.coordination_fte ?? undefined,
      n.active_partners,
      n.categories_covered,
      cats(n.categories_missing),
      ...TASK_IDS.map((id) => (n.tasks === null ? undefined : n.tasks[id] === 'belegt' ? w.evidenced : w.noEvidence)),
      n.network_meetings.held,
      n.network_meetings.target ?? undefined,
      n.qualification_offers.held,
      n.qualification_offers.target ?? undefined,
      n.participants,
      n.agreements_in_force,
      n.as_of,
      periodText(n.period, lang),
      n.source,
      n.left_out === null ? w.counted : w.leftOut[n.left_out],
    ]);
  }
  for (const y of o.youth_offices) {
    const network = o.networks.find((n) => n.source === y.source);
    rows.push([
      w.levelYouthOffice,
      ...(grouped ? [group(y.group)] : []),
      y.network_name,
      y.name,
      y.key ?? undefined,
      undefined,
      y.municipalities === null ? w.wholeRegion : y.municipalities.join(', '),
      undefined,
      undefined,
      undefined,
      undefined,
      y.categories_covered,
      cats(y.categories_missing),
      ...TASK_IDS.map(() => undefined),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      network?.as_of,
      network === undefined ? undefined : periodText(network.period, lang),
      network?.source,
      y.left_out ? w.leftOut[network?.left_out ?? 'duplicate'] : w.counted,
    ]);
  }
  return { columns, rows };
}

/** A date cell as the CSV shows it (Excel gets the date itself). */
export const dateText = (value: string, lang: Lang) => formatDate(value, lang);
