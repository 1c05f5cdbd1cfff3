// The report's notes ("Hinweise") for its audience. The coordination (`internal`) gets every
// warning of the validator with its file and line, to fix it. Everyone else gets only the notes
// that qualify the report's figures for its readers (a category missing, attendance not
// recorded, an agreement to review), counted by kind, with the partners, agreements, meetings or
// categories concerned (Diagnostic.about), never a person's name and never a position in the
// files: a report goes to the committee and is often published. The coordination's to-dos (data
// to confirm, a past meeting still "planned", a file not found …) stay in the internal report.
import type { Diagnostic } from '../diagnostics.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Audience } from '../model/policy.js';
import type { ReportWarning } from './types.js';

/** Kinds with a counted sentence of their own (src/i18n/report-notes.ts); any other is counted as "further notes". */
const COUNTED_KINDS = [
  'contact-not-verified',
  'contact-review-due',
  'contact-unreachable',
  'contact-retention',
  'agreement-review-due',
  'agreement-party-left',
  'meeting-planned-past',
  'meeting-held-future',
  'meeting-held-no-attendance',
  'meeting-invites-departed',
  'fallkonferenz-details',
  'file-not-found',
  'category-missing',
  'evaluation-not-held',
  'evaluation-forms-over-participants',
  'activity-body-missing',
] as const;
type Counted = (typeof COUNTED_KINDS)[number] | 'other';
const COUNTED = new Set<string>(COUNTED_KINDS);

/** The kinds a report for the network or the public keeps: they say how far its figures go. */
const FOR_READERS = new Set<string>(['category-missing', 'meeting-held-no-attendance', 'agreement-review-due', 'agreement-party-left'] satisfies Counted[]);

/** At most this many names after a count; the rest as "and N more". */
const MAX_NAMES = 8;

export function reportNotes(warnings: readonly Diagnostic[], options: { audience: Audience; lang: Lang }): ReportWarning[] {
  if (options.audience === 'internal') {
    return warnings.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      path: d.path,
      code: d.code,
      message: d.message,
      severity: 'warning' as const,
    }));
  }
  // Kinds in the order they first occur (the warnings are sorted by file and line).
  const kinds = new Map<Counted, { count: number; about: string[] }>();
  for (const d of warnings) {
    if (!FOR_READERS.has(d.code)) continue;
    const code = COUNTED.has(d.code) ? (d.code as Counted) : 'other';
    const kind = kinds.get(code) ?? { count: 0, about: [] };
    kind.count++;
    if (code !== 'other' && d.about !== undefined && !kind.about.includes(d.about)) kind.about.push(d.about);
    kinds.set(code, kind);
  }
  return [...kinds].map(([code, { count, about }]) => {
    const more = about.length > MAX_NAMES ? ` ${t(options.lang, 'notes.and-more', { count: about.length - MAX_NAMES })}` : '';
    const message = t(options.lang, `notes.${code}` as const, { count, about: about.length > 0 ? about.slice(0, MAX_NAMES).join(', ') + more : undefined });
    return { file: '', line: 0, column: 0, path: '', code, message, severity: 'warning' as const, count, about };
  });
}
