// What a family gets at an institution, on its card in the Wegweiser: each offer with its title
// and description (in the page's language when the partner's file has a translation, else in
// German, marked so), for whom, which ages, the languages, cost, whether anonymous, the hours,
// what is accessible, where it takes place and its web page. Also the two facts the filter reads
// from a card: the languages spoken and the age ranges.
import { escapeHtml as e } from '../../formats/page.js';
import type { Translated } from '../../model/types.js';
import type { DirectoryEntry, DirectoryOffer } from './build-directory.js';
import { germanText, languageList, link, wordList, type Ctx } from './html-parts.js';
import type { PageLocale } from './page-locale.js';

/** The youngest and the oldest age the filter knows: an open range reaches to them. */
const OLDEST = 99;

/** The translation of a field for the page's language, if the data has one (never on the German page). */
export function localText<F extends string>(loc: PageLocale, translations: Readonly<Record<string, Translated<F>>>, field: F): string | undefined {
  if (loc.tag === 'de') return undefined;
  const own = translations[loc.tag.split('-')[0]!];
  return own?.[field];
}

/** The languages spoken at the institution or in any of its offers, by code. */
export const offerLanguages = (entry: DirectoryEntry): string[] => [...new Set([...entry.languages, ...entry.offers.flatMap((o) => o.languages)])].sort();

/** The age ranges of the institution's offers, [from, to] with the open ends filled. */
export const offerRanges = (entry: DirectoryEntry): [number, number][] =>
  entry.offers.flatMap((o) =>
    o.ages && (o.ages.from !== undefined || o.ages.to !== undefined) ? [[o.ages.from ?? 0, o.ages.to ?? OLDEST] as [number, number]] : [],
  );

export function offersHtml(ctx: Ctx, entry: DirectoryEntry, id: string): string {
  if (entry.offers.length === 0) return '';
  const labelId = `${id}-offers`;
  return [
    `<p class="persons-label" id="${labelId}">${e(ctx.loc.t.t('offers'))}</p>`,
    `<ul class="offers" aria-labelledby="${labelId}">`,
    ...entry.offers.map((offer) => offerItem(ctx, offer)),
    '</ul>',
  ].join('\n');
}

function offerItem({ loc }: Ctx, offer: DirectoryOffer): string {
  const t = loc.t;
  const de = germanText(loc);
  /** A free-text field: translated, or German marked as German. */
  const text = (field: 'title' | 'description' | 'hours', value: string | undefined) => {
    if (value === undefined) return '';
    const local = localText(loc, offer.translations, field);
    return local === undefined ? de(value) : e(local);
  };
  const facts: [string, string][] = [];
  if (offer.for.length > 0)
    facts.push([
      t.t('offer_for'),
      e(
        wordList(
          loc,
          offer.for.map((f) => t.t(`for_${f}`)),
        ),
      ),
    ]);
  if (offer.ages && (offer.ages.from !== undefined || offer.ages.to !== undefined)) {
    const { from, to } = offer.ages;
    const words =
      from !== undefined && to !== undefined ? t.t('ages_range', { from, to }) : from !== undefined ? t.t('ages_from', { from }) : t.t('ages_to', { to: to! });
    facts.push([t.t('ages'), e(words)]);
  }
  if (offer.languages.length > 0) facts.push([t.t('languages'), e(languageList(loc, offer.languages))]);
  if (offer.cost) facts.push([t.t('cost'), e(t.t(`cost_${offer.cost}`))]);
  if (offer.hours) facts.push([t.t('hours'), text('hours', offer.hours)]);
  if (offer.accessibility.length > 0)
    facts.push([
      t.t('accessibility'),
      e(
        wordList(
          loc,
          offer.accessibility.map((a) => t.t(`access_${a}`)),
        ),
      ),
    ]);
  if (offer.municipalities) facts.push([t.t('offer_municipalities'), offer.municipalities.map(de).join(t.t('list_separator'))]);
  if (offer.url) facts.push([t.t('more'), link(offer.url)]);
  return [
    '<li>',
    `<p class="offer-title">${text('title', offer.title)}</p>`,
    offer.description ? `<p class="offer-text">${text('description', offer.description).replace(/\n/g, '<br>')}</p>` : '',
    offer.anonymous ? `<p class="offer-text">${e(t.t('anonymous'))}</p>` : '',
    facts.length > 0 ? `<dl class="contact">\n${facts.map(([term, html]) => `<dt>${e(term)}</dt><dd>${html}</dd>`).join('\n')}\n</dl>` : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}
