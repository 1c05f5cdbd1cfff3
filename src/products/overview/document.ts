// The overview as a document: sections of figures, tables, lists and charts with every label in the
// reader's language. The text, Markdown and HTML renderers lay out the same document.
import { formatDate, formatPercent, formatShare } from '../../i18n/format.js';
import { CATEGORY_LABELS, label } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import type { Cell, Column } from '../../formats/text-table.js';
import type { Category } from '../../model/vocabulary.js';
import { TASK_IDS } from '../../report-data/types.js';
import type { NetworkRow, Overview, OverviewPeriod } from './types.js';
import { OVERVIEW_WORDS } from './words.js';

export type Block =
  | { kind: 'figures'; items: { label: string; value: string }[] }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; id: string; caption: string; columns: Column[]; rows: Cell[][] }
  /** HTML only: the shares as bars (render/charts.ts). */
  | { kind: 'chart'; chart: 'categories' | 'tasks' };

interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface OverviewDocument {
  lang: Lang;
  title: string;
  subtitle: string;
  sections: Section[];
}

export const periodText = (p: OverviewPeriod, lang: Lang) => (p.year !== null ? String(p.year) : `${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`);
const num = (n: number): Cell => ({ text: String(n) });
const percent = (part: number, whole: number, lang: Lang): Cell => ({ text: whole === 0 ? '–' : formatPercent(part, whole, lang) });

/** A network's name, and why it is not counted when it is not. */
function networkCell(row: NetworkRow, lang: Lang): Cell {
  return row.left_out === null ? { text: row.name } : { text: `${row.name} (${OVERVIEW_WORDS[lang].leftOut[row.left_out]})`, tone: 'muted' };
}

