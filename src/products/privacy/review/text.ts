// `netzwerk review` for the screen: who must confirm their data, whose data must go, by partner.
import type { Lang } from '../../../i18n/lang.js';
import { REVIEW_WORDS } from './words.js';
import { formatDate } from '../../../i18n/format.js';
import type { ReviewFindings, ReviewPerson, StalePerson } from './review.js';

export function renderReviewText(f: ReviewFindings, lang: Lang): string {
  const t = REVIEW_WORDS[lang];
  const date = (d: string) => formatDate(d, lang);
  const count = (groups: { persons: unknown[] }[]) => groups.reduce((n, g) => n + g.persons.length, 0);
  const out: string[] = [t.title(f.network.name, date(f.today)), ''];

  if (f.review.length === 0) out.push(t.reviewNone(f.reviewAfterMonths), '');
  else {
    out.push(t.reviewHead(t.persons(count(f.review)), t.partners(f.review.length)), t.reviewRule(f.reviewAfterMonths), '');
    for (const g of f.review) {
      out.push(g.partner.name);
      for (const p of g.persons) out.push(...person(p, reason(p, t, date), t));
      out.push('');
    }
  }

  if (f.deletion.length === 0) out.push(t.deleteNone, '');
  else {
    out.push(t.deleteHead(t.persons(count(f.deletion)), t.partners(f.deletion.length)), t.deleteRule(f.retentionMonths), '');
    for (const g of f.deletion) {
      out.push(`${g.partner.name} – ${t.left(date(g.left), date(g.deleteFrom))}`);
      for (const p of g.persons) out.push(...person(p, undefined, t));
      out.push('');
    }
  }
  if (f.institutions.length === 0) out.push(t.institutionsNone(f.reviewPartnersAfterMonths), '');
  else {
    out.push(t.institutionsHead(t.institutions(f.institutions.length)), t.institutionsRule(f.reviewPartnersAfterMonths), '');
    for (const i of f.institutions) {
      const why = [
        i.entry?.reason === 'never' ? t.entryNever : i.entry ? t.due(date(i.entry.verified!), date(i.entry.dueSince!)) : undefined,
        i.schutzkonzept?.reason === 'review' ? t.schutzkonzeptReview(date(i.schutzkonzept.review)) : i.schutzkonzept ? t.schutzkonzeptUnknown : undefined,
      ].filter((x) => x !== undefined);
      out.push(`  ${i.partner.name} – ${why.join('; ')}`);
    }
    out.push('', t.institutionsAfter, '');
  }
  if (f.review.length + f.deletion.length > 0) out.push(t.after);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

const reason = (p: StalePerson, t: (typeof REVIEW_WORDS)[Lang], date: (d: string) => string) =>
  p.reason === 'never' ? t.never : t.due(date(p.verified!), date(p.dueSince!));

function person(p: ReviewPerson, why: string | undefined, t: (typeof REVIEW_WORDS)[Lang]): string[] {
  const head = [p.name, p.kind === 'coordinator' ? `(${t.coordinator})` : '', p.function ? `– ${p.function}` : ''].filter((s) => s !== '').join(' ');
  const reach = [p.email, p.phone].filter((s) => s !== undefined).join(' · ');
  const lines = [`  ${head}`];
  if (reach) lines.push(`    ${reach}`);
  lines.push(`    ${why ? `${why} – ` : ''}${t.at(p.place.file, p.place.line)}`);
  return lines;
}
