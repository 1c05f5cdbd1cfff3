// The directory as one self-contained HTML page on the shared page layer (page.ts): for the
// network (partners by sector) or the public (the Wegweiser: institutions by theme, in plain
// words, with the emergency numbers). Every institution as a card with whom it serves, its
// address, its general phone, e-mail and web site, what a family gets there (offers-html.ts),
// the languages spoken and the persons the audience may see; then the municipalities, the
// languages, the InsoFa directory, the upcoming public events and the coordination. The public
// page speaks the language of its translation file (page-locale.ts), right to left for Arabic;
// German proper names and German text without a translation keep lang="de" (WCAG 3.1.2), and
// numbers, phone numbers and addresses run left to right. Every public page starts with its
// languages, the page in Leichte Sprache and the video in sign language, and ends with the
// accessibility statement (site.ts puts them in one folder, or behind this page as sections).
// Without JavaScript the table of contents leads to each theme, municipality and language; with
// it, a small inline filter (script.ts) narrows the cards down. Nothing is loaded from anywhere.
import type { CoordinationPerson, Directory, DirectoryEntry, DirectoryEvent, DirectoryPerson } from './build-directory.js';
import { directoryWords, eventTypeLabel, publicSectorLabel, themeText, themeTitle, type DirectoryWords } from './words.js';
import { INSOFA_FIELD_LABELS, label, SECTOR_LABELS } from '../../i18n/labels.js';
import { dayOf } from '../../model/dates.js';
import type { Theme } from './themes.js';
import type { Sector } from '../../model/vocabulary.js';
import { DIRECTORY_SCRIPT } from './script.js';
import { DIRECTORY_CSS } from './style.js';
import { escapeHtml as e, renderPage } from '../../formats/page.js';
import type { PageLocale } from './page-locale.js';
import { localText, offersHtml, offerRanges, offerLanguages } from './offers-html.js';
import { germanText, languageList, link, mailLink, phoneLink, type Ctx } from './html-parts.js';
import { jsonLd } from './json-ld.js';

/** Where the page's companions are: the same page in other languages, the Leichte Sprache, the accessibility statement. */
export interface PageLinks {
  /** Every language of this Wegweiser, this page's among them (the switcher and hreflang); one = no switcher. */
  alternates: readonly { tag: string; name: string; dir: 'ltr' | 'rtl'; href: string }[];
  /** The page in Leichte Sprache and the accessibility statement: files beside this one, or sections of it (`#…`). */
  easy: string;
  statement: string;
}

export interface DirectoryHtmlOptions {
  locale: PageLocale;
  /** The public Wegweiser's companions (absent for the partner directory). */
  links?: PageLinks;
  /** Sections put behind the page's own (the statement and the Leichte Sprache of a single file). */
  appendix?: readonly string[];
}

export function renderDirectoryHtml(d: Directory, options: DirectoryHtmlOptions): string {
  const { locale: loc, links } = options;
  const w = directoryWords(loc.t, loc.lang);
  const ctx: Ctx = { d, loc, w, slug: new Map(d.towns.map((t) => [t.name, t.slug])) };
  const title = w.title[d.audience];
  const body = [
    header(ctx, links),
    '<main>',
    filterForm(ctx),
    groups(ctx),
    towns(ctx),
    languages(ctx),
    insofa(ctx),
    events(ctx),
    coordination(ctx),
    ...(options.appendix ?? []),
    '</main>',
    footer(ctx, links),
  ]
    .filter(Boolean)
    .join('\n');
  const alternates = links && links.alternates.length > 1 ? links.alternates : [];
  return renderPage({
    lang: loc.tag,
    dir: loc.dir,
    title: `${title}: ${d.network.name} (${w.asOf} ${loc.date(d.today)})`,
    description: `${title} – ${d.network.name}: ${d.audience === 'public' ? w.subtitle.public(d.network.region) : w.subtitle.network(d.network.region)}`,
    head: [
      ...alternates.map((a) => `<link rel="alternate" hreflang="${e(a.tag)}" href="${e(a.href)}">`),
      ...(alternates.length > 0 ? [`<link rel="alternate" hreflang="x-default" href="${e(alternates[0]!.href)}">`] : []),
      ...(d.audience === 'public' ? [jsonLd(d)] : []),
    ],
    css: DIRECTORY_CSS,
    body,
    script: DIRECTORY_SCRIPT,
  });
}