export function overviewDocument(o: Overview, lang: Lang): OverviewDocument {
  const w = OVERVIEW_WORDS[lang];
  const grouped = o.group_by !== null;
  const groupName = new Map((o.groups ?? []).map((g) => [g.id, groupLabel(g.id, g.name, lang)]));
  const groupCell = (id: string | null): Cell[] => (grouped ? [{ text: groupName.get(id!) ?? id! }] : []);
  const groupColumn: Column[] = grouped ? [{ title: w.group, wrap: 22 }] : [];
  const networkColumn: Column = { title: w.network, wrap: 26 };
  const catList = (cats: readonly Category[]) => cats.map((c) => label(CATEGORY_LABELS, c, lang)).join(', ') || '–';

  const sections: Section[] = [];
  const figures = [
    { label: w.networksCounted, value: String(o.totals.networks) },
    { label: w.youthOfficesCounted, value: String(o.totals.youth_offices) },
    { label: w.activePartners, value: String(o.totals.active_partners) },
    { label: w.participants, value: String(o.totals.participants) },
    { label: w.networkMeetings, value: String(o.totals.network_meetings) },
    { label: w.qualificationOffers, value: String(o.totals.qualification_offers) },
  ];
  if (o.without_file !== null) figures.push({ label: w.withoutFileFigure, value: String(o.without_file.length) });
  sections.push({ id: 'ueberblick', title: w.summary, blocks: [{ kind: 'figures', items: figures }] });

  if (o.notes.length > 0)
    sections.push({ id: 'hinweise', title: w.notes, blocks: [{ kind: 'list', items: o.notes.map((x) => w.notesText[x.code](x.about.join(', '))) }] });

  if (o.groups !== null)
    sections.push({
      id: 'gruppen',
      title: w.groups,
      blocks: [
        table(
          'gruppen',
          w.groups,
          [{ title: w.group, wrap: 40 }, right(w.networks), right(w.youthOffices), right(w.activePartners), right(w.participants)],
          o.groups,
          (g) => [{ text: groupName.get(g.id)! }, num(g.networks.length), num(g.youth_offices), num(g.active_partners), num(g.participants)],
        ),
      ],
    });

  sections.push({
    id: 'netzwerke',
    title: w.networks,
    blocks: [
      table(
        'netzwerke',
        w.networks,
        [
          networkColumn,
          ...groupColumn,
          { title: w.kind, wrap: 14 },
          right(w.youthOffices),
          right(w.municipalities),
          { title: w.founded },
          { title: w.coordination, wrap: 14 },
          right(w.partners),
          { title: w.asOf },
        ],
        o.networks,
        (n) => [
          networkCell(n, lang),
          ...groupCell(n.group),
          { text: n.kind === null ? '–' : n.kind.map((k) => w.kindShort[k]).join(', ') },
          num(n.youth_offices.length),
          num(n.municipalities),
          { text: n.founded === null ? '–' : formatDate(n.founded, lang) },
          { text: w.coordinationValue(n.coordinators, n.coordination_fte === null ? null : formatShare(n.coordination_fte, lang)) },
          num(n.active_partners),
          { text: formatDate(n.as_of, lang) },
        ],
      ),
      { kind: 'paragraph', text: w.networksNote, note: true },
    ],
  });

  sections.push({
    id: 'abdeckung-aufgaben',
    title: w.coverageTasks,
    blocks: [
      table(
        'abdeckung-aufgaben',
        w.coverageTasks,
        [
          networkColumn,
          ...groupColumn,
          { title: w.categoriesCovered, nowrap: true },
          { title: w.missing, wrap: 30 },
          { title: w.tasksEvidenced, nowrap: true },
          ...TASK_IDS.map((id) => center(w.taskCode[id])),
        ],
        o.networks,
        (n) => [
          networkCell(n, lang),
          ...groupCell(n.group),
          { text: w.ofTwelve(n.categories_covered), tone: n.categories_covered === 12 ? 'ok' : undefined },
          { text: catList(n.categories_missing) },
          { text: n.tasks_evidenced === null ? '–' : w.ofSeven(n.tasks_evidenced) },
          ...TASK_IDS.map((id): Cell =>
            n.tasks === null ? { text: '–', tone: 'muted' } : n.tasks[id] === 'belegt' ? { text: '✓', tone: 'ok' } : { text: '✗', tone: 'bad' },
          ),
        ],
      ),
      { kind: 'paragraph', text: w.tasksNote, note: true },
    ],
  });

  sections.push({
    id: 'veranstaltungen',
    title: w.meetings,
    blocks: [
      table(
        'veranstaltungen',
        w.meetings,
        [networkColumn, ...groupColumn, { title: w.networkMeetings }, { title: w.qualificationOffers }, right(w.participants), right(w.agreementsInForce)],
        o.networks,
        (n) => [
          networkCell(n, lang),
          ...groupCell(n.group),
          against(n.network_meetings, lang),
          against(n.qualification_offers, lang),
          num(n.participants),
          num(n.agreements_in_force),
        ],
      ),
    ],
  });

  sections.push({
    id: 'jugendaemter',
    title: w.youthOffices,
    blocks: [
      table(
        'jugendaemter',
        w.youthOffices,
        [
          { title: w.youthOffice, wrap: 26 },
          ...groupColumn,
          { title: w.key, nowrap: true },
          { title: w.network, wrap: 22 },
          { title: w.municipalities, wrap: 20 },
          { title: w.categoriesCovered, nowrap: true },
          { title: w.missing, wrap: 28 },
        ],
        o.youth_offices,
        (y) => [
          y.left_out ? { text: y.name, tone: 'muted' } : { text: y.name },
          ...groupCell(y.group),
          { text: y.key ?? '–' },
          { text: y.network_name },
          { text: y.municipalities === null ? w.wholeRegion : y.municipalities.join(', ') },
          { text: w.ofTwelve(y.categories_covered), tone: y.categories_covered === 12 ? 'ok' : undefined },
          { text: catList(y.categories_missing) },
        ],
      ),
      { kind: 'paragraph', text: w.youthOfficesNote, note: true },
    ],
  });

  sections.push({
    id: 'kategorien',
    title: w.categories,
    blocks: [
      { kind: 'chart', chart: 'categories' },
      table(
        'kategorien',
        w.categories,
        [right(w.number), { title: w.category, wrap: 40 }, right(w.covered), right(w.share), right(w.attended), right(w.share)],
        o.categories,
        (c, i) => [
          num(i + 1),
          { text: label(CATEGORY_LABELS, c.id, lang) },
          { text: w.ofTotal(c.covered, c.networks) },
          percent(c.covered, c.networks, lang),
          { text: c.attended === null ? '–' : w.ofTotal(c.attended, c.networks_with_attendance) },
          c.attended === null ? { text: '–' } : percent(c.attended, c.networks_with_attendance, lang),
        ],
      ),
      { kind: 'paragraph', text: w.categoriesNote, note: true },
    ],
  });

  sections.push({
    id: 'aufgaben',
    title: w.tasks,
    blocks: [
      { kind: 'chart', chart: 'tasks' },
      table('aufgaben', w.tasks, [{ title: w.task, wrap: 44 }, right(w.evidenced), right(w.share)], o.tasks, (t) => [
        { text: `${w.taskShort[t.id]}: ${w.taskName[t.id]}` },
        { text: w.ofTotal(t.belegt, t.networks) },
        percent(t.belegt, t.networks, lang),
      ]),
    ],
  });

  const names = new Map(o.networks.map((n) => [n.id, n.name]));
  sections.push({
    id: 'mehrfach',
    title: w.shared,
    blocks: [
      o.shared_youth_offices.length === 0
        ? { kind: 'paragraph', text: w.none }
        : {
            kind: 'list',
            items: o.shared_youth_offices.map(
              (y) => `${y.name}${y.key === null ? '' : ` (${y.key})`}: ${y.networks.map((id) => names.get(id) ?? id).join('; ')}`,
            ),
          },
    ],
  });

  if (o.without_file !== null)
    sections.push({
      id: 'ohne-datei',
      title: w.withoutFile,
      blocks: [
        o.without_file.length === 0
          ? { kind: 'paragraph', text: w.none }
          : table('ohne-datei', w.withoutFile, [{ title: w.youthOffice, wrap: 44 }, { title: w.key }], o.without_file, (y) => [
              { text: y.name },
              { text: y.key ?? '–' },
            ]),
      ],
    });

  sections.push({
    id: 'quellen',
    title: w.sources,
    blocks: [
      table(
        'quellen',
        w.sources,
        [
          { title: w.source, wrap: 34 },
          { title: w.network, wrap: 24 },
          right(w.format),
          { title: w.period },
          { title: w.asOf },
          { title: w.audience },
          { title: w.status, wrap: 24 },
        ],
        o.sources,
        (s) => [
          { text: s.kind === 'folder' ? `${s.source} (${w.folder})` : s.source },
          { text: s.network_id },
          num(s.format_version),
          { text: periodText(s.period, lang) },
          { text: formatDate(s.today, lang) },
          { text: s.audience ?? '–' },
          s.left_out === null ? { text: w.counted } : { text: w.leftOut[s.left_out], tone: 'warn' },
        ],
      ),
    ],
  });

  return {
    lang,
    title: w.title,
    subtitle: w.subtitle(periodText(o.period, lang), formatDate(o.today, lang), o.sources.length),
    sections,
  };
}

function right(title: string): Column {
  return { title, align: 'right' };
}
function center(title: string): Column {
  return { title, align: 'center', nowrap: true };
}

function against(a: { held: number; target: number | null }, lang: Lang): Cell {
  return { text: OVERVIEW_WORDS[lang].against(a.held, a.target), tone: a.target === null ? undefined : a.held >= a.target ? 'ok' : 'bad' };
}

function table<T>(id: string, caption: string, columns: Column[], items: readonly T[], row: (item: T, i: number) => Cell[]): Block {
  return { kind: 'table', id, caption, columns, rows: items.map(row) };
}

/** A group's name: a Landesjugendamt in words, a Kreis by its key and regions. */
export function groupLabel(id: string, name: string, lang: Lang): string {
  const lja = OVERVIEW_WORDS[lang].landesjugendamt as Record<string, string>;
  return lja[id] ?? name;
}
