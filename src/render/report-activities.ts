// The coordination's work outside the meetings (activities.yaml) and the evaluation of the
// period's qualification offers: two parts of the report document.
import { formatDate, formatDecimal, formatPercent } from '../i18n/format.js';
import { ACTIVITY_TYPE_LABELS, label } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_PHRASES as P, rl } from '../i18n/report-labels.js';
import type { Report } from '../report/types.js';
import { num, type Block, type Section } from './report-blocks.js';

export function activitiesSection(r: Report, lang: Lang): Section {
  const a = r.activities;
  if (a.total === 0) return { id: 'taetigkeiten', title: rl('activities', lang), blocks: [{ kind: 'paragraph', text: rl('noActivities', lang) }] };
  const when = (x: Report['activities']['list'][number]) =>
    x.date !== null ? formatDate(x.date, lang) : x.end !== null ? `${formatDate(x.start!, lang)} – ${formatDate(x.end, lang)}` : formatDate(x.start!, lang);
  return {
    id: 'taetigkeiten',
    title: rl('activities', lang),
    blocks: [
      {
        kind: 'facts',
        rows: Object.entries(a.by_type).map(([type, x]) => ({
          label: label(ACTIVITY_TYPE_LABELS, type as keyof typeof ACTIVITY_TYPE_LABELS, lang),
          value: `${x.entries}${x.count > 0 ? ` (${P.countSum(x.count, x.entries, lang)})` : ''}`,
        })),
      },
      {
        kind: 'table',
        id: 'taetigkeiten',
        caption: rl('activities', lang),
        columns: [{ title: rl('date', lang), wrap: 12 }, { title: rl('type', lang), wrap: 22 }, { title: rl('meetingTitle', lang), wrap: 44 }, { title: rl('bodyOrCount', lang), wrap: 30 }],
        rows: a.list.map((x) => [
          { text: when(x) },
          { text: label(ACTIVITY_TYPE_LABELS, x.type, lang) },
          { text: x.title },
          { text: [x.body, x.count === null ? null : String(x.count)].filter((v) => v !== null).join(', ') || '–' },
        ]),
      },
    ],
  };
}

/** The evaluation blocks inside the meetings section: forms against participants, mean per question. */
export function evaluationBlocks(r: Report, lang: Lang): Block[] {
  const e = r.evaluations;
  if (e.offers === 0) return [];
  const blocks: Block[] = [{ kind: 'subheading', text: rl('evaluations', lang) }];
  if (e.evaluated === 0) return [...blocks, { kind: 'paragraph', text: P.noEvaluation(e.offers, lang) }];
  blocks.push({
    kind: 'facts',
    rows: [
      { label: rl('evaluated', lang), value: P.evaluatedOf(e.evaluated, e.offers, lang) },
      { label: rl('formsReturned', lang), value: P.formsOf(e.forms, e.participants, e.participants > 0 ? formatPercent(e.forms, e.participants, lang) : '–', lang) },
    ],
  });
  if (e.ratings.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'bewertungen',
      caption: rl('ratings', lang),
      columns: [{ title: rl('question', lang), wrap: 54 }, { title: rl('mean', lang), align: 'right' }, { title: rl('responses', lang), align: 'right' }, { title: rl('offers', lang), align: 'right' }],
      rows: e.ratings.map((q) => [{ text: q.question }, { text: formatDecimal(q.mean, lang) }, num(q.responses), num(q.offers)]),
    });
    blocks.push({ kind: 'paragraph', text: P.ratingsNote(lang), note: true });
  }
  return blocks;
}
