// The report as a document: sections of blocks (facts, tables, lists, charts) with every label
// already in the reader's language. The text, Markdown and HTML renderers lay out the same document.
import type { Lang } from '../../../i18n/lang.js';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_TYPE_LABELS,
  CATEGORY_LABELS,
  CATEGORY_LAW,
  MEETING_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  SECTOR_LABELS,
  label,
} from '../../../i18n/labels.js';
import { REPORT_WORDS } from '../words.js';
import { hasEnded } from '../../../model/coverage.js';
import { formatDate, formatDecimal } from '../../../i18n/format.js';
import { dayOf } from '../../../model/dates.js';
import { CATEGORIES, MEETING_TYPES, SECTORS, type Category } from '../../../model/vocabulary.js';
import type { Report, ReportTarget } from '../../../report-data/types.js';

import { activitiesSection, evaluationBlocks } from './activities.js';
import { careSection } from './care.js';
import { num, type Block, type Cell, type ReportDocument, type Section, type Tone } from './blocks.js';
import { compareSection } from './compare.js';
import { fruehHilfenSection, profileFacts } from './fruehe-hilfen.js';
import { participationSection } from './participation.js';
import { tasksSection } from './tasks.js';
export type { Block, ReportDocument, Tone } from './blocks.js';

const periodText = (r: Report, lang: Lang) => `${formatDate(r.period.from, lang)} – ${formatDate(r.period.to, lang)}`;

/** A matrix cell: ✓ covered, ✗ required but missing, – neither. */
export function matrixMark(r: Report, municipality: string, c: Category): { mark: string; tone: Tone; state: 'covered' | 'missing' | 'none' } {
  const m = r.coverage.by_municipality[municipality]!;
  if (m.covered.includes(c)) return { mark: '✓', tone: 'ok', state: 'covered' };
  if (m.missing.includes(c)) return { mark: '✗', tone: 'bad', state: 'missing' };
  return { mark: '–', tone: 'muted', state: 'none' };
}

/** A Kreis network: a region of more than one municipality gets the municipality × category matrix. */
const isKreis = (r: Report) => r.network.region.municipalities.length > 1;

export function reportDocument(r: Report, lang: Lang): ReportDocument {
  const compare = compareSection(r, lang);
  return {
    lang,
    title: REPORT_WORDS[lang].title,
    audienceTitle: REPORT_WORDS[lang].audienceTitle[r.audience],
    audienceMark: REPORT_WORDS[lang].audienceMark[r.audience],
    footer: `${REPORT_WORDS[lang].title} ${r.period.year ?? periodText(r, lang)}${REPORT_WORDS[lang].audienceTitle[r.audience]} · ${r.network.name}`,
    networkName: r.network.name,
    subtitle: `${REPORT_WORDS[lang].period} ${periodText(r, lang)} · ${REPORT_WORDS[lang].asOf} ${formatDate(r.today, lang)}`,
    sections: [
      overview(r, lang),
      ...(compare ? [compare] : []),
      tasksSection(r, lang),
      partners(r, lang),
      coverageSection(r, lang),
      careSection(r, lang),
      participationSection(r, lang),
      ...(r.fruehe_hilfen ? [fruehHilfenSection(r, r.fruehe_hilfen, lang)] : []),
      meetings(r, lang),
      activitiesSection(r, lang),
      agreements(r, lang),
      notes(r, lang),
    ],
  };
}

function names(ids: readonly string[], nameOf: (id: string) => string, lang: Lang, max = Infinity): string {
  const shown = ids.slice(0, max).map(nameOf);
  if (ids.length > max) shown.push(REPORT_WORDS[lang].andMore(ids.length - max));
  return shown.join(', ') || '–';
}

function targetText(t: ReportTarget, lang: Lang): { value: string; tone?: Tone } {
  if (t.target === null) return { value: REPORT_WORDS[lang].noTarget };
  return { value: `${REPORT_WORDS[lang].targetValue} ${t.target} · ${REPORT_WORDS[lang][t.met ? 'met' : 'notMet']}`, tone: t.met ? 'ok' : 'bad' };
}

