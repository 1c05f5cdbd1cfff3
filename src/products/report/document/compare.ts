// The section "Vergleich" (`report --compare`): the key figures of this period beside those of
// the other one, with the change; in HTML also as a chart of both periods.
import { formatDate } from '../../../i18n/format.js';
import { ACTIVITY_TYPE_LABELS, MEETING_TYPE_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import type { ActivityType, MeetingType } from '../../../model/vocabulary.js';
import type { Report } from '../../../report-data/types.js';
import { num, type Section } from './blocks.js';

/** A period as a column title: the year, or first and last day. */
export const periodLabel = (p: Report['period'], lang: Lang): string =>
  p.year !== null ? String(p.year) : `${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`;

/** +2, −1, ±0. */
const changeText = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** The name of a key figure of compare.figures. */
export function figureLabel(key: string, lang: Lang): string {
  const byType = /^(meetings|activities)\.by_type\.([a-z_]+)\./.exec(key);
  if (byType) {
    const what =
      byType[1] === 'meetings' ? label(MEETING_TYPE_LABELS, byType[2] as MeetingType, lang) : label(ACTIVITY_TYPE_LABELS, byType[2] as ActivityType, lang);
    return REPORT_WORDS[lang].ofWhich(what);
  }
  switch (key) {
    case 'partners.active':
      return REPORT_WORDS[lang].activePartners;
    case 'coverage.required_covered':
      return REPORT_WORDS[lang].categoriesRequired;
    case 'participation.attending':
      return REPORT_WORDS[lang].attendingPartners;
    case 'meetings.held':
      return REPORT_WORDS[lang].meetingsHeld;
    case 'meetings.participants':
      return REPORT_WORDS[lang].participants;
    case 'meetings.qualification_offers.held':
      return REPORT_WORDS[lang].qualificationOffers;
    case 'meetings.network_meetings.held':
      return REPORT_WORDS[lang].networkMeetings;
    case 'evaluations.forms':
      return REPORT_WORDS[lang].formsReturned;
    case 'activities.total':
      return REPORT_WORDS[lang].activitiesTotal;
    case 'tasks.belegt':
      return REPORT_WORDS[lang].tasksOf();
    default:
      return key;
  }
}

export function compareSection(r: Report, lang: Lang): Section | undefined {
  const c = r.compare;
  if (c === null) return undefined;
  const other = periodLabel(c.period, lang);
  return {
    id: 'vergleich',
    title: REPORT_WORDS[lang].compareWith(other),
    blocks: [
      {
        kind: 'paragraph',
        text: REPORT_WORDS[lang].comparedWith(
          `${other}${c.period.year !== null ? ` (${formatDate(c.period.from, lang)} – ${formatDate(c.period.to, lang)})` : ''}`,
        ),
      },
      { kind: 'chart', chart: 'compare' },
      {
        kind: 'table',
        id: 'vergleich',
        caption: REPORT_WORDS[lang].compareWith(other),
        columns: [
          { title: REPORT_WORDS[lang].figure, wrap: 44 },
          { title: periodLabel(r.period, lang), align: 'right', wrap: 12 },
          { title: other, align: 'right', wrap: 12 },
          { title: REPORT_WORDS[lang].change, align: 'right' },
        ],
        rows: c.figures.map((f) => [
          { text: figureLabel(f.key, lang) },
          num(f.current),
          num(f.other),
          { text: changeText(f.change), tone: f.change === 0 ? 'muted' : undefined },
        ]),
      },
    ],
  };
}
