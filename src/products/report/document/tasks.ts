// The section "Aufgaben nach § 9 LKiSchG NRW": one row per task of Abs. 2 Nr. 1–4 and Abs. 3
// Nr. 1–3 in the statute's words, and the public information work, each with the period's
// evidence in short and its status (report-data/tasks.ts decides what counts).
import { ACTIVITY_TYPE_LABELS, MEETING_TYPE_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import { TASK_LAW, TASK_NOTES, TASK_REF, TASK_RULE } from '../law.js';
import { ACTIVITY_TYPES, MEETING_TYPES } from '../../../model/vocabulary.js';
import type { Report, ReportTask } from '../../../report-data/types.js';
import type { Cell, Section } from './blocks.js';

/** At most this many titles or names in one cell; the rest as "and N more". */
const MAX = 3;

export function tasksSection(r: Report, lang: Lang): Section {
  const rows = [...r.tasks, r.public_information].map((task): Cell[] => [
    { text: TASK_REF[task.id][lang] },
    { text: TASK_LAW[task.id][lang] },
    { text: evidenceText(task, r, lang) },
    task.status === 'belegt' ? { text: REPORT_WORDS[lang].evidenced, tone: 'ok' } : { text: REPORT_WORDS[lang].noEvidence, tone: 'bad' },
  ]);
  return {
    id: 'aufgaben',
    title: REPORT_WORDS[lang].tasks,
    blocks: [
      { kind: 'paragraph', text: TASK_NOTES.intro[lang] },
      {
        kind: 'table',
        id: 'aufgaben',
        caption: REPORT_WORDS[lang].tasks,
        columns: [
          { title: REPORT_WORDS[lang].provision, wrap: 16 },
          { title: REPORT_WORDS[lang].task, wrap: 38 },
          { title: REPORT_WORDS[lang].evidence, wrap: 30 },
          { title: REPORT_WORDS[lang].status, nowrap: true },
        ],
        rows,
      },
      { kind: 'subheading', text: TASK_NOTES.whatCounts[lang] },
      { kind: 'list', items: [...r.tasks, r.public_information].map((task) => ({ text: `${TASK_REF[task.id][lang]}: ${TASK_RULE[task.id][lang]}` })) },
      { kind: 'paragraph', text: TASK_NOTES.source[lang], note: true },
    ],
  };
}

const shortList = (texts: string[], lang: Lang) =>
  [...texts.slice(0, MAX), ...(texts.length > MAX ? [REPORT_WORDS[lang].andMore(texts.length - MAX)] : [])].join('; ');

/** The evidence in a few words: meetings and activities counted by type, agreements and partners by name. */
function evidenceText(task: ReportTask, r: Report, lang: Lang): string {
  const parts: string[] = [];
  const meetingIds = new Set(task.items.filter((i) => i.kind === 'meeting').map((i) => i.id));
  const meetings = r.meetings.list.filter((m) => meetingIds.has(m.id));
  for (const type of MEETING_TYPES) {
    const n = meetings.filter((m) => m.type === type).length;
    if (n > 0) parts.push(`${label(MEETING_TYPE_LABELS, type, lang)}: ${n}`);
  }
  const activityIds = new Set(task.items.filter((i) => i.kind === 'activity').map((i) => i.id));
  const activities = r.activities.list.filter((a) => activityIds.has(a.id));
  for (const type of ACTIVITY_TYPES) {
    const ofType = activities.filter((a) => a.type === type);
    if (ofType.length === 0) continue;
    const sum = ofType.reduce((total, a) => total + (a.count ?? 0), 0);
    if (type === 'vertretung') parts.push(REPORT_WORDS[lang].representedIn(shortList([...new Set(ofType.map((a) => a.body!))], lang)));
    else parts.push(`${label(ACTIVITY_TYPE_LABELS, type, lang)}: ${ofType.length}${sum > 0 ? ` (${REPORT_WORDS[lang].countSum(sum, ofType.length)})` : ''}`);
  }
  const agreements = task.items.filter((i) => i.kind === 'agreement').map((i) => i.title!);
  if (agreements.length > 0) parts.push(REPORT_WORDS[lang].inForce(shortList(agreements, lang)));
  const categories = task.items.filter((i) => i.kind === 'category').length;
  if (categories > 0) parts.push(REPORT_WORDS[lang].categoriesAttended(categories));
  const partners = task.items.filter((i) => i.kind === 'partner').map((i) => i.title!);
  if (partners.length > 0) parts.push(REPORT_WORDS[lang].insofaAt(shortList(partners, lang)));
  if (parts.length === 0) parts.push(REPORT_WORDS[lang].nothingRecorded);
  if (task.threshold > 1) parts.push(REPORT_WORDS[lang].neededForEvidence(task.threshold));
  return parts.join('; ');
}