function overview(r: Report, lang: Lang): Section {
  const n = r.network;
  const ms = n.region.municipalities;
  const regionText = ms.length > 1 ? `${n.region.name} (${REPORT_WORDS[lang].municipalitiesCount(ms.length)}: ${ms.join(', ')})` : n.region.name;
  const facts: { label: string; value: string; data?: boolean }[] = [
    { label: REPORT_WORDS[lang].network, value: n.name, data: true },
    { label: REPORT_WORDS[lang].region, value: regionText, data: true },
  ];
  if (n.founded) facts.push({ label: REPORT_WORDS[lang].founded, value: formatDate(n.founded, lang) });
  facts.push(
    { label: REPORT_WORDS[lang].period, value: periodText(r, lang) },
    { label: REPORT_WORDS[lang].asOf, value: formatDate(r.today, lang) },
    { label: REPORT_WORDS[lang].youthOffices, value: n.youth_offices.map((y) => y.name).join('; '), data: true },
    ...profileFacts(r, lang),
  );
  const cov = r.coverage;
  const requiredCovered = cov.required.filter((c) => cov.covered.includes(c)).length;
  const q = targetText(r.meetings.qualification_offers, lang);
  const tasksWithEvidence = r.tasks.filter((t) => t.status === 'belegt').length;
  const nm = targetText(r.meetings.network_meetings, lang);
  const blocks: Block[] = [
    { kind: 'subheading', text: REPORT_WORDS[lang].keyFigures },
    {
      kind: 'figures',
      items: [
        { label: REPORT_WORDS[lang].activePartners, value: String(r.partners.active) },
        {
          label: REPORT_WORDS[lang].categoriesRequired,
          value: REPORT_WORDS[lang].signedOf(requiredCovered, cov.required.length),
          tone: cov.missing.length === 0 ? 'ok' : 'bad',
        },
        {
          label: REPORT_WORDS[lang].meetingsHeld,
          value: String(r.meetings.held),
          detail: REPORT_WORDS[lang].plannedCancelled(r.meetings.planned, r.meetings.cancelled),
        },
        { label: REPORT_WORDS[lang].participants, value: String(r.meetings.participants) },
        { label: REPORT_WORDS[lang].qualificationOffers, value: String(r.meetings.qualification_offers.held), detail: q.value, tone: q.tone },
        { label: REPORT_WORDS[lang].networkMeetings, value: String(r.meetings.network_meetings.held), detail: nm.value, tone: nm.tone },
        { label: REPORT_WORDS[lang].attendingPartners, value: REPORT_WORDS[lang].attendingOf(r.participation.attending, r.participation.active) },
        {
          label: REPORT_WORDS[lang].tasksWithEvidence,
          value: REPORT_WORDS[lang].signedOf(tasksWithEvidence, r.tasks.length),
          tone: tasksWithEvidence === r.tasks.length ? 'ok' : 'warn',
        },
        { label: REPORT_WORDS[lang].notesCount, value: String(noteCount(r)), tone: r.warnings.length === 0 ? 'ok' : 'warn' },
      ],
    },
    { kind: 'subheading', text: REPORT_WORDS[lang].network },
    { kind: 'facts', rows: facts },
    {
      kind: 'table',
      id: 'koordination',
      caption: REPORT_WORDS[lang].coordinators,
      columns: [
        { title: REPORT_WORDS[lang].name, wrap: 24 },
        { title: REPORT_WORDS[lang].function, wrap: 30 },
        { title: REPORT_WORDS[lang].organisation, wrap: 34 },
        { title: REPORT_WORDS[lang].contact, wrap: 32 },
      ],
      rows: n.coordinators.map((c) => [
        // A coordinator the readers may not see by name is named by the office.
        { text: c.name ?? `${REPORT_WORDS[lang].coordinationOffice}, ${c.partner_name}`, data: true },
        { text: c.function ?? '–', data: true },
        { text: c.partner_name, data: true },
        { text: [c.email, c.phone].filter(Boolean).join(', ') || '–' },
      ]),
    },
  ];
  if (n.mission_statement)
    blocks.push({ kind: 'subheading', text: REPORT_WORDS[lang].missionStatement }, { kind: 'paragraph', text: n.mission_statement.trim(), data: true });
  return { id: 'ueberblick', title: REPORT_WORDS[lang].overview, blocks };
}

