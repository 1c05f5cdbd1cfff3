// The Wegweiser's Erklärung zur Barrierefreiheit (accessibility statement), after the EU's model
// (Implementing Decision (EU) 2018/1523) as § 10b BGG NRW asks for it: the compliance status, the
// content that is not accessible (from network.yaml, and the machine translations while they are
// unchecked), when and how it was assessed, the contact for feedback (network.yaml accessibility,
// else the coordination office), and the conciliation procedure of the NRW Ombudsstelle
// (§ 10d BGG NRW). Its words come from the page's translation file; the data stays German.
import { escapeHtml as e } from '../../formats/page.js';
import type { Directory } from './build-directory.js';
import { germanText, mailLink, phoneLink } from './html-parts.js';
import type { PageLocale } from './page-locale.js';

/** The conciliation body of North Rhine-Westphalia for accessible IT (§ 10d BGG NRW, §§ 9 ff. BITV NRW). */
export const OMBUDSSTELLE = {
  name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
  email: 'ombudsstelle-barrierefreie-it@mags.nrw.de',
  url: 'https://www.lbbp.nrw.de/ombudsstelle',
} as const;

/** Where feedback on barriers goes: network.yaml's accessibility, else the coordination office's contact the public may see. */
export function feedbackContact(d: Directory): { email?: string; phone?: string } {
  const a = d.accessibility;
  if (a?.feedback_email || a?.feedback_phone)
    return { ...(a.feedback_email ? { email: a.feedback_email } : {}), ...(a.feedback_phone ? { phone: a.feedback_phone } : {}) };
  const first = [...d.coordination.persons, ...d.coordination.offices].find((c) => c.email || c.phone);
  return first ? { ...(first.email ? { email: first.email } : {}), ...(first.phone ? { phone: first.phone } : {}) } : {};
}

export interface StatementOptions {
  /** Whether a page of this Wegweiser is machine translated and unchecked: then that is content that is not fully accessible. */
  machineTranslated: boolean;
  /** The page in Leichte Sprache and the Wegweiser itself. */
  easy: string;
  home?: string;
  /** The section's heading level: h1 on a page of its own, h2 behind the Wegweiser. */
  level: 1 | 2;
}

export function statementHtml(d: Directory, loc: PageLocale, o: StatementOptions): string {
  const t = loc.t;
  const de = germanText(loc);
  const a = d.accessibility;
  const h = (n: number, id: string, text: string) => `<h${n} id="${id}">${e(text)}</h${n}>`;
  const sub = o.level + 1;
  const contact = feedbackContact(d);
  const issues = [...(a?.issues ?? []).map(de), ...(o.machineTranslated ? [e(t.t('statement_machine'))] : [])];
  return [
    `<section id="barrierefreiheit" class="statement" aria-labelledby="barrierefreiheit-h">`,
    h(o.level, 'barrierefreiheit-h', t.t('statement_title')),
    `<p>${e(t.t('statement_intro', { network: '\u0000' })).replace('\u0000', de(d.network.name))}</p>`,
    h(sub, 'bf-status', t.t('statement_status_heading')),
    `<p>${e(t.t('statement_status', { status: a?.status ?? 'offen' }))}</p>`,
    h(sub, 'bf-inhalte', t.t('statement_issues_heading')),
    issues.length > 0 ? `<ul>\n${issues.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>` : `<p>${e(t.t('statement_issues_none'))}</p>`,
    h(sub, 'bf-erstellung', t.t('statement_preparation_heading')),
    `<p>${e(t.t('statement_prepared', { date: loc.date(d.today) }))}${a?.checked ? ` ${e(t.t('statement_checked', { method: a.method ?? 'offen', date: loc.date(a.checked) }))}` : ''}</p>`,
    h(sub, 'bf-feedback', t.t('statement_feedback_heading')),
    `<p>${e(t.t('statement_feedback'))}</p>`,
    contact.email || contact.phone
      ? `<dl class="contact">\n${[contact.email ? `<dt>${e(t.t('email'))}</dt><dd>${mailLink(contact.email)}</dd>` : '', contact.phone ? `<dt>${e(t.t('phone'))}</dt><dd>${phoneLink(contact.phone)}</dd>` : ''].filter(Boolean).join('\n')}\n</dl>`
      : `<p>${e(t.t('statement_feedback_coordination'))}</p>`,
    h(sub, 'bf-schlichtung', t.t('statement_enforcement_heading')),
    `<p>${e(t.t('statement_enforcement'))}</p>`,
    `<p>${de(OMBUDSSTELLE.name)}<br>${mailLink(OMBUDSSTELLE.email)}<br><a href="${e(OMBUDSSTELLE.url)}" dir="ltr">${e(OMBUDSSTELLE.url)}</a></p>`,
    `<p>${e(t.t('statement_easy'))} <a href="${e(o.easy)}" hreflang="de">${e(t.t('easy_link'))}</a></p>`,
    o.home ? `<p><a href="${e(o.home)}">${e(t.t('back_to_guide'))}</a></p>` : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
