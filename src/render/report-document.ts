// The report as a document: sections of blocks (facts, tables, lists, charts) with every label
// already in the reader's language. The text, Markdown and HTML renderers lay out the same document.
import type { Lang } from '../i18n/lang.js';
import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, CATEGORY_LABELS, CATEGORY_LAW, MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, SECTOR_LABELS, label } from '../i18n/labels.js';
import { REPORT_PHRASES as P, rl } from '../i18n/report-labels.js';
import { hasEnded } from '../model/coverage.js';
import { formatDate } from '../i18n/format.js';
import { dayOf } from '../model/dates.js';
import { CATEGORIES, MEETING_TYPES, SECTORS, type Category } from '../model/vocabulary.js';
import type { Report, ReportTarget } from '../report/types.js';

import { activitiesSection, evaluationBlocks } from './report-activities.js';
import { num, type Block, type Cell, type ReportDocument, type Section, type Tone } from './report-blocks.js';
import { compareSection } from './report-compare.js';
import { participationSection } from './report-participation.js';
import { tasksSection } from './report-tasks.js';
export type { Block, Cell, Column, ReportDocument, Section, Tone } from './report-blocks.js';

export const periodText = (r: Report, lang: Lang) => `${formatDate(r.period.from, lang)} – ${formatDate(r.period.to, lang)}`;

/** A matrix cell: ✓ covered, ✗ required but missing, – neither. */
export function matrixMark(r: Report, municipality: string, c: Category): { mark: string; tone: Tone; state: 'covered' | 'missing' | 'none' } {
  const m = r.coverage.by_municipality[municipality]!;
  if (m.covered.includes(c)) return { mark: '✓', tone: 'ok', state: 'covered' };
  if (m.missing.includes(c)) return { mark: '✗', tone: 'bad', state: 'missing' };
  return { mark: '–', tone: 'muted', state: 'none' };
}

/** A Kreis network: a region of more than one municipality gets the municipality × category matrix. */
export const isKreis = (r: Report) => r.network.region.municipalities.length > 1;

export function reportDocument(r: Report, lang: Lang): ReportDocument {
  const compare = compareSection(r, lang);
  return {
    lang,
    title: rl('title', lang),
    networkName: r.network.name,
    subtitle: `${rl('period', lang)} ${periodText(r, lang)} · ${rl('asOf', lang)} ${formatDate(r.today, lang)}`,
    sections: [
      overview(r, lang),
      ...(compare ? [compare] : []),
      tasksSection(r, lang),
      partners(r, lang),
      coverageSection(r, lang),
      participationSection(r, lang),
      meetings(r, lang),
      activitiesSection(r, lang),
      agreements(r, lang),
      notes(r, lang),
    ],
  };
}


function names(ids: readonly string[], nameOf: (id: string) => string, lang: Lang, max = Infinity): string {
  const shown = ids.slice(0, max).map(nameOf);
  if (ids.length > max) shown.push(P.andMore(ids.length - max, lang));
  return shown.join(', ') || '–';
}

function targetText(t: ReportTarget, lang: Lang): { value: string; tone?: Tone } {
  if (t.target === null) return { value: rl('noTarget', lang) };
  return { value: `${rl('targetValue', lang)} ${t.target} · ${rl(t.met ? 'met' : 'notMet', lang)}`, tone: t.met ? 'ok' : 'bad' };
}

