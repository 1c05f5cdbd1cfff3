// The Wegweiser explained in Leichte Sprache (easy-to-read German), as BGG NRW and BITV NRW ask of
// a public body's start page: what the Wegweiser is, what is in it, how to find help, what to do
// in danger, the hard words explained, the gist of the accessibility statement with the feedback
// contact and the Ombudsstelle, the video in German Sign Language when network.yaml names one, and
// the other languages. Short sentences, one statement a line (translations/de-x-ls.arb). The
// language tag is `de-x-ls`: German, with the private-use subtag "ls" (the IANA registry has no
// subtag for Leichte Sprache), so that screen readers speak it as German.
import { escapeHtml as e } from '../../formats/page.js';
import type { TranslationFile } from '../../load/translations.js';
import type { Directory } from './build-directory.js';
import { mailLink, phoneLink } from './html-parts.js';
import type { PageLinks } from './html.js';
import { pageLocale } from './page-locale.js';
import { feedbackContact, OMBUDSSTELLE } from './statement.js';

export interface EasyOptions {
  links: PageLinks;
  /** The Wegweiser in German (the first page). */
  home: string;
  level: 1 | 2;
}

export function easyLanguageHtml(d: Directory, file: TranslationFile, o: EasyOptions): string {
  const loc = pageLocale(file);
  const t = (key: string, params?: Record<string, string>) => loc.t.t(key, params);
  const lines = (text: string) => text.split('\n').map((line) => `<p>${e(line)}</p>`);
  const sub = o.level + 1;
  const h = (n: number, id: string, text: string) => `<h${n} id="${id}">${e(text)}</h${n}>`;
  const contact = feedbackContact(d);
  const part = (id: string, heading: string, ...content: string[]) => [`<section aria-labelledby="${id}">`, h(sub, id, heading), ...content, '</section>'];
  const words = ['jugendamt', 'beratung', 'anonym', 'barrierefrei'];
  return [
    `<section id="leichte-sprache" class="easy" lang="${file.locale}" aria-labelledby="leichte-sprache-h">`,
    h(o.level, 'leichte-sprache-h', t('ls_title')),
    ...(file.unchecked.length > 0 ? [`<div class="machine-note">${lines(t('ls_unchecked')).join('\n')}</div>`] : []),
    ...part('ls-was', t('ls_what_heading'), ...lines(t('ls_what', { network: d.network.name }))),
    ...part('ls-netzwerk', t('ls_network_heading'), ...lines(t('ls_network'))),
    ...part('ls-inhalt', t('ls_find_heading'), ...lines(t('ls_find'))),
    ...part('ls-so', t('ls_how_heading'), ...lines(t('ls_how')), `<p><a href="${e(o.home)}">${e(t('ls_back'))}</a></p>`),
    ...part(
      'ls-gefahr',
      t('ls_danger_heading'),
      ...lines(t('ls_danger')),
      `<p>${e(t('ls_police'))} <a href="tel:110">110</a></p>`,
      `<p>${e(t('ls_rescue'))} <a href="tel:112">112</a></p>`,
    ),
    ...part(
      'ls-woerter',
      t('ls_words_heading'),
      '<dl class="words">',
      ...words.map((w) => `<dt>${e(t(`ls_word_${w}`))}</dt><dd>${lines(t(`ls_word_${w}_text`)).join('')}</dd>`),
      '</dl>',
    ),
    ...part(
      'ls-barrierefrei',
      t('ls_access_heading'),
      ...lines(t('ls_access', { status: d.accessibility?.status ?? 'offen' })),
      ...lines(t('ls_access_more')),
      `<p><a href="${e(o.links.statement)}">${e(loc.t.t('statement_link'))}</a></p>`,
    ),
    ...part(
      'ls-melden',
      t('ls_feedback_heading'),
      ...lines(t('ls_feedback')),
      ...(contact.email ? [`<p>${e(t('ls_email'))} ${mailLink(contact.email)}</p>`] : []),
      ...(contact.phone ? [`<p>${e(t('ls_phone'))} ${phoneLink(contact.phone)}</p>`] : []),
      ...lines(t('ls_ombuds')),
      `<p><a href="${e(OMBUDSSTELLE.url)}">${e(OMBUDSSTELLE.name)}</a></p>`,
    ),
    ...(d.accessibility?.dgs_video
      ? part('ls-gebaerden', t('ls_sign_heading'), ...lines(t('ls_sign')), `<p><a href="${e(d.accessibility.dgs_video)}">${e(t('ls_sign_link'))}</a></p>`)
      : []),
    ...(o.links.alternates.length > 1
      ? part(
          'ls-sprachen',
          t('ls_languages'),
          '<ul class="inline">',
          ...o.links.alternates.map((a) => `<li><a href="${e(a.href)}" hreflang="${e(a.tag)}" lang="${e(a.tag)}" dir="${a.dir}">${e(a.name)}</a></li>`),
          '</ul>',
        )
      : []),
    '</section>',
  ].join('\n');
}