/**
 * The start of every public page: the languages (each by its own name, in its own language and
 * direction), the page in Leichte Sprache and, when network.yaml has one, the video in German
 * Sign Language; and, on a page no native speaker has checked yet, that it is machine translated.
 */
export function accessBar(d: Directory, loc: PageLocale, links: PageLinks, current: string): string {
  const t = loc.t;
  const items = [
    ...(links.alternates.length > 1
      ? links.alternates.map((a) =>
          a.tag === current
            ? `<li><a href="${e(a.href)}" lang="${e(a.tag)}" dir="${a.dir}" aria-current="page">${e(a.name)}</a></li>`
            : `<li><a href="${e(a.href)}" hreflang="${e(a.tag)}" lang="${e(a.tag)}" dir="${a.dir}">${e(a.name)}</a></li>`,
        )
      : []),
    `<li><a href="${e(links.easy)}" hreflang="de">${e(t.t('easy_link'))}</a></li>`,
    ...(d.accessibility?.dgs_video ? [`<li><a href="${e(d.accessibility.dgs_video)}" hreflang="de">${e(t.t('sign_link'))}</a></li>`] : []),
  ];
  return [
    `<nav class="access" aria-label="${e(t.t('languages_nav'))}">`,
    '<ul class="inline">',
    ...items,
    '</ul>',
    '</nav>',
    ...(loc.file.unchecked.length > 0 ? [`<p class="machine-note">${e(t.t('machine_note'))}</p>`] : []),
  ].join('\n');
}

// ---- parts of the page