function overview(r: Report, lang: Lang): Section {
  const n = r.network;
  const ms = n.region.municipalities;
  const regionText = ms.length > 1 ? `${n.region.name} (${P.municipalitiesCount(ms.length, lang)}: ${ms.join(', ')})` : n.region.name;
  const facts: { label: string; value: string }[] = [
    { label: rl('network', lang), value: n.name },
    { label: rl('region', lang), value: regionText },
  ];
  if (n.founded) facts.push({ label: rl('founded', lang), value: formatDate(n.founded, lang) });
  facts.push(
    { label: rl('period', lang), value: periodText(r, lang) },
    { label: rl('asOf', lang), value: formatDate(r.today, lang) },
    { label: rl('youthOffices', lang), value: n.youth_offices.map((y) => y.name).join('; ') },
  );
  const cov = r.coverage;
  const requiredCovered = cov.required.filter((c) => cov.covered.includes(c)).length;
  const q = targetText(r.meetings.qualification_offers, lang);
  const tasksWithEvidence = r.tasks.filter((t) => t.status === 'belegt').length;
  const nm = targetText(r.meetings.network_meetings, lang);
  const blocks: Block[] = [
    { kind: 'subheading', text: rl('keyFigures', lang) },
    {
      kind: 'figures',
      items: [
        { label: rl('activePartners', lang), value: String(r.partners.active) },
        { label: rl('categoriesRequired', lang), value: P.signedOf(requiredCovered, cov.required.length, lang), tone: cov.missing.length === 0 ? 'ok' : 'bad' },
        { label: rl('meetingsHeld', lang), value: String(r.meetings.held), detail: P.plannedCancelled(r.meetings.planned, r.meetings.cancelled, lang) },
        { label: rl('participants', lang), value: String(r.meetings.participants) },
        { label: rl('qualificationOffers', lang), value: String(r.meetings.qualification_offers.held), detail: q.value, tone: q.tone },
        { label: rl('networkMeetings', lang), value: String(r.meetings.network_meetings.held), detail: nm.value, tone: nm.tone },
        { label: rl('attendingPartners', lang), value: P.attendingOf(r.participation.attending, r.participation.active, lang) },
        { label: rl('tasksWithEvidence', lang), value: P.signedOf(tasksWithEvidence, r.tasks.length, lang), tone: tasksWithEvidence === r.tasks.length ? 'ok' : 'warn' },
        { label: rl('notesCount', lang), value: String(noteCount(r)), tone: r.warnings.length === 0 ? 'ok' : 'warn' },
      ],
    },
    { kind: 'subheading', text: rl('network', lang) },
    { kind: 'facts', rows: facts },
    {
      kind: 'table',
      id: 'koordination',
      caption: rl('coordinators', lang),
      columns: [{ title: rl('name', lang), wrap: 24 }, { title: rl('function', lang), wrap: 30 }, { title: rl('organisation', lang), wrap: 34 }, { title: rl('contact', lang), wrap: 32 }],
      rows: n.coordinators.map((c) => [
        c.name === null ? { text: rl('nameNotPublished', lang), tone: 'muted' as const } : { text: c.name },
        { text: c.function ?? '–' },
        { text: c.partner_name },
        { text: [c.email, c.phone].filter(Boolean).join(', ') || '–' },
      ]),
    },
  ];
  if (n.mission_statement) blocks.push({ kind: 'subheading', text: rl('missionStatement', lang) }, { kind: 'paragraph', text: n.mission_statement.trim() });
  return { id: 'ueberblick', title: rl('overview', lang), blocks };
}

function partners(r: Report, lang: Lang): Section {
  const p = r.partners;
  const blocks: Block[] = [{ kind: 'paragraph', text: P.asOfNote(formatDate(r.period.to, lang), lang), note: true }];
  if (p.active === 0) blocks.push({ kind: 'paragraph', text: rl('noPartners', lang) });
  else {
    blocks.push({ kind: 'chart', chart: 'sectors' });
    blocks.push({
      kind: 'table',
      id: 'partner-sektoren',
      caption: rl('chartSectors', lang),
      columns: [{ title: rl('sector', lang), wrap: 30 }, { title: rl('count', lang), align: 'right' }, { title: rl('partner', lang), wrap: 60 }],
      rows: SECTORS.filter((s) => p.by_sector[s]).map((s) => [
        { text: label(SECTOR_LABELS, s, lang) },
        num(p.by_sector[s]!),
        { text: p.list.filter((x) => x.sector === s).map((x) => x.name).join(', ') },
      ]),
    });
  }
  for (const key of ['joined', 'left'] as const) {
    const list = p[key];
    if (list.length === 0) {
      blocks.push({ kind: 'paragraph', text: rl(key === 'joined' ? 'noneJoined' : 'noneLeft', lang) });
      continue;
    }
    blocks.push({
      kind: 'table',
      id: `partner-${key}`,
      caption: rl(key, lang),
      columns: [{ title: rl('date', lang) }, { title: rl('partner', lang), wrap: 50 }, { title: rl('sector', lang), wrap: 28 }],
      rows: list.map((x) => [{ text: formatDate(x.date, lang) }, { text: x.name }, { text: label(SECTOR_LABELS, x.sector, lang) }]),
    });
  }
  return { id: 'partner', title: rl('partners', lang), blocks };
}

