// `netzwerk meetings` for the terminal: one table row per meeting (DIN 5008 dates), its warnings
// beside it in the status column. Within 100 columns: title, type and place share a column, with
// the meeting's id below them (for invite, sheet and attendance).
import { Chalk } from 'chalk';
import type { AgendaItem } from './agenda.js';
import { formatDate, formatDateWithWeekday } from '../../../i18n/format.js';
import { label, MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, SECTOR_LABELS } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { MEETINGS_WORDS } from './words.js';
import { table, type Cell, type Column } from '../../../formats/text-table.js';

export function renderMeetingsText(items: readonly AgendaItem[], options: { lang: Lang; color: boolean }): string {
  const { lang } = options;
  const w = MEETINGS_WORDS[lang];
  if (items.length === 0) return `${w.nothing}\n`;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const columns: Column[] = [
    { title: w.columns.date, wrap: 14 },
    { title: w.columns.meeting, wrap: 38 },
    { title: w.columns.status, wrap: 15 },
    { title: w.columns.invited, wrap: 16 },
    { title: w.columns.attendance, wrap: 13 },
  ];
  const rows: Cell[][] = items.map((m) => {
    const hints = m.warnings.map((d) => `⚠ ${w.hints[d.code] ?? w.otherHint}`);
    const place = m.location ?? (m.online ? w.online : undefined);
    return [
      { text: `${formatDateWithWeekday(m.start, lang)}\n${timeText(m, lang)}` },
      // The id last: what invite, sheet and attendance are given.
      { text: `${m.title}\n${[label(MEETING_TYPE_LABELS, m.type, lang), place].filter(Boolean).join(' · ')}`, whole: `${w.id}: ${m.id}` },
      {
        text: [label(MEETING_STATUS_LABELS, m.status, lang), ...hints].join('\n'),
        tone: hints.length > 0 ? 'warn' : m.status === 'cancelled' ? 'muted' : undefined,
      },
      { text: invitedText(m, lang) },
      { text: attendanceText(m, lang) },
    ];
  });
  return [...table(columns, rows, c), '', w.count(items.length)].join('\n') + '\n';
}

function timeText(m: AgendaItem, lang: Lang): string {
  const w = MEETINGS_WORDS[lang];
  const endDay = m.end?.slice(0, 10);
  if (m.all_day) return endDay && endDay !== m.start ? w.until(formatDate(endDay, lang)) : w.allDay;
  const start = m.start.slice(11, 16);
  if (!m.end) return start;
  return endDay === m.start.slice(0, 10) ? `${start}–${m.end.slice(11, 16)}` : `${start} ${w.until(formatDate(m.end, lang))}`;
}

/** All partners, or the sectors named (few words), or the number of partners named one by one. */
function invitedText(m: AgendaItem, lang: Lang): string {
  const w = MEETINGS_WORDS[lang];
  if (m.invited.all) return w.all(m.invited.count);
  const sectors = m.invited.sectors.map((s) => label(SECTOR_LABELS, s, lang));
  return sectors.length > 0 && m.invited.partners.length === 0 ? `${sectors.join(', ')} (${m.invited.count})` : w.partners(m.invited.count);
}

function attendanceText(m: AgendaItem, lang: Lang): string {
  const w = MEETINGS_WORDS[lang];
  const parts: string[] = [];
  if (m.attendance.persons > 0) parts.push(w.came(m.attendance.persons, m.attendance.organisations));
  if (m.attendance.guests > 0) parts.push(w.guests(m.attendance.guests));
  return parts.join('\n') || w.none;
}
