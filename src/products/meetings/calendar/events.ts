// The pure calendar stage: model + options + today → the events of the .ics file.
// Decisions a coordinator should know (docs/calendar.md says the same):
// - times become UTC instants (see timezone.ts); a meeting without `end` lasts DEFAULT_HOURS;
// - all-day events end on the day after the inclusive `end` (RFC 5545: DTEND is exclusive);
// - status: planned and held → CONFIRMED, cancelled → CANCELLED (kept, prefixed „Abgesagt:“,
//   not blocking time, no reminder); the data format has no "provisional" status, so TENTATIVE
//   is never written;
// - UID `<meeting id>@<network id>.netzwerk`, SEQUENCE = revision, DTSTAMP = --today 00:00 UTC.
import { CALENDAR_WORDS } from './words.js';
import type { Lang } from '../../../i18n/lang.js';
import { MEETING_TYPE_LABELS, SECTOR_LABELS, label } from '../../../i18n/labels.js';
import { addDays, dayOf } from '../../../model/dates.js';
import { isPublicMeeting, organizer } from '../../../model/policy.js';
import type { IsoDate, Meeting, Model } from '../../../model/types.js';
import type { Alarm, CalendarOptions } from './options.js';
import { zonedToUtc } from '../timezone.js';

/** Length of a timed meeting whose `end` is missing (or not after its start). */
const DEFAULT_HOURS = 2;

export type EventTime = { kind: 'date'; date: IsoDate } | { kind: 'utc'; instant: number };
type EventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  start: EventTime;
  end: EventTime;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  category: string;
  status: EventStatus;
  /** Reminder; never on cancelled events. */
  alarm?: Alarm;
}

export interface CalendarData {
  name: string;
  /** DTSTAMP of every event: `YYYYMMDDT000000Z` of --today. */
  stamp: string;
  organizer?: { name: string; email: string };
  events: CalendarEvent[];
}

export function calendarData(model: Model, options: CalendarOptions, today: IsoDate, lang: Lang): CalendarData {
  const meetings = selectMeetings(model, options);
  const data: CalendarData = {
    name: model.network.name,
    stamp: `${today.replace(/-/g, '')}T000000Z`,
    events: meetings.map((m) => toEvent(model, m, options, lang)),
  };
  const chosen = organizer(model, options.public ? 'public' : 'network', today);
  if (chosen?.email) data.organizer = { name: chosen.name, email: chosen.email };
  return data;
}

/** A meeting that the calendar shows: with --public, public meetings only (never a case conference). */
export const inCalendar = (m: Meeting, options: Pick<CalendarOptions, 'public'>) => !options.public || isPublicMeeting(m);

/** The meetings the options ask for, sorted by start, then id. */
function selectMeetings(model: Model, options: CalendarOptions): Meeting[] {
  if (options.meeting !== undefined) {
    const m = model.meetingById.get(options.meeting);
    return m && inCalendar(m, options) ? [m] : [];
  }
  return model.meetings
    .filter((m) => inCalendar(m, options))
    .filter((m) => options.types.length === 0 || options.types.includes(m.type))
    .filter((m) => options.from === undefined || dayOf(m.end ?? m.start) >= options.from)
    .filter((m) => options.to === undefined || dayOf(m.start) <= options.to)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function toEvent(model: Model, m: Meeting, options: CalendarOptions, lang: Lang): CalendarEvent {
  const cancelled = m.status === 'cancelled';
  const event: CalendarEvent = {
    uid: `${m.id}@${model.network.id}.netzwerk`,
    sequence: Math.min(m.revision, 2_147_483_647), // SEQUENCE is a 32-bit integer
    ...times(m, model.network.timezone),
    summary: cancelled ? `${CALENDAR_WORDS[lang].cancelled}: ${m.title}` : m.title,
    category: label(MEETING_TYPE_LABELS, m.type, lang),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
  const description = describe(model, m, options, lang);
  if (description) event.description = description;
  if (m.location) event.location = m.location;
  else if (m.online) event.location = 'Online';
  if (m.online) event.url = m.online;
  if (options.alarm && !cancelled) event.alarm = options.alarm;
  return event;
}

function times(m: Meeting, timeZone: string): { start: EventTime; end: EventTime } {
  if (m.allDay) {
    return { start: { kind: 'date', date: m.start }, end: { kind: 'date', date: addDays(m.end ?? m.start, 1) } };
  }
  const start = zonedToUtc(m.start, timeZone);
  const given = m.end === undefined ? undefined : zonedToUtc(m.end, timeZone);
  const end = given !== undefined && given > start ? given : start + DEFAULT_HOURS * 3_600_000;
  return { start: { kind: 'utc', instant: start }, end: { kind: 'utc', instant: end } };
}

/** The event's text: description, topics, online link, organisers; invitations only inside the network (never attendance). */
function describe(model: Model, m: Meeting, options: CalendarOptions, lang: Lang): string {
  const t = CALENDAR_WORDS[lang];
  const blocks: string[] = [];
  if (m.description?.trim()) blocks.push(m.description.trim());
  if (m.topics.length > 0) blocks.push([`${t.topics}:`, ...m.topics.map((topic) => `- ${topic}`)].join('\n'));
  const facts: string[] = [];
  if (m.online) facts.push(`${t.online}: ${m.online}`);
  const organizers = m.organizers.map((id) => model.partnerById.get(id)?.name ?? id);
  if (organizers.length > 0) facts.push(`${t.by}: ${organizers.join(', ')}`);
  const invited = options.public ? '' : invitedText(model, m, lang);
  if (invited) facts.push(`${t.invited}: ${invited}`);
  if (facts.length > 0) blocks.push(facts.join('\n'));
  return blocks.join('\n\n');
}

/** Who is invited, when the meeting says so (absent = all partners, not worth a line). */
function invitedText(model: Model, m: Meeting, lang: Lang): string {
  if (!m.invited) return '';
  const sectors = (m.invited.sectors ?? []).map((s) => label(SECTOR_LABELS, s, lang));
  const partners = (m.invited.partners ?? []).map((id) => model.partnerById.get(id)?.name ?? id);
  return [...sectors, ...partners].join(', ') || CALENDAR_WORDS[lang].all;
}
