// netzwerk attendance MEETING LIST.csv|LIST.xlsx [DIR] [--dry-run]: the sign-in list, typed up
// after the meeting, into the meeting's `attendance` and `guests`; a planned meeting whose day
// has come becomes `status: held`. Through the writing path (src/network/change.ts): comments
// kept, validated, atomic, the diff printed. Decisions (docs/meetings.md):
// - a row the program cannot take (an unknown institution, a near miss, a number that is none)
//   stops it: every such row is listed like validate's messages (list.csv:ROW:COLUMN), nothing
//   is written, exit 1 – a partly recorded meeting would be counted wrong without anyone noticing;
// - the list is the record of the meeting: it REPLACES attendance recorded before (in place where
//   an institution stays, its entry removed where it no longer appears), said before the diff;
// - guests: the list's "Gäste" row (or column) sets them; a list without one keeps them.
import { resolve } from 'node:path';
import type { Invocation } from '../../../cli/spec.js';
import { ATTENDANCE } from './spec.js';
import type { Context } from '../../../cli/context.js';
import { editNetwork } from '../../../network/change.js';
import { knownMeeting } from '../../../cli/option-values.js';
import type { Diagnostic } from '../../../diagnostics.js';
import { KEY_ORDER } from '../../../edit/order.js';
import type { Change } from '../../../edit/place.js';
import type { Edit } from '../../../edit/types.js';
import { InvalidDataError, UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { formatDate } from '../../../i18n/format.js';
import { planAttendance, type AttendancePlan } from './plan.js';
import { readTable } from '../../../load/table-file.js';
import { dayOf } from '../../../model/dates.js';
import type { Meeting } from '../../../model/types.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof ATTENDANCE>): Promise<number> {
  await editNetwork(ctx, args.dir, { dryRun: options.dryRun }, async (session) => {
    const { model } = session;
    const id = knownMeeting(model, args.meeting, { argument: true });
    const meeting = model.meetingById.get(id)!;
    const day = dayOf(meeting.start);
    if (meeting.status === 'cancelled') throw new UsageError('attendance.cancelled', { id });
    if (day > ctx.today) throw new UsageError('attendance.future', { id, date: formatDate(day, ctx.lang), today: formatDate(ctx.today, ctx.lang) });

    const file = args.list;
    const table = await readTable(resolve(ctx.io.cwd, file), file);
    const plan = planAttendance(table.rows, model);
    if (!plan) throw new UsageError('attendance.no-header', { file });
    if (plan.columns.index.persons === undefined && plan.columns.index.guests === undefined) throw new UsageError('attendance.no-count', { file });

    const how =
      table.encoding === 'XLSX'
        ? t(ctx.lang, 'import.how-xlsx', { sheet: table.sheet ?? '' })
        : t(ctx.lang, 'import.how-csv', { encoding: table.encoding, delimiter: table.delimiter === '\t' ? 'Tab' : table.delimiter });
    ctx.say('attendance.read', { file, rows: plan.rows, how });
    if (plan.problems.length > 0) throw new InvalidDataError(problems(plan, file, ctx), undefined, 'attendance.nothing-written');
    if (plan.entries.length === 0 && !plan.guests) throw new UsageError('attendance.empty', { file });

    const persons = plan.entries.reduce((n, e) => n + e.persons, 0);
    ctx.say('attendance.result', { meeting: id, persons, institutions: plan.entries.length, guests: plan.guests, without: plan.withoutNumber });
    for (const e of plan.entries) if (e.rows.length > 1) ctx.say('attendance.added-up', { partner: e.partner.name, rows: e.rows.join(', ') });
    if (plan.guests === undefined && meeting.guests > 0) ctx.say('attendance.guests-kept');
    const before = {
      persons: meeting.attendance.reduce((n, a) => n + a.persons, 0),
      institutions: new Set(meeting.attendance.map((a) => a.partner)).size,
      guests: meeting.guests,
    };
    const edits = attendanceEdits(meeting, plan);
    if ((before.persons > 0 || before.guests > 0) && edits.some((e) => e.op !== 'set' || !('status' in e.values))) ctx.say('attendance.replaces', before);
    if (meeting.status === 'planned') ctx.say('attendance.status-held');
    ctx.io.stdout.write('\n');
    const changes: Change[] = edits.length > 0 ? [{ file: meeting.origin.file, edits }] : [];
    return changes;
  });
  return 0;
}

/** The rows that cannot be taken, as diagnostics at their row and column of the list. */
function problems(plan: AttendancePlan, file: string, ctx: Context): Diagnostic[] {
  return plan.problems.map((p) => ({
    file: file.replace(/\\/g, '/'),
    line: p.row,
    column: p.column,
    path: '',
    code: p.code.replace('.', '-'),
    message: t(ctx.lang, p.code, p.params),
    severity: 'error',
  }));
}

/**
 * The edits of the meeting: status held, then each institution's number in place, new ones at
 * the end of the list, and entries the list no longer names removed (from the last, so that the
 * positions of the others stay right). Guests set when the list has them.
 */
export function attendanceEdits(meeting: Meeting, plan: AttendancePlan): Edit[] {
  const at = meeting.origin.path;
  const order = KEY_ORDER.meeting;
  const edits: Edit[] = [];
  if (meeting.status === 'planned') edits.push({ op: 'set', path: at, values: { status: 'held' }, order });
  const wanted = new Map(plan.entries.map((e) => [e.partner.id, e.persons]));
  if (meeting.attendance.length === 0) {
    if (wanted.size > 0)
      edits.push({ op: 'set', path: at, values: { attendance: plan.entries.map((e) => ({ partner: e.partner.id, persons: e.persons })) }, order });
  } else if (wanted.size === 0) {
    edits.push({ op: 'remove', path: [...at, 'attendance'] });
  } else {
    const kept = new Set<string>();
    const removed: number[] = [];
    meeting.attendance.forEach((a, i) => {
      const persons = wanted.get(a.partner);
      if (persons === undefined || kept.has(a.partner)) return void removed.push(i);
      kept.add(a.partner);
      if (a.persons !== persons) edits.push({ op: 'set', path: [...at, 'attendance', i], values: { persons }, order: ['partner', 'persons'] });
    });
    for (const e of plan.entries)
      if (!kept.has(e.partner.id)) edits.push({ op: 'append', path: [...at, 'attendance'], item: { partner: e.partner.id, persons: e.persons } });
    for (const i of removed.reverse()) edits.push({ op: 'remove', path: [...at, 'attendance', i] });
  }
  if (plan.guests !== undefined && plan.guests !== meeting.guests) edits.push({ op: 'set', path: at, values: { guests: plan.guests }, order });
  return edits;
}