function header(ctx: Ctx, links: PageLinks | undefined): string {
  const { d, loc, w } = ctx;
  const de = germanText(loc);
  const groupLabel = d.audience === 'public' ? w.byTheme : w.bySector;
  return [
    '<header class="cover">',
    links ? accessBar(d, loc, links, loc.tag) : '',
    `<p class="kicker">${e(w.title[d.audience])}</p>`,
    `<h1>${de(d.network.name)}</h1>`,
    `<p class="subtitle">${d.audience === 'public' ? e(w.subtitle.public('\u0000')).replace('\u0000', de(d.network.region)) : e(w.subtitle.network(d.network.region))}</p>`,
    `<p class="as-of">${e(w.asOf)} ${e(loc.date(d.today))}</p>`,
    d.audience === 'public'
      ? `<p class="emergency"><strong>${e(w.emergency)}</strong> ${e(w.police)} <a href="tel:110">110</a> · ${e(w.rescue)} <a href="tel:112">112</a></p>`
      : '',
    '<nav class="toc" aria-labelledby="toc-h">',
    `<h2 id="toc-h">${e(w.contents)}</h2>`,
    '<ul class="inline">',
    ...sections(d, w, loc).map(([id, text]) => `<li><a href="#${id}">${e(text)}</a></li>`),
    '</ul>',
    `<h3>${e(groupLabel)}</h3>`,
    '<ul class="inline">',
    ...d.groups.map((g) => `<li><a href="#gruppe-${g.key}">${e(groupTitle(ctx, g.key))}</a> <span class="count-hint">(${g.entries.length})</span></li>`),
    '</ul>',
    ...(byTown(d)
      ? [
          `<h3>${e(w.byMunicipality)}</h3>`,
          '<ul class="inline">',
          ...d.towns.map((t) => `<li><a href="#kommune-${t.slug}">${de(t.name)}</a></li>`),
          `<li><a href="#ganze-region">${e(w.wholeRegionHeading)}</a></li>`,
          '</ul>',
        ]
      : []),
    '</nav>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The page's sections in order, for the table of contents. */
function sections(d: Directory, w: DirectoryWords, loc: PageLocale): [string, string][] {
  return [
    ['einrichtungen', w.institutions[d.audience]],
    ...(byTown(d) ? [['kommunen', w.byMunicipality] as [string, string]] : []),
    ...(byLanguage(d) ? [['sprachen', loc.t.t('by_language')] as [string, string]] : []),
    ['insofa', w.insofaHeading],
    ['termine', w.eventsHeading[d.audience]],
    ['koordination', w.coordinationHeading],
  ];
}

/** Hidden until the script shows it: without JavaScript the lists could not do anything. */
function filterForm(ctx: Ctx): string {
  const { d, loc, w } = ctx;
  const f = w.filter;
  const t = loc.t;
  const byTheme = d.audience === 'public';
  const ages = byTheme && d.entries.some((entry) => offerRanges(entry).length > 0);
  return [
    `<form id="filter" class="filter" role="search" aria-label="${e(f.label)}" hidden>`,
    ...(byTown(ctx.d)
      ? [
          `<div class="field"><label for="filter-m">${e(f.municipality)}</label><select id="filter-m">`,
          `<option value="">${e(f.allMunicipalities)}</option>`,
          ...d.towns.map((town) => `<option value="${town.slug}">${e(town.name)}</option>`),
          '</select></div>',
        ]
      : []),
    `<div class="field"><label for="filter-t">${e(byTheme ? f.theme : f.sector)}</label><select id="filter-t">`,
    `<option value="">${e(byTheme ? f.allThemes : f.allSectors)}</option>`,
    ...d.groups.map((g) => `<option value="${g.key}">${e(groupTitle(ctx, g.key))}</option>`),
    '</select></div>',
    ...(byTheme && d.languages.length > 0
      ? [
          `<div class="field"><label for="filter-l">${e(t.t('filter_language'))}</label><select id="filter-l">`,
          `<option value="">${e(t.t('filter_all_languages'))}</option>`,
          ...d.languages.map((code) => `<option value="${e(code)}">${e(loc.languageName(code))}</option>`),
          '</select></div>',
        ]
      : []),
    ...(ages
      ? [
          `<div class="field"><label for="filter-a">${e(t.t('filter_age'))}</label><input id="filter-a" type="number" min="0" max="99" step="1" inputmode="numeric"></div>`,
        ]
      : []),
    `<p id="filter-count" class="count" role="status" data-none="${e(f.none)}"${pluralAttributes(loc)}></p>`,
    '</form>',
  ].join('\n');
}

/**
 * The filter's count in every plural form of the page's language (Intl.PluralRules), with `#`
 * where the number goes: data-p-one="# Einrichtung passt …", data-p-other="# Einrichtungen …".
 * The script picks the form with the browser's Intl.PluralRules for the page's language.
 */
function pluralAttributes(loc: PageLocale): string {
  const rules = new Intl.PluralRules(loc.tag.split('-x-')[0]);
  const categories = rules.resolvedOptions().pluralCategories;
  // In CLDR's order; a form no whole number takes (Russian "other" is for fractions) is left out.
  return ['zero', 'one', 'two', 'few', 'many', 'other']
    .filter((category) => (categories as string[]).includes(category))
    .map((category) => {
      let n = 0;
      while (n < 200 && rules.select(n) !== category) n++;
      if (n === 200) return '';
      const text = loc.t.t('filter_count', { count: n });
      return ` data-p-${category}="${e(text.replace(String(n), '#'))}"`;
    })
    .join('');
}

function groups(ctx: Ctx): string {
  const { d, loc, w } = ctx;
  const out = [`<section id="einrichtungen" aria-labelledby="einrichtungen-h">`, `<h2 id="einrichtungen-h">${e(w.institutions[d.audience])}</h2>`];
  for (const g of d.groups) {
    out.push(
      `<section class="group" id="gruppe-${g.key}" aria-labelledby="gruppe-${g.key}-h">`,
      `<h3 id="gruppe-${g.key}-h">${e(groupTitle(ctx, g.key))}</h3>`,
    );
    if (d.audience === 'public') out.push(`<p class="group-text">${e(themeText(loc.t, g.key as Theme))}</p>`);
    out.push(
      '<ul class="cards">',
      ...g.entries.map((entry) => card(ctx, entry, { id: `p-${entry.id}`, heading: 'h4', cls: 'entry', filterTheme: g.key })),
      '</ul>',
      '</section>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function towns(ctx: Ctx): string {
  const { d, loc, w } = ctx;
  if (!byTown(d)) return '';
  const de = germanText(loc);
  const link = (entry: DirectoryEntry) =>
    `<li><a href="#p-${entry.id}">${de(entry.name)}</a> <span class="count-hint">– ${e(sectorLabel(ctx, entry))}</span></li>`;
  const out = [`<section id="kommunen" aria-labelledby="kommunen-h">`, `<h2 id="kommunen-h">${e(w.byMunicipality)}</h2>`, '<div class="towns">'];
  for (const t of d.towns) {
    out.push(
      `<section class="town" id="kommune-${t.slug}" data-m="${t.slug}" aria-labelledby="kommune-${t.slug}-h">`,
      `<h3 id="kommune-${t.slug}-h">${de(t.name)}</h3>`,
    );
    out.push(t.entries.length > 0 ? `<ul class="towns">\n${t.entries.map(link).join('\n')}\n</ul>` : `<p>${e(w.noLocal)}</p>`);
    if (d.wholeRegion.length > 0) out.push(`<p><a href="#ganze-region">${e(w.alsoWholeRegion(d.wholeRegion.length))}</a></p>`);
    out.push('</section>');
  }
  out.push(`<section class="town" id="ganze-region" data-m="*" aria-labelledby="ganze-region-h">`, `<h3 id="ganze-region-h">${e(w.wholeRegionHeading)}</h3>`);
  out.push(d.wholeRegion.length > 0 ? `<ul class="towns">\n${d.wholeRegion.map(link).join('\n')}\n</ul>` : `<p>–</p>`);
  out.push('</section>', '</div>', '</section>');
  return out.join('\n');
}

/** The institutions by the languages spoken there or in their offers (the Wegweiser, when any is named): the way to them without JavaScript and on paper. */
function languages(ctx: Ctx): string {
  const { d, loc } = ctx;
  if (!byLanguage(d)) return '';
  const de = germanText(loc);
  const out = [
    `<section id="sprachen" aria-labelledby="sprachen-h">`,
    `<h2 id="sprachen-h">${e(loc.t.t('by_language'))}</h2>`,
    `<p>${e(loc.t.t('languages_intro'))}</p>`,
    '<div class="towns">',
  ];
  for (const code of d.languages) {
    const entries = d.entries.filter((entry) => offerLanguages(entry).includes(code));
    out.push(
      `<section class="town" id="sprache-${e(code)}" data-l="${e(code)}" aria-labelledby="sprache-${e(code)}-h">`,
      `<h3 id="sprache-${e(code)}-h">${e(loc.languageName(code))}</h3>`,
      `<ul class="towns">\n${entries.map((entry) => `<li><a href="#p-${entry.id}">${de(entry.name)}</a></li>`).join('\n')}\n</ul>`,
      '</section>',
    );
  }
  out.push('</div>', '</section>');
  return out.join('\n');
}

function insofa(ctx: Ctx): string {
  const { d, w } = ctx;
  const out = [`<section id="insofa" aria-labelledby="insofa-h">`, `<h2 id="insofa-h">${e(w.insofaHeading)}</h2>`, `<p>${e(w.insofaIntro)}</p>`];
  if (d.audience === 'public') out.push(`<p>${e(w.insofaParents)}</p>`);
  if (d.insofa.length === 0) out.push(`<p>${e(w.insofaNone)}</p>`);
  else
    out.push(
      '<ul class="cards">',
      ...d.insofa.map((entry) => card(ctx, entry, { id: `insofa-${entry.id}`, heading: 'h3', cls: 'card', onlyInsofa: true })),
      '</ul>',
    );
  out.push('</section>');
  return out.join('\n');
}

function events(ctx: Ctx): string {
  const { d, loc, w } = ctx;
  const de = germanText(loc);
  const out = [`<section id="termine" aria-labelledby="termine-h">`, `<h2 id="termine-h">${e(w.eventsHeading[d.audience])}</h2>`];
  if (d.events.length === 0) out.push(`<p>${e(w.eventsNone)}</p>`);
  else {
    out.push('<ul class="events">');
    for (const m of d.events) {
      const facts = [m.location ? fact(w.place, de(m.location)) : '', m.online ? fact(w.online, link(m.online)) : ''].filter(Boolean);
      out.push(
        `<li><article aria-labelledby="e-${m.id}-h">`,
        `<h3 id="e-${m.id}-h">${de(m.title)}</h3>`,
        `<p class="when">${m.status === 'cancelled' ? `<span class="cancelled">${e(w.cancelled)}:</span> ` : ''}<time datetime="${e(m.start)}">${e(when(m, loc, w))}</time></p>`,
        `<p class="kind">${e(eventTypeLabel(loc.t, m.type))}</p>`,
        facts.length > 0 ? `<dl class="contact">\n${facts.join('\n')}\n</dl>` : '',
        m.description ? germanParagraphs(loc, m.description) : '',
        m.topics.length > 0 ? `<p class="persons-label">${e(w.topics)}</p>\n<ul>\n${m.topics.map((topic) => `<li>${de(topic)}</li>`).join('\n')}\n</ul>` : '',
        '</article></li>',
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.filter(Boolean).join('\n');
}

function coordination(ctx: Ctx): string {
  const { d, w } = ctx;
  const { persons, offices } = d.coordination;
  const out = [
    `<section id="koordination" aria-labelledby="koordination-h">`,
    `<h2 id="koordination-h">${e(w.coordinationHeading)}</h2>`,
    `<p>${e(w.coordinationIntro)}</p>`,
  ];
  if (persons.length > 0) out.push('<ul class="cards">', ...persons.map((p) => coordinatorCard(ctx, p)), '</ul>');
  else if (offices.length > 0) {
    out.push(
      `<p>${e(w.coordinationOffices)}</p>`,
      '<ul class="cards">',
      ...offices.map((entry) => card(ctx, entry, { id: `koordination-${entry.id}`, heading: 'h3', cls: 'card', noPersons: true })),
      '</ul>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function footer({ d, loc, w }: Ctx, links: PageLinks | undefined): string {
  const line = `<p>${e(w.title[d.audience])} · ${germanText(loc)(d.network.name)} · ${e(w.footer)} · ${e(w.asOf)} ${e(loc.date(d.today))}</p>`;
  return ['<footer>', line, links ? `<p><a href="${e(links.statement)}">${e(loc.t.t('statement_link'))}</a></p>` : '', '</footer>'].filter(Boolean).join('\n');
}

// ---- one institution, one person

interface CardOptions {
  id: string;
  heading: 'h3' | 'h4';
  /** `entry`: counted by the filter; `card`: elsewhere on the page. */
  cls: 'entry' | 'card';
  /** The group's key, for the filter by theme or sector (main list only). */
  filterTheme?: string;
  /** The InsoFa directory: only the InsoFa persons, or the institution when none may be named. */
  onlyInsofa?: boolean;
  noPersons?: boolean;
}

function card(ctx: Ctx, entry: DirectoryEntry, o: CardOptions): string {
  const { d, loc, w } = ctx;
  const de = germanText(loc);
  const towns = entry.municipalities
    ? entry.municipalities
        .map((m) => ctx.slug.get(m) ?? '')
        .filter(Boolean)
        .join(' ')
    : '*';
  const filtered = o.filterTheme !== undefined;
  const theme = filtered ? ` data-t="${o.filterTheme}"` : '';
  const spoken = offerLanguages(entry);
  const ranges = offerRanges(entry);
  const extra = filtered && d.audience === 'public' ? ` data-l="${e(spoken.join(' '))}" data-a="${ranges.map(([a, b]) => `${a}-${b}`).join(' ')}"` : '';
  const serves = entry.municipalities ? entry.municipalities.map(de).join(', ') : e(w.wholeRegion('\u0000')).replace('\u0000', de(d.network.region));
  const address = entry.address
    ? [entry.address.street, [entry.address.postal_code, entry.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .map((l) => de(l!))
        .join('<br>')
    : '';
  const facts = [
    fact(w.serves, serves),
    address ? fact(w.address, address) : '',
    entry.phone ? fact(w.phone, phoneLink(entry.phone)) : '',
    entry.email ? fact(w.email, mailLink(entry.email)) : '',
    entry.website ? fact(w.website, link(entry.website)) : '',
    entry.languages.length > 0 && d.audience === 'public' ? fact(loc.t.t('languages'), e(languageList(loc, entry.languages))) : '',
    // the InsoFa's fields in English on an English page, else as the network writes them (German, marked so)
    entry.insofaFields
      ? fact(
          loc.t.t('insofa_fields'),
          entry.insofaFields.map((f) => (loc.tag === 'en' ? e(label(INSOFA_FIELD_LABELS, f, 'en')) : de(label(INSOFA_FIELD_LABELS, f, 'de')))).join(', '),
        )
      : '',
    entry.insofaLanguages ? fact(loc.t.t('insofa_languages'), e(languageList(loc, entry.insofaLanguages))) : '',
    entry.verified ? fact(loc.t.t('entry_verified'), e(loc.date(entry.verified))) : '',
  ].filter(Boolean);
  const persons = o.noPersons ? [] : o.onlyInsofa ? entry.persons.filter((p) => p.insofa) : entry.persons;
  const reachable = Boolean(entry.address || entry.phone || entry.email || entry.website);
  let people: string;
  if (o.noPersons) people = '';
  else if (persons.length > 0) {
    const labelId = `${o.id}-persons`;
    people = `<p class="persons-label" id="${labelId}">${e(w.persons)}</p>\n<ul class="persons" aria-labelledby="${labelId}">\n${persons.map((p) => personItem(ctx, p)).join('\n')}\n</ul>`;
  } else if (reachable) people = `<p class="via">${e(o.onlyInsofa ? w.insofaViaInstitution : w.viaInstitution)}</p>`;
  else people = `<p class="via"><a href="#koordination">${e(w.viaCoordination)}</a></p>`;
  const gloss = localText(loc, entry.nameTranslations, 'name');
  return [
    `<li class="${o.cls}" id="${o.id}" data-m="${towns}"${theme}${extra}><article aria-labelledby="${o.id}-h">`,
    `<${o.heading} id="${o.id}-h">${de(entry.name)}${gloss ? ` <span class="gloss">(${e(gloss)})</span>` : ''}</${o.heading}>`,
    `<p class="kind">${e(sectorLabel(ctx, entry))}</p>`,
    `<dl class="contact">\n${facts.join('\n')}\n</dl>`,
    o.cls === 'entry' && d.audience === 'public' ? offersHtml(ctx, entry, o.id) : '',
    people,
    '</article></li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function personItem({ loc, w }: Ctx, p: DirectoryPerson): string {
  const de = germanText(loc);
  const badge = p.insofa ? `<span class="badge">${e(w.insofa)}<span class="visually-hidden"> (${e(w.insofaLong)})</span></span>` : '';
  const lines = [p.phone ? `${e(w.phone)}: ${phoneLink(p.phone)}` : '', p.email ? `${e(w.email)}: ${mailLink(p.email)}` : ''].filter(Boolean);
  return [
    `<li><span class="person-name">${de(p.name)}</span>${badge}`,
    p.function ? `<span class="person-function">${de(p.function)}</span>` : '',
    lines.length > 0 ? `<span class="person-lines">${lines.join('<br>')}</span>` : '',
    '</li>',
  ].join('');
}

function coordinatorCard(ctx: Ctx, p: CoordinationPerson): string {
  const { loc, w } = ctx;
  const de = germanText(loc);
  const id = `koordination-${p.partner.id}-${ctx.d.coordination.persons.indexOf(p) + 1}`;
  const facts = [
    fact(w.institution, de(p.partner.name)),
    p.phone ? fact(w.phone, phoneLink(p.phone)) : '',
    p.email ? fact(w.email, mailLink(p.email)) : '',
  ].filter(Boolean);
  return [
    `<li class="card" id="${id}"><article aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${de(p.name)}</h3>`,
    p.function ? `<p class="kind">${de(p.function)}</p>` : '',
    `<dl class="contact">\n${facts.join('\n')}\n</dl>`,
    '</article></li>',
  ]
    .filter(Boolean)
    .join('\n');
}

// ---- small pieces

/** A region of one municipality (a city network) has nothing to choose by municipality. */
export const byTown = (d: Directory) => d.towns.length > 1;
/** The Wegweiser lists institutions by language when any language besides German is named. */
const byLanguage = (d: Directory) => d.audience === 'public' && d.languages.length > 0;

const fact = (term: string, html: string) => `<dt>${e(term)}</dt><dd>${html}</dd>`;

export function groupTitle({ d, loc }: Pick<Ctx, 'd' | 'loc'>, key: Sector | Theme): string {
  return d.audience === 'public' ? themeTitle(loc.t, key as Theme) : label(SECTOR_LABELS, key as Sector, loc.lang);
}

export const sectorLabel = ({ d, loc }: Pick<Ctx, 'd' | 'loc'>, entry: DirectoryEntry) =>
  d.audience === 'public' ? publicSectorLabel(loc.t, entry.sector) : label(SECTOR_LABELS, entry.sector, loc.lang);

/** Paragraphs of German free text (a description), marked German on a page of another language. */
function germanParagraphs(loc: PageLocale, text: string): string {
  const de = germanText(loc);
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${de(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** `Mittwoch, 14. April 2027, 18:00–20:00 Uhr`; all-day events by their days. */
export function when(m: DirectoryEvent, loc: PageLocale, w: DirectoryWords): string {
  const startDay = dayOf(m.start);
  const endDay = m.end === undefined ? startDay : dayOf(m.end);
  if (m.allDay) return endDay === startDay ? loc.longDate(startDay) : `${loc.longDate(startDay)} – ${loc.longDate(endDay)}`;
  const from = m.start.slice(11, 16);
  const to = m.end?.slice(11, 16);
  if (m.end === undefined || endDay === startDay) return `${loc.longDate(startDay)}, ${w.time(from, to)}`;
  return `${loc.longDate(startDay)}, ${w.time(from, undefined)} – ${loc.longDate(endDay)}, ${w.time(to!, undefined)}`;
}