function partners(r: Report, lang: Lang): Section {
  const p = r.partners;
  const blocks: Block[] = [{ kind: 'paragraph', text: REPORT_WORDS[lang].asOfNote(formatDate(r.period.to, lang)), note: true }];
  if (p.active === 0) blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].noPartners });
  else {
    blocks.push({ kind: 'chart', chart: 'sectors' });
    blocks.push({
      kind: 'table',
      id: 'partner-sektoren',
      caption: REPORT_WORDS[lang].chartSectors,
      columns: [
        { title: REPORT_WORDS[lang].sector, wrap: 30 },
        { title: REPORT_WORDS[lang].count, align: 'right' },
        { title: REPORT_WORDS[lang].partner, wrap: 60 },
      ],
      rows: SECTORS.filter((s) => p.by_sector[s]).map((s) => [
        { text: label(SECTOR_LABELS, s, lang) },
        num(p.by_sector[s]!),
        {
          text: p.list
            .filter((x) => x.sector === s)
            .map((x) => x.name)
            .join(', '),
          data: true,
        },
      ]),
    });
  }
  for (const key of ['joined', 'left'] as const) {
    const list = p[key];
    if (list.length === 0) {
      blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang][key === 'joined' ? 'noneJoined' : 'noneLeft'] });
      continue;
    }
    blocks.push({
      kind: 'table',
      id: `partner-${key}`,
      caption: REPORT_WORDS[lang][key],
      columns: [{ title: REPORT_WORDS[lang].date }, { title: REPORT_WORDS[lang].partner, wrap: 50 }, { title: REPORT_WORDS[lang].sector, wrap: 28 }],
      rows: list.map((x) => [{ text: formatDate(x.date, lang) }, { text: x.name, data: true }, { text: label(SECTOR_LABELS, x.sector, lang) }]),
    });
  }
  return { id: 'partner', title: REPORT_WORDS[lang].partners, blocks };
}

function coverageSection(r: Report, lang: Lang): Section {
  const cov = r.coverage;
  const nameOf = (id: string) => r.partners.list.find((x) => x.id === id)?.name ?? id;
  const requiredCovered = cov.required.filter((c) => cov.covered.includes(c)).length;
  const summary =
    cov.missing.length === 0
      ? REPORT_WORDS[lang].allCovered
      : REPORT_WORDS[lang].coverageSummary(requiredCovered, cov.required.length, cov.missing.map((c) => label(CATEGORY_LABELS, c, lang)).join(', '));
  const status = (c: Report['coverage']['categories'][number]): Cell =>
    c.covered
      ? { text: REPORT_WORDS[lang].covered, tone: 'ok' }
      : c.required
        ? { text: REPORT_WORDS[lang].missing, tone: 'bad' }
        : { text: REPORT_WORDS[lang].notRequired, tone: 'muted' };
  const withGaps = Object.values(cov.by_municipality).filter((m) => m.missing.length > 0).length;
  const gaps = isKreis(r) && withGaps > 0 ? ` ${REPORT_WORDS[lang].municipalitiesWithGaps(withGaps, r.network.region.municipalities.length)}` : '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: summary + gaps },
    {
      kind: 'table',
      id: 'abdeckung',
      caption: REPORT_WORDS[lang].categories,
      columns: [
        { title: REPORT_WORDS[lang].number, align: 'right' },
        { title: REPORT_WORDS[lang].category, wrap: 46 },
        { title: REPORT_WORDS[lang].status, nowrap: true },
        { title: REPORT_WORDS[lang].coveredBy, wrap: 46 },
      ],
      rows: cov.categories.map((c, i) => [
        num(i + 1),
        { text: label(CATEGORY_LAW, c.id, lang) },
        status(c),
        { text: names(c.partners, nameOf, lang, 4), data: true },
      ]),
    },
  ];
  if (isKreis(r)) {
    const ms = r.network.region.municipalities;
    blocks.push({ kind: 'chart', chart: 'matrix' });
    blocks.push({
      kind: 'table',
      id: 'matrix',
      caption: REPORT_WORDS[lang].matrix,
      plainOnly: true,
      columns: [{ title: REPORT_WORDS[lang].municipality }, ...CATEGORIES.map((_, i) => ({ title: String(i + 1), align: 'center' as const }))],
      rows: ms.map((m) => [
        { text: m, data: true },
        ...CATEGORIES.map((c) => {
          const x = matrixMark(r, m, c);
          return { text: x.mark, tone: x.tone };
        }),
      ]),
    });
    blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].matrixCaption(), note: true, plainOnly: true });
    blocks.push({
      kind: 'table',
      id: 'luecken',
      caption: REPORT_WORDS[lang].gapsByMunicipality,
      columns: [
        { title: REPORT_WORDS[lang].municipality, wrap: 28 },
        { title: REPORT_WORDS[lang].missingCategories, wrap: 70 },
      ],
      rows: ms.map((m) => {
        const missing = cov.by_municipality[m]!.missing;
        return [
          { text: m, data: true },
          missing.length === 0
            ? { text: REPORT_WORDS[lang].noGaps, tone: 'ok' as const }
            : { text: missing.map((c) => label(CATEGORY_LABELS, c, lang)).join(', '), tone: 'bad' as const },
        ];
      }),
    });
  }
  return { id: 'abdeckung', title: REPORT_WORDS[lang].coverage, blocks };
}