function coverageSection(r: Report, lang: Lang): Section {
  const cov = r.coverage;
  const nameOf = (id: string) => r.partners.list.find((x) => x.id === id)?.name ?? id;
  const requiredCovered = cov.required.filter((c) => cov.covered.includes(c)).length;
  const summary =
    cov.missing.length === 0
      ? rl('allCovered', lang)
      : P.coverageSummary(requiredCovered, cov.required.length, cov.missing.map((c) => label(CATEGORY_LABELS, c, lang)).join(', '), lang);
  const status = (c: Report['coverage']['categories'][number]): Cell =>
    c.covered ? { text: rl('covered', lang), tone: 'ok' } : c.required ? { text: rl('missing', lang), tone: 'bad' } : { text: rl('notRequired', lang), tone: 'muted' };
  const withGaps = Object.values(cov.by_municipality).filter((m) => m.missing.length > 0).length;
  const gaps = isKreis(r) && withGaps > 0 ? ` ${P.municipalitiesWithGaps(withGaps, r.network.region.municipalities.length, lang)}` : '';
  const blocks: Block[] = [
    { kind: 'paragraph', text: summary + gaps },
    {
      kind: 'table',
      id: 'abdeckung',
      caption: rl('categories', lang),
      columns: [{ title: rl('number', lang), align: 'right' }, { title: rl('category', lang), wrap: 46 }, { title: rl('status', lang), nowrap: true }, { title: rl('coveredBy', lang), wrap: 46 }],
      rows: cov.categories.map((c, i) => [num(i + 1), { text: label(CATEGORY_LAW, c.id, lang) }, status(c), { text: names(c.partners, nameOf, lang, 4) }]),
    },
  ];
  if (isKreis(r)) {
    const ms = r.network.region.municipalities;
    blocks.push({ kind: 'chart', chart: 'matrix' });
    blocks.push({
      kind: 'table',
      id: 'matrix',
      caption: rl('matrix', lang),
      plainOnly: true,
      columns: [{ title: rl('municipality', lang) }, ...CATEGORIES.map((_, i) => ({ title: String(i + 1), align: 'center' as const }))],
      rows: ms.map((m) => [{ text: m }, ...CATEGORIES.map((c) => { const x = matrixMark(r, m, c); return { text: x.mark, tone: x.tone }; })]),
    });
    blocks.push({ kind: 'paragraph', text: P.matrixCaption(lang), note: true, plainOnly: true });
    blocks.push({
      kind: 'table',
      id: 'luecken',
      caption: rl('gapsByMunicipality', lang),
      columns: [{ title: rl('municipality', lang), wrap: 28 }, { title: rl('missingCategories', lang), wrap: 70 }],
      rows: ms.map((m) => {
        const missing = cov.by_municipality[m]!.missing;
        return [{ text: m }, missing.length === 0 ? { text: rl('noGaps', lang), tone: 'ok' as const } : { text: missing.map((c) => label(CATEGORY_LABELS, c, lang)).join(', '), tone: 'bad' as const }];
      }),
    });
  }
  return { id: 'abdeckung', title: rl('coverage', lang), blocks };
}

function meetings(r: Report, lang: Lang): Section {
  const m = r.meetings;
  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [
        { label: rl('meetings', lang), value: P.meetingsSummary(m.held, m.planned, m.cancelled, lang) },
        { label: rl('participants', lang), value: P.participantsSummary(m.participants, lang) },
      ],
    },
  ];
  const goal = (key: 'qualificationOffers' | 'networkMeetings', t: ReportTarget): Cell[] => [
    { text: rl(key, lang) },
    num(t.held),
    num(t.planned),
    { text: t.target === null ? '–' : r.period.targets_prorated ? `${t.target} (${P.perYear(t.target_per_year!, lang)})` : String(t.target) },
    t.met === null ? { text: rl('noTarget', lang), tone: 'muted' } : { text: rl(t.met ? 'met' : 'notMet', lang), tone: t.met ? 'ok' : 'bad' },
  ];
  blocks.push({
    kind: 'table',
    id: 'ziele',
    caption: rl('targets', lang),
    columns: [{ title: rl('goal', lang) }, { title: rl('held', lang), align: 'right' }, { title: rl('planned', lang), align: 'right' }, { title: rl('targetValue', lang), align: 'right' }, { title: rl('result', lang) }],
    rows: [goal('qualificationOffers', m.qualification_offers), goal('networkMeetings', m.network_meetings)],
  });
  if (r.period.targets_prorated) blocks.push({ kind: 'paragraph', text: P.prorated(r.period.days, lang), note: true });
  if (m.list.length === 0) {
    blocks.push({ kind: 'paragraph', text: rl('noMeetings', lang) });
    return { id: 'veranstaltungen', title: rl('meetings', lang), blocks };
  }
  blocks.push({
    kind: 'table',
    id: 'arten',
    caption: rl('byType', lang),
    columns: [{ title: rl('type', lang) }, { title: rl('held', lang), align: 'right' }, { title: rl('planned', lang), align: 'right' }, { title: rl('cancelled', lang), align: 'right' }],
    rows: MEETING_TYPES.filter((t) => m.by_type[t]).map((t) => {
      const x = m.by_type[t]!;
      return [{ text: label(MEETING_TYPE_LABELS, t, lang) }, num(x.held), num(x.planned), num(x.cancelled)];
    }),
  });
  const held = m.list.filter((x) => x.status === 'held');
  if (held.length === 0) blocks.push({ kind: 'paragraph', text: rl('noHeld', lang) });
  else {
    blocks.push({ kind: 'chart', chart: 'participants' });
    blocks.push({
      kind: 'table',
      id: 'stattgefunden',
      caption: rl('heldMeetings', lang),
      columns: [{ title: rl('date', lang) }, { title: rl('type', lang), wrap: 25 }, { title: rl('meetingTitle', lang), wrap: 50 }, { title: rl('organisations', lang), align: 'right' }, { title: rl('participants', lang), align: 'right' }],
      rows: held.map((x) => [{ text: formatDate(dayOf(x.start), lang) }, { text: label(MEETING_TYPE_LABELS, x.type, lang) }, { text: x.title }, num(x.organisations), num(x.participants!)]),
    });
  }
  const other = m.list.filter((x) => x.status !== 'held');
  if (other.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'geplant',
      caption: rl('otherMeetings', lang),
      columns: [{ title: rl('date', lang) }, { title: rl('type', lang), wrap: 25 }, { title: rl('meetingTitle', lang), wrap: 50 }, { title: rl('status', lang) }],
      rows: other.map((x) => [
        { text: formatDate(dayOf(x.start), lang) },
        { text: label(MEETING_TYPE_LABELS, x.type, lang) },
        { text: x.title },
        { text: label(MEETING_STATUS_LABELS, x.status, lang), tone: x.status === 'cancelled' ? 'muted' : undefined },
      ]),
    });
  }
  blocks.push(...evaluationBlocks(r, lang));
  return { id: 'veranstaltungen', title: rl('meetings', lang), blocks };
}

