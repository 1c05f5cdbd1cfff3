// What a figure of the report rests on: one meeting, activity, agreement, category or partner
// (the seven tasks' evidence and the Frühe-Hilfen conditions').
import type { IsoDate } from '../model/types.js';

/** One piece of evidence: a meeting, an activity, an agreement, a category or a partner. */
export interface ReportEvidence {
  kind: 'meeting' | 'activity' | 'agreement' | 'category' | 'partner';
  id: string;
  /** The meeting's, activity's or agreement's title, the partner's name; null for a category (its id says it). */
  title: string | null;
  /** The meeting's or activity's first day; null for the others. */
  date: IsoDate | null;
  /** An activity's `count`; null for the others. */
  count: number | null;
}
