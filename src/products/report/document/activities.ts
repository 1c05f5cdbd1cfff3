// The coordination's work outside the meetings (activities.yaml) and the evaluation of the
// period's qualification offers: two parts of the report document.
import { formatDate, formatDecimal, formatPercent } from '../../../i18n/format.js';
import { ACTIVITY_TYPE_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import type { Report } from '../../../report-data/types.js';
import { num, type Block, type Section } from './blocks.js';

export function activitiesSection(r: Report, lang: Lang): Section {
  const a = r.activities;
  if (a.total === 0)
    return { id: 'taetigkeiten', title: REPORT_WORDS[lang].activities, blocks: [{ kind: 'paragraph', text: REPORT_WORDS[lang].noActivities }] };
  const when = (x: Report['activities']['list'][number]) =>
    x.date !== null ? formatDate(x.date, lang) : x.end !== null ? `${formatDate(x.start!, lang)} – ${formatDate(x.end, lang)}` : formatDate(x.start!, lang);
  return {
    id: 'taetigkeiten',
    title: REPORT_WORDS[lang].activities,
    blocks: [
      {
        kind: 'facts',
        rows: Object.entries(a.by_type).map(([type, x]) => ({
          label: label(ACTIVITY_TYPE_LABELS, type as keyof typeof ACTIVITY_TYPE_LABELS, lang),
          value: `${x.entries}${x.count > 0 ? ` (${REPORT_WORDS[lang].countSum(x.count, x.entries)})` : ''}`,
        })),
      },
      {
        kind: 'table',
        id: 'taetigkeiten',
        caption: REPORT_WORDS[lang].activities,
        columns: [
          { title: REPORT_WORDS[lang].date, wrap: 12 },
          { title: REPORT_WORDS[lang].type, wrap: 22 },
          { title: REPORT_WORDS[lang].meetingTitle, wrap: 44 },
          { title: REPORT_WORDS[lang].bodyOrCount, wrap: 30 },
        ],
        rows: a.list.map((x) => [
          { text: when(x) },
          { text: label(ACTIVITY_TYPE_LABELS, x.type, lang) },
          { text: x.title, data: true },
          { text: [x.body, x.count === null ? null : String(x.count)].filter((v) => v !== null).join(', ') || '–', data: true },
        ]),
      },
    ],
  };
}

/** The evaluation blocks inside the meetings section: forms against participants, mean per question. */
export function evaluationBlocks(r: Report, lang: Lang): Block[] {
  const e = r.evaluations;
  if (e.offers === 0) return [];
  const blocks: Block[] = [{ kind: 'subheading', text: REPORT_WORDS[lang].evaluations }];
  if (e.evaluated === 0) return [...blocks, { kind: 'paragraph', text: REPORT_WORDS[lang].noEvaluation(e.offers) }];
  blocks.push({
    kind: 'facts',
    rows: [
      { label: REPORT_WORDS[lang].evaluated, value: REPORT_WORDS[lang].evaluatedOf(e.evaluated, e.offers) },
      {
        label: REPORT_WORDS[lang].formsReturned,
        value: REPORT_WORDS[lang].formsOf(e.forms, e.participants, e.participants > 0 ? formatPercent(e.forms, e.participants, lang) : '–'),
      },
    ],
  });
  if (e.ratings.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'bewertungen',
      caption: REPORT_WORDS[lang].ratings,
      columns: [
        { title: REPORT_WORDS[lang].question, wrap: 54 },
        { title: REPORT_WORDS[lang].mean, align: 'right' },
        { title: REPORT_WORDS[lang].responses, align: 'right' },
        { title: REPORT_WORDS[lang].offers, align: 'right' },
      ],
      rows: e.ratings.map((q) => [{ text: q.question, data: true }, { text: formatDecimal(q.mean, lang) }, num(q.responses), num(q.offers)]),
    });
    blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].ratingsNote(), note: true });
  }
  return blocks;
}
