// The directory as one self-contained HTML page on the shared page layer (page.ts): for the
// network (partners by sector) or the public (the Wegweiser: institutions by theme, in plain
// words, with the emergency numbers). Every institution as a card with whom it serves, its
// address, its general phone, e-mail and web site, and the persons the audience may see; then
// the municipalities, the InsoFa directory, the upcoming public events and the coordination.
// Without JavaScript the table of contents leads to each theme and municipality; with it, a small
// inline filter (directory-script.ts) narrows the cards down. Nothing is loaded from anywhere.
import type { CoordinationPerson, Directory, DirectoryEntry, DirectoryEvent, DirectoryPerson } from './build-directory.js';
import { DIRECTORY_WORDS, PUBLIC_SECTOR_LABELS, THEME_LABELS, type DirectoryWords } from './words.js';
import { formatDate, formatLongDate } from '../../i18n/format.js';
import { INSOFA_FIELD_LABELS, label, languageName, MEETING_TYPE_LABELS, SECTOR_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { dayOf } from '../../model/dates.js';
import type { Theme } from './themes.js';
import type { Sector } from '../../model/vocabulary.js';
import { DIRECTORY_SCRIPT } from './script.js';
import { DIRECTORY_CSS } from './style.js';
import { escapeHtml as e, htmlParagraphs, renderPage } from '../../formats/page.js';

interface Ctx {
  d: Directory;
  lang: Lang;
  w: DirectoryWords;
  /** Municipality name → its slug (anchors, filter values). */
  slug: ReadonlyMap<string, string>;
}

export function renderDirectoryHtml(d: Directory, options: { lang: Lang }): string {
  const { lang } = options;
  const w = DIRECTORY_WORDS[lang];
  const ctx: Ctx = { d, lang, w, slug: new Map(d.towns.map((t) => [t.name, t.slug])) };
  const title = w.title[d.audience];
  const body = [header(ctx), '<main>', filterForm(ctx), groups(ctx), towns(ctx), insofa(ctx), events(ctx), coordination(ctx), '</main>', footer(ctx)]
    .filter(Boolean)
    .join('\n');
  return renderPage({
    lang,
    title: `${title}: ${d.network.name} (${w.asOf} ${formatDate(d.today, lang)})`,
    css: DIRECTORY_CSS,
    body,
    script: DIRECTORY_SCRIPT,
  });
}

// ---- parts of the page

function header({ d, lang, w }: Ctx): string {
  const groupLabel = d.audience === 'public' ? w.byTheme : w.bySector;
  return [
    '<header class="cover">',
    `<p class="kicker">${e(w.title[d.audience])}</p>`,
    `<h1>${e(d.network.name)}</h1>`,
    `<p class="subtitle">${e(w.subtitle[d.audience](d.network.region))}</p>`,
    `<p class="as-of">${e(w.asOf)} ${e(formatDate(d.today, lang))}</p>`,
    d.audience === 'public'
      ? `<p class="emergency"><strong>${e(w.emergency)}</strong> ${e(w.police)} <a href="tel:110">110</a> · ${e(w.rescue)} <a href="tel:112">112</a></p>`
      : '',
    '<nav class="toc" aria-labelledby="toc-h">',
    `<h2 id="toc-h">${e(w.contents)}</h2>`,
    '<ul class="inline">',
    ...sections(d, w).map(([id, text]) => `<li><a href="#${id}">${e(text)}</a></li>`),
    '</ul>',
    `<h3>${e(groupLabel)}</h3>`,
    '<ul class="inline">',
    ...d.groups.map((g) => `<li><a href="#gruppe-${g.key}">${e(groupTitle(d, g.key, lang))}</a> <span class="count-hint">(${g.entries.length})</span></li>`),
    '</ul>',
    ...(byTown(d)
      ? [
          `<h3>${e(w.byMunicipality)}</h3>`,
          '<ul class="inline">',
          ...d.towns.map((t) => `<li><a href="#kommune-${t.slug}">${e(t.name)}</a></li>`),
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
function sections(d: Directory, w: DirectoryWords): [string, string][] {
  return [
    ['einrichtungen', w.institutions[d.audience]],
    ...(byTown(d) ? [['kommunen', w.byMunicipality] as [string, string]] : []),
    ['insofa', w.insofaHeading],
    ['termine', w.eventsHeading[d.audience]],
    ['koordination', w.coordinationHeading],
  ];
}

/** Hidden until the script shows it: without JavaScript the lists could not do anything. */
function filterForm({ d, lang, w }: Ctx): string {
  const f = w.filter;
  const byTheme = d.audience === 'public';
  return [
    `<form id="filter" class="filter" role="search" aria-label="${e(f.label)}" hidden>`,
    ...(byTown(d)
      ? [
          `<div class="field"><label for="filter-m">${e(f.municipality)}</label><select id="filter-m">`,
          `<option value="">${e(f.allMunicipalities)}</option>`,
          ...d.towns.map((t) => `<option value="${t.slug}">${e(t.name)}</option>`),
          '</select></div>',
        ]
      : []),
    `<div class="field"><label for="filter-t">${e(byTheme ? f.theme : f.sector)}</label><select id="filter-t">`,
    `<option value="">${e(byTheme ? f.allThemes : f.allSectors)}</option>`,
    ...d.groups.map((g) => `<option value="${g.key}">${e(groupTitle(d, g.key, lang))}</option>`),
    '</select></div>',
    `<p id="filter-count" class="count" role="status" data-one="${e(f.one)}" data-many="${e(f.many)}" data-none="${e(f.none)}"></p>`,
    '</form>',
  ].join('\n');
}

function groups(ctx: Ctx): string {
  const { d, lang, w } = ctx;
  const out = [`<section id="einrichtungen" aria-labelledby="einrichtungen-h">`, `<h2 id="einrichtungen-h">${e(w.institutions[d.audience])}</h2>`];
  for (const g of d.groups) {
    out.push(
      `<section class="group" id="gruppe-${g.key}" aria-labelledby="gruppe-${g.key}-h">`,
      `<h3 id="gruppe-${g.key}-h">${e(groupTitle(d, g.key, lang))}</h3>`,
    );
    if (d.audience === 'public') out.push(`<p class="group-text">${e(THEME_LABELS[g.key as Theme][lang].text)}</p>`);
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
  const { d, w } = ctx;
  if (!byTown(d)) return '';
  const link = (entry: DirectoryEntry) =>
    `<li><a href="#p-${entry.id}">${e(entry.name)}</a> <span class="count-hint">– ${e(sectorLabel(ctx, entry))}</span></li>`;
  const out = [`<section id="kommunen" aria-labelledby="kommunen-h">`, `<h2 id="kommunen-h">${e(w.byMunicipality)}</h2>`, '<div class="towns">'];
  for (const t of d.towns) {
    out.push(
      `<section class="town" id="kommune-${t.slug}" data-m="${t.slug}" aria-labelledby="kommune-${t.slug}-h">`,
      `<h3 id="kommune-${t.slug}-h">${e(t.name)}</h3>`,
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
  const { d, lang, w } = ctx;
  const out = [`<section id="termine" aria-labelledby="termine-h">`, `<h2 id="termine-h">${e(w.eventsHeading[d.audience])}</h2>`];
  if (d.events.length === 0) out.push(`<p>${e(w.eventsNone)}</p>`);
  else {
    out.push('<ul class="events">');
    for (const m of d.events) {
      const facts = [m.location ? fact(w.place, e(m.location)) : '', m.online ? fact(w.online, link(m.online)) : ''].filter(Boolean);
      out.push(
        `<li><article aria-labelledby="e-${m.id}-h">`,
        `<h3 id="e-${m.id}-h">${e(m.title)}</h3>`,
        `<p class="when">${m.status === 'cancelled' ? `<span class="cancelled">${e(w.cancelled)}:</span> ` : ''}<time datetime="${e(m.start)}">${e(when(m, lang, w))}</time></p>`,
        `<p class="kind">${e(label(MEETING_TYPE_LABELS, m.type, lang))}</p>`,
        facts.length > 0 ? `<dl class="contact">\n${facts.join('\n')}\n</dl>` : '',
        m.description ? htmlParagraphs(m.description) : '',
        m.topics.length > 0 ? `<p class="persons-label">${e(w.topics)}</p>\n<ul>\n${m.topics.map((topic) => `<li>${e(topic)}</li>`).join('\n')}\n</ul>` : '',
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

function footer({ d, lang, w }: Ctx): string {
  return `<footer><p>${e(w.title[d.audience])} · ${e(d.network.name)} · ${e(w.footer)} · ${e(w.asOf)} ${e(formatDate(d.today, lang))}</p></footer>`;
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
  const { d, w } = ctx;
  const towns = entry.municipalities
    ? entry.municipalities
        .map((m) => ctx.slug.get(m) ?? '')
        .filter(Boolean)
        .join(' ')
    : '*';
  const theme = o.filterTheme === undefined ? '' : ` data-t="${o.filterTheme}"`;
  const serves = entry.municipalities ? entry.municipalities.join(', ') : w.wholeRegion(d.network.region);
  const address = entry.address
    ? [entry.address.street, [entry.address.postal_code, entry.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .map((l) => e(l!))
        .join('<br>')
    : '';
  const facts = [
    fact(w.serves, e(serves)),
    address ? fact(w.address, address) : '',
    entry.phone ? fact(w.phone, phoneLink(entry.phone)) : '',
    entry.email ? fact(w.email, mailLink(entry.email)) : '',
    entry.website ? fact(w.website, link(entry.website)) : '',
    entry.insofaFields ? fact(w.insofaFields, e(entry.insofaFields.map((f) => label(INSOFA_FIELD_LABELS, f, ctx.lang)).join(', '))) : '',
    entry.insofaLanguages ? fact(w.insofaLanguages, e(entry.insofaLanguages.map((l) => languageName(l, ctx.lang)).join(', '))) : '',
    entry.verified ? fact(w.verified, e(formatDate(entry.verified, ctx.lang))) : '',
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
  return [
    `<li class="${o.cls}" id="${o.id}" data-m="${towns}"${theme}><article aria-labelledby="${o.id}-h">`,
    `<${o.heading} id="${o.id}-h">${e(entry.name)}</${o.heading}>`,
    `<p class="kind">${e(sectorLabel(ctx, entry))}</p>`,
    `<dl class="contact">\n${facts.join('\n')}\n</dl>`,
    people,
    '</article></li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function personItem({ w }: Ctx, p: DirectoryPerson): string {
  const badge = p.insofa ? `<span class="badge">${e(w.insofa)}<span class="visually-hidden"> (${e(w.insofaLong)})</span></span>` : '';
  const lines = [p.phone ? `${e(w.phone)}: ${phoneLink(p.phone)}` : '', p.email ? `${e(w.email)}: ${mailLink(p.email)}` : ''].filter(Boolean);
  return [
    `<li><span class="person-name">${e(p.name)}</span>${badge}`,
    p.function ? `<span class="person-function">${e(p.function)}</span>` : '',
    lines.length > 0 ? `<span class="person-lines">${lines.join('<br>')}</span>` : '',
    '</li>',
  ].join('');
}

function coordinatorCard(ctx: Ctx, p: CoordinationPerson): string {
  const { w } = ctx;
  const id = `koordination-${p.partner.id}-${ctx.d.coordination.persons.indexOf(p) + 1}`;
  const facts = [
    fact(w.institution, e(p.partner.name)),
    p.phone ? fact(w.phone, phoneLink(p.phone)) : '',
    p.email ? fact(w.email, mailLink(p.email)) : '',
  ].filter(Boolean);
  return [
    `<li class="card" id="${id}"><article aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">${e(p.name)}</h3>`,
    p.function ? `<p class="kind">${e(p.function)}</p>` : '',
    `<dl class="contact">\n${facts.join('\n')}\n</dl>`,
    '</article></li>',
  ]
    .filter(Boolean)
    .join('\n');
}

// ---- small pieces

/** A region of one municipality (a city network) has nothing to choose by municipality. */
const byTown = (d: Directory) => d.towns.length > 1;

const fact = (term: string, html: string) => `<dt>${e(term)}</dt><dd>${html}</dd>`;

function groupTitle(d: Directory, key: Sector | Theme, lang: Lang): string {
  return d.audience === 'public' ? THEME_LABELS[key as Theme][lang].title : label(SECTOR_LABELS, key as Sector, lang);
}

const sectorLabel = ({ d, lang }: Ctx, entry: DirectoryEntry) => label(d.audience === 'public' ? PUBLIC_SECTOR_LABELS : SECTOR_LABELS, entry.sector, lang);

/** A phone number as a link a phone can call (digits and a leading +, without the "(0)" of "+49 (0)…"), shown as written. */
function phoneLink(phone: string): string {
  const plus = phone.trim().startsWith('+');
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits === '' ? e(phone) : `<a href="tel:${plus ? '+' : ''}${digits}">${e(phone)}</a>`;
}

const mailLink = (email: string) => `<a href="mailto:${e(email)}">${e(email)}</a>`;

/** A web address as a link when it is one (http or https), else as text. */
const link = (url: string) => (/^https?:\/\//i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url));

/** `Mittwoch, 14. April 2027, 18:00–20:00 Uhr`; all-day events by their days. */
function when(m: DirectoryEvent, lang: Lang, w: DirectoryWords): string {
  const startDay = dayOf(m.start);
  const endDay = m.end === undefined ? startDay : dayOf(m.end);
  if (m.allDay) return endDay === startDay ? formatLongDate(startDay, lang) : `${formatLongDate(startDay, lang)} – ${formatLongDate(endDay, lang)}`;
  const from = m.start.slice(11, 16);
  const to = m.end?.slice(11, 16);
  if (m.end === undefined || endDay === startDay) return `${formatLongDate(startDay, lang)}, ${w.time(from, to)}`;
  return `${formatLongDate(startDay, lang)}, ${w.time(from, undefined)} – ${formatLongDate(endDay, lang)}, ${w.time(to!, undefined)}`;
}
