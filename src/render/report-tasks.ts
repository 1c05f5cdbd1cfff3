// The section "Aufgaben nach § 9 LKiSchG NRW": one row per task of Abs. 2 Nr. 1–4 and Abs. 3
// Nr. 1–3 in the statute's words, and the public information work, each with the period's
// evidence in short and its status (report/tasks.ts decides what counts).
import { ACTIVITY_TYPE_LABELS, MEETING_TYPE_LABELS, label } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { REPORT_PHRASES as P, rl } from '../i18n/report-labels.js';
import { TASK_LAW, TASK_NOTES, TASK_REF, TASK_RULE } from '../i18n/report-tasks.js';
import { ACTIVITY_TYPES, MEETING_TYPES } from '../model/vocabulary.js';
import type { Report, ReportTask } from '../report/types.js';
import type { Cell, Section } from './report-blocks.js';

/** At most this many titles or names in one cell; the rest as "and N more". */
const MAX = 3;

export function tasksSection(r: Report, lang: Lang): Section {
  const rows = [...r.tasks, r.public_information].map((task): Cell[] => [
    { text: TASK_REF[task.id][lang] },
    { text: TASK_LAW[task.id][lang] },
    { text: evidenceText(task, r, lang) },
    task.status === 'belegt' ? { text: rl('evidenced', lang), tone: 'ok' } : { text: rl('noEvidence', lang), tone: 'bad' },
  ]);
  return {
    id: 'aufgaben',
    title: rl('tasks', lang),
    blocks: [
      { kind: 'paragraph', text: TASK_NOTES.intro[lang] },
      {
        kind: 'table',
        id: 'aufgaben',
        caption: rl('tasks', lang),
        columns: [{ title: rl('provision', lang), wrap: 16 }, { title: rl('task', lang), wrap: 38 }, { title: rl('evidence', lang), wrap: 30 }, { title: rl('status', lang), nowrap: true }],
        rows,
      },
      { kind: 'subheading', text: TASK_NOTES.whatCounts[lang] },
      { kind: 'list', items: [...r.tasks, r.public_information].map((task) => ({ text: `${TASK_REF[task.id][lang]}: ${TASK_RULE[task.id][lang]}` })) },
      { kind: 'paragraph', text: TASK_NOTES.source[lang], note: true },
    ],
  };
}

const shortList = (texts: string[], lang: Lang) => [...texts.slice(0, MAX), ...(texts.length > MAX ? [P.andMore(texts.length - MAX, lang)] : [])].join('; ');

/** The evidence in a few words: meetings and activities counted by type, agreements and partners by name. */
export function evidenceText(task: ReportTask, r: Report, lang: Lang): string {
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
    if (type === 'vertretung') parts.push(P.representedIn(shortList([...new Set(ofType.map((a) => a.body!))], lang), lang));
    else parts.push(`${label(ACTIVITY_TYPE_LABELS, type, lang)}: ${ofType.length}${sum > 0 ? ` (${P.countSum(sum, ofType.length, lang)})` : ''}`);
  }
  const agreements = task.items.filter((i) => i.kind === 'agreement').map((i) => i.title!);
  if (agreements.length > 0) parts.push(P.inForce(shortList(agreements, lang), lang));
  const categories = task.items.filter((i) => i.kind === 'category').length;
  if (categories > 0) parts.push(P.categoriesAttended(categories, lang));
  const partners = task.items.filter((i) => i.kind === 'partner').map((i) => i.title!);
  if (partners.length > 0) parts.push(P.insofaAt(shortList(partners, lang), lang));
  if (parts.length === 0) parts.push(rl('nothingRecorded', lang));
  if (task.threshold > 1) parts.push(P.neededForEvidence(task.threshold, lang));
  return parts.join('; ');
}