function agreements(r: Report, lang: Lang): Section {
  if (r.agreements.length === 0) return { id: 'vereinbarungen', title: rl('agreements', lang), blocks: [{ kind: 'paragraph', text: rl('noAgreements', lang) }] };
  const table: Block = {
    kind: 'table',
    id: 'vereinbarungen',
    caption: rl('agreements', lang),
    columns: [
      { title: rl('agreement', lang), wrap: 40 },
      { title: rl('type', lang), wrap: 24 },
      { title: rl('status', lang) },
      { title: rl('signed', lang) },
      { title: rl('pending', lang), wrap: 30 },
      { title: rl('review', lang) },
    ],
    rows: r.agreements.map((a) => [
      { text: a.title },
      { text: label(AGREEMENT_TYPE_LABELS, a.type, lang) },
      { text: label(AGREEMENT_STATUS_LABELS, a.status, lang), tone: a.status === 'in_force' ? 'ok' : hasEnded(a.status) ? 'muted' : 'warn' },
      { text: P.signedOf(a.signed, a.parties.length, lang), tone: a.pending.length > 0 ? 'warn' : undefined },
      { text: a.parties.filter((p) => p.signed === null).map((p) => p.name).join(', ') || '–' },
      reviewCell(a, lang),
    ]),
  };
  return { id: 'vereinbarungen', title: rl('agreements', lang), blocks: [table] };
}

/** Due exactly as the JSON's review_due says (review ≤ today, FORMAT.md); muted for an agreement that has ended. */
function reviewCell(a: Report['agreements'][number], lang: Lang): Cell {
  if (a.review === null) return { text: '–' };
  const due = a.review_due;
  return { text: `${formatDate(a.review, lang)}${due ? ` (${rl('reviewDue', lang)})` : ''}`, tone: due ? (hasEnded(a.status) ? 'muted' : 'warn') : undefined };
}

/** How many warnings the notes stand for: one each for the coordination, counted by kind for everyone else. */
const noteCount = (r: Report) => r.warnings.reduce((sum, w) => sum + (w.count ?? 1), 0);

function notes(r: Report, lang: Lang): Section {
  if (r.warnings.length === 0) return { id: 'hinweise', title: rl('notes', lang), blocks: [{ kind: 'paragraph', text: rl('noNotes', lang) }] };
  // Only the coordination's own report points into the files (report/notes.ts).
  const items = r.warnings.map((w) => (w.file === '' ? { text: w.message } : { text: w.message, detail: `${w.file}:${w.line}` }));
  const blocks: Block[] = [{ kind: 'list', items }];
  if (r.audience !== 'internal') blocks.push({ kind: 'paragraph', text: rl('notesCounted', lang), note: true });
  return { id: 'hinweise', title: rl('notes', lang), blocks };
}
