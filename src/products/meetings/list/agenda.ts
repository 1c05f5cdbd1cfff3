// `netzwerk meetings`: the meetings of a period as a list, with who is invited, who came, and the
// validator's warnings that concern each meeting. Pure: model + warnings + options + today → data.
import type { Diagnostic } from '../../../diagnostics.js';
import { attendanceOf, type AttendanceFigures } from '../../../model/attendance.js';
import { dayOf } from '../../../model/dates.js';
import { invitedCounter } from '../../../model/invitations.js';
import type { IsoDate, LocalDateTime, Meeting, Model } from '../../../model/types.js';
import type { MeetingStatus, MeetingType, Sector } from '../../../model/vocabulary.js';

export interface AgendaOptions {
  from?: IsoDate;
  to?: IsoDate;
  /** Only meetings on or after today. */
  upcoming: boolean;
}

export interface AgendaItem {
  id: string;
  title: string;
  type: MeetingType;
  status: MeetingStatus;
  start: IsoDate | LocalDateTime;
  end: IsoDate | LocalDateTime | null;
  all_day: boolean;
  location: string | null;
  online: string | null;
  /** `all`: every partner (no `invited` in the data); otherwise the sectors and partners named. */
  invited: { all: boolean; sectors: Sector[]; partners: { id: string; name: string }[]; count: number };
  /** What `attendance` and `guests` say (for meetings held; zero otherwise). */
  attendance: AttendanceFigures;
  /** The validator's warnings about this meeting. */
  warnings: Diagnostic[];
}

export function agenda(model: Model, warnings: readonly Diagnostic[], options: AgendaOptions, today: IsoDate): AgendaItem[] {
  const from = options.upcoming && (options.from === undefined || options.from < today) ? today : options.from;
  // Counted and grouped once for the whole list, not once per meeting.
  const invitedCount = invitedCounter(model);
  const byFile = new Map<string, Diagnostic[]>();
  for (const w of warnings) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w]);
  const warningsOf = (file: string) => byFile.get(file) ?? [];
  return model.meetings
    .filter((m) => from === undefined || dayOf(m.end ?? m.start) >= from)
    .filter((m) => options.to === undefined || dayOf(m.start) <= options.to)
    .map((m) => item(model, m, warningsOf(m.origin.file), invitedCount));
}

function item(model: Model, m: Meeting, warnings: readonly Diagnostic[], invitedCount: (m: Meeting) => number): AgendaItem {
  const prefix = m.origin.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('');
  return {
    id: m.id,
    title: m.title,
    type: m.type,
    status: m.status,
    start: m.start,
    end: m.end ?? null,
    all_day: m.allDay,
    location: m.location ?? null,
    online: m.online ?? null,
    invited: {
      all: m.invited === undefined,
      sectors: [...(m.invited?.sectors ?? [])],
      partners: (m.invited?.partners ?? []).map((id) => ({ id, name: model.partnerById.get(id)?.name ?? id })),
      count: invitedCount(m),
    },
    attendance: attendanceOf(m),
    // A meeting's warnings stand at paths inside it: `[3].status`, `[3].invited.partners[1]` (or no prefix in a one-item file).
    warnings: warnings.filter((w) => w.file === m.origin.file && (prefix === '' || w.path === prefix || w.path.startsWith(`${prefix}.`))),
  };
}
