// What a list or an invitation says on stderr about the partners it does not reach (contacts,
// invite): every invited partner by name and reason, or the count of those left out and why.
import type { Reach } from '../model/reach.js';
import { t, type Code, type Params } from './catalogue.js';
import type { Lang } from './lang.js';

export type Note = (code: Code, params?: Params) => void;

/** `hidden`: the code that explains a partner with hidden contacts (contacts names its --audience). */
const reasonText = (lang: Lang, r: Reach['missed'][number]['reason'], hidden: Code = 'reach.reason.hidden') =>
  r.kind === 'hidden' ? t(lang, hidden, { audience: r.widest }) : t(lang, `reach.reason.${r.kind}`);

/**
 * An invitation list: every invited active partner it misses, by name and reason, then the counts.
 * `codes` replace the first line and the reason for partners with hidden contacts (invite speaks of
 * the invitation, not a list, and has no --audience to suggest).
 */
export function meetingNotes(result: Reach, meeting: string, lang: Lang, note: Note, codes: { all?: Code; head?: Code; hidden?: Code } = {}): void {
  if (result.missed.length === 0) {
    note(codes.all ?? 'reach.meeting-all', { wanted: result.wanted.length, meeting });
    return;
  }
  note(codes.head ?? 'reach.meeting-head', { reached: result.reached.length, wanted: result.wanted.length, meeting });
  for (const m of result.missed) note('reach.item', { partner: m.partner.name, reason: reasonText(lang, m.reason, codes.hidden) });
  note('reach.counts', { missed: result.missed.length, ...counts(result) });
}

/** Any other list: how many selected active partners it leaves out, why, and which. */
export function leftOutNote(result: Reach, lang: Lang, note: Note): void {
  if (result.missed.length === 0) return;
  const c = counts(result);
  const hiddenBy = new Map<string, number>();
  for (const m of result.missed) if (m.reason.kind === 'hidden') hiddenBy.set(m.reason.widest, (hiddenBy.get(m.reason.widest) ?? 0) + 1);
  const detail = [
    c.noContact ? t(lang, 'reach.left-out.no-contact', { count: c.noContact }) : '',
    ...[...hiddenBy].map(([audience, count]) => t(lang, 'reach.left-out.hidden', { count, audience })),
    c.noEmail ? t(lang, 'reach.left-out.no-email', { count: c.noEmail }) : '',
  ].filter(Boolean);
  note('reach.left-out', { missed: result.missed.length, wanted: result.wanted.length, detail: detail.join(', ') });
  note('reach.left-out.names', { names: result.missed.map((m) => m.partner.name).join(', ') });
}

function counts(result: Reach): { noContact: number; hidden: number; noEmail: number } {
  const of = (kind: string) => result.missed.filter((m) => m.reason.kind === kind).length;
  return { noContact: of('no-contact'), hidden: of('hidden'), noEmail: of('no-email') };
}