function meetings(r: Report, lang: Lang): Section {
  const m = r.meetings;
  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        { label: REPORT_WORDS[lang].meetings, value: REPORT_WORDS[lang].meetingsSummary(m.held, m.planned, m.cancelled) },
        { label: REPORT_WORDS[lang].participants, value: REPORT_WORDS[lang].participantsSummary(m.participants) },
        ...(m.qualification_hours.offers > 0
          ? [
              {
                label: REPORT_WORDS[lang].qualificationHours,
                value: REPORT_WORDS[lang].qualificationHoursSummary(
                  formatDecimal(m.qualification_hours.hours, lang),
                  m.qualification_hours.teaching_units,
                  m.qualification_hours.offers,
                ),
              },
            ]
          : []),
      ],
    },
  ];
  const goal = (key: 'qualificationOffers' | 'networkMeetings', t: ReportTarget): Cell[] => [
    { text: REPORT_WORDS[lang][key] },
    num(t.held),
    num(t.planned),
    { text: t.target === null ? '–' : r.period.targets_prorated ? `${t.target} (${REPORT_WORDS[lang].perYear(t.target_per_year!)})` : String(t.target) },
    t.met === null ? { text: REPORT_WORDS[lang].noTarget, tone: 'muted' } : { text: REPORT_WORDS[lang][t.met ? 'met' : 'notMet'], tone: t.met ? 'ok' : 'bad' },
  ];
  blocks.push({
    kind: 'table',
    id: 'ziele',
    caption: REPORT_WORDS[lang].targets,
    columns: [
      { title: REPORT_WORDS[lang].goal },
      { title: REPORT_WORDS[lang].held, align: 'right' },
      { title: REPORT_WORDS[lang].planned, align: 'right' },
      { title: REPORT_WORDS[lang].targetValue, align: 'right' },
      { title: REPORT_WORDS[lang].result },
    ],
    rows: [goal('qualificationOffers', m.qualification_offers), goal('networkMeetings', m.network_meetings)],
  });
  if (r.period.targets_prorated) blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].prorated(r.period.days), note: true });
  if (m.list.length === 0) {
    blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].noMeetings });
    return { id: 'veranstaltungen', title: REPORT_WORDS[lang].meetings, blocks };
  }
  blocks.push({
    kind: 'table',
    id: 'arten',
    caption: REPORT_WORDS[lang].byType,
    columns: [
      { title: REPORT_WORDS[lang].type },
      { title: REPORT_WORDS[lang].held, align: 'right' },
      { title: REPORT_WORDS[lang].planned, align: 'right' },
      { title: REPORT_WORDS[lang].cancelled, align: 'right' },
    ],
    rows: MEETING_TYPES.filter((t) => m.by_type[t]).map((t) => {
      const x = m.by_type[t]!;
      return [{ text: label(MEETING_TYPE_LABELS, t, lang) }, num(x.held), num(x.planned), num(x.cancelled)];
    }),
  });
  const held = m.list.filter((x) => x.status === 'held');
  if (held.length === 0) blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].noHeld });
  else {
    blocks.push({ kind: 'chart', chart: 'participants' });
    blocks.push({
      kind: 'table',
      id: 'stattgefunden',
      caption: REPORT_WORDS[lang].heldMeetings,
      columns: [
        { title: REPORT_WORDS[lang].date },
        { title: REPORT_WORDS[lang].type, wrap: 25 },
        { title: REPORT_WORDS[lang].meetingTitle, wrap: 50 },
        { title: REPORT_WORDS[lang].organisations, align: 'right' },
        { title: REPORT_WORDS[lang].participants, align: 'right' },
      ],
      rows: held.map((x) => [
        { text: formatDate(dayOf(x.start), lang) },
        { text: label(MEETING_TYPE_LABELS, x.type, lang) },
        { text: x.title, data: true },
        num(x.organisations),
        num(x.participants!),
      ]),
    });
  }
  const other = m.list.filter((x) => x.status !== 'held');
  if (other.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'geplant',
      caption: REPORT_WORDS[lang].otherMeetings,
      columns: [
        { title: REPORT_WORDS[lang].date },
        { title: REPORT_WORDS[lang].type, wrap: 25 },
        { title: REPORT_WORDS[lang].meetingTitle, wrap: 50 },
        { title: REPORT_WORDS[lang].status },
      ],
      rows: other.map((x) => [
        { text: formatDate(dayOf(x.start), lang) },
        { text: label(MEETING_TYPE_LABELS, x.type, lang) },
        { text: x.title, data: true },
        { text: label(MEETING_STATUS_LABELS, x.status, lang), tone: x.status === 'cancelled' ? 'muted' : undefined },
      ]),
    });
  }
  blocks.push(...evaluationBlocks(r, lang));
  return { id: 'veranstaltungen', title: REPORT_WORDS[lang].meetings, blocks };
}

function agreements(r: Report, lang: Lang): Section {
  if (r.agreements.length === 0)
    return { id: 'vereinbarungen', title: REPORT_WORDS[lang].agreements, blocks: [{ kind: 'paragraph', text: REPORT_WORDS[lang].noAgreements }] };
  const table: Block = {
    kind: 'table',
    id: 'vereinbarungen',
    caption: REPORT_WORDS[lang].agreements,
    columns: [
      { title: REPORT_WORDS[lang].agreement, wrap: 40 },
      { title: REPORT_WORDS[lang].type, wrap: 24 },
      { title: REPORT_WORDS[lang].status },
      { title: REPORT_WORDS[lang].signed },
      { title: REPORT_WORDS[lang].pending, wrap: 30 },
      { title: REPORT_WORDS[lang].review },
    ],
    rows: r.agreements.map((a) => [
      { text: a.title, data: true },
      { text: label(AGREEMENT_TYPE_LABELS, a.type, lang) },
      { text: label(AGREEMENT_STATUS_LABELS, a.status, lang), tone: a.status === 'in_force' ? 'ok' : hasEnded(a.status) ? 'muted' : 'warn' },
      { text: REPORT_WORDS[lang].signedOf(a.signed, a.parties.length), tone: a.pending.length > 0 ? 'warn' : undefined },
      {
        text:
          a.parties
            .filter((p) => p.signed === null)
            .map((p) => p.name)
            .join(', ') || '–',
        data: true,
      },
      reviewCell(a, lang),
    ]),
  };
  return { id: 'vereinbarungen', title: REPORT_WORDS[lang].agreements, blocks: [table] };
}

/** Due exactly as the JSON's review_due says (review ≤ today, FORMAT.md); muted for an agreement that has ended. */
function reviewCell(a: Report['agreements'][number], lang: Lang): Cell {
  if (a.review === null) return { text: '–' };
  const due = a.review_due;
  return {
    text: `${formatDate(a.review, lang)}${due ? ` (${REPORT_WORDS[lang].reviewDue})` : ''}`,
    tone: due ? (hasEnded(a.status) ? 'muted' : 'warn') : undefined,
  };
}

/** How many warnings the notes stand for: one each for the coordination, counted by kind for everyone else. */
const noteCount = (r: Report) => r.warnings.reduce((sum, w) => sum + (w.count ?? 1), 0);

function notes(r: Report, lang: Lang): Section {
  if (r.warnings.length === 0) {
    const none = r.audience === 'internal' ? REPORT_WORDS[lang].noNotes : REPORT_WORDS[lang].noNotesForReaders;
    return { id: 'hinweise', title: REPORT_WORDS[lang].notes, blocks: [{ kind: 'paragraph', text: none }] };
  }
  // Only the coordination's own report points into the files (report-data/notes.ts).
  const items = r.warnings.map((w) => (w.file === '' ? { text: w.message } : { text: w.message, detail: `${w.file}:${w.line}` }));
  const blocks: Block[] = [{ kind: 'list', items }];
  if (r.audience !== 'internal') blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].notesCounted, note: true });
  return { id: 'hinweise', title: REPORT_WORDS[lang].notes, blocks };
}
