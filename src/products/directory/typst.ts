// The directory (or the public Wegweiser) as a PDF: the same directory as the HTML page
// (build-directory.ts), typeset by Typst (formats/typst.ts). Every institution a card that is
// never split, group by group; then the municipalities, the InsoFa
// directory, the upcoming public events and the coordination; below the cover, everything flows
// through the page's two columns, so that pages are full. Web sites, e-mail addresses and
// phone numbers are links; every page's footer (an artifact) names the directory and its date.
import type { CoordinationPerson, Directory, DirectoryEntry } from './build-directory.js';
import { DIRECTORY_WORDS, THEME_LABELS, type DirectoryWords } from './words.js';
import { byTown, groupTitle, sectorLabel, telHref, when } from './html.js';
import { formatDate } from '../../i18n/format.js';
import { label, MEETING_TYPE_LABELS } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { PAGE_WORDS } from '../../i18n/page.js';
import type { Theme } from './themes.js';
import { block, heading, join, link, list, par, paragraphs, terms, text, typstDocument, type Typst } from '../../formats/typst.js';

interface Ctx {
  d: Directory;
  lang: Lang;
  w: DirectoryWords;
}

export function renderDirectoryTypst(d: Directory, options: { lang: Lang }): string {
  const { lang } = options;
  const w = DIRECTORY_WORDS[lang];
  const ctx: Ctx = { d, lang, w };
  const asOf = `${w.asOf} ${formatDate(d.today, lang)}`;
  // The cover spans the page; everything after it flows through two columns, page by page.
  const cover = join(
    par(text(w.title[d.audience].toUpperCase(), { bold: true, colour: 'accent', size: 9 })),
    heading(1, d.network.name),
    par(text(w.subtitle[d.audience](d.network.region), { colour: 'muted' })),
    par(text(asOf, { bold: true })),
    ...(d.audience === 'public'
      ? [
          block(
            par(
              join(
                text(w.emergency, { bold: true }),
                '" "',
                text(`${w.police} `),
                link('tel:110', text('110', { bold: true, colour: 'bad' })),
                text(` · ${w.rescue} `),
                link('tel:112', text('112', { bold: true, colour: 'bad' })),
              ),
            ),
            { inset: 6, fill: 'badSoft', stroke: '(left: 3pt + c-bad)', above: 8, below: 10 },
          ),
        ]
      : []),
    'line(length: 100%, stroke: 2.5pt + c-brand)',
  );
  const body: Typst[] = [
    `place(top + left, float: true, scope: "parent", clearance: 5mm, block(width: 100%, ${cover}))`,
    ...groups(ctx),
    ...towns(ctx),
    ...insofa(ctx),
    ...events(ctx),
    ...coordination(ctx),
  ];
  return typstDocument({
    lang,
    title: `${w.title[d.audience]}: ${d.network.name} (${asOf})`,
    date: d.today,
    footer: `${w.title[d.audience]} · ${d.network.name} · ${asOf}`,
    pageOf: PAGE_WORDS[lang].pageOf,
    size: 9,
    rules: ['set page(columns: 2)', 'set columns(gutter: 6mm)'],
    body,
  });
}

/** Cards one after the other in the page's columns, each kept whole. */
const cards = (items: readonly Typst[]): Typst => `{ ${items.join('; ')} }`;

function groups(ctx: Ctx): Typst[] {
  const { d, lang, w } = ctx;
  const out: Typst[] = [heading(2, w.institutions[d.audience])];
  for (const g of d.groups) {
    out.push(heading(3, groupTitle(d, g.key, lang)));
    if (d.audience === 'public') out.push(block(par(text(THEME_LABELS[g.key as Theme][lang].text, { colour: 'muted' })), { sticky: true }));
    out.push(cards(g.entries.map((entry) => card(ctx, entry, { level: 4 }))));
  }
  return out;
}

function towns(ctx: Ctx): Typst[] {
  const { d, w } = ctx;
  if (!byTown(d)) return [];
  const item = (entry: DirectoryEntry) => join(text(entry.name), text(` – ${sectorLabel(ctx, entry)}`, { colour: 'muted' }));
  const town = (name: string, entries: readonly DirectoryEntry[], extra: Typst[]) =>
    block(join(heading(3, name), entries.length > 0 ? list(entries.map(item)) : par(text(w.noLocal)), ...extra), { breakable: false, below: 8 });
  const also = d.wholeRegion.length > 0 ? [par(text(w.alsoWholeRegion(d.wholeRegion.length), { italic: true, colour: 'muted' }))] : [];
  return [
    heading(2, w.byMunicipality),
    cards([...d.towns.map((t) => town(t.name, t.entries, also)), town(w.wholeRegionHeading, d.wholeRegion, d.wholeRegion.length > 0 ? [] : [par(text('–'))])]),
  ];
}

function insofa(ctx: Ctx): Typst[] {
  const { d, w } = ctx;
  const out: Typst[] = [heading(2, w.insofaHeading), par(text(w.insofaIntro))];
  if (d.audience === 'public') out.push(par(text(w.insofaParents)));
  if (d.insofa.length === 0) out.push(par(text(w.insofaNone)));
  else out.push(cards(d.insofa.map((entry) => card(ctx, entry, { level: 3, onlyInsofa: true }))));
  return out;
}

function events(ctx: Ctx): Typst[] {
  const { d, lang, w } = ctx;
  const out: Typst[] = [heading(2, w.eventsHeading[d.audience])];
  if (d.events.length === 0) return [...out, par(text(w.eventsNone))];
  for (const m of d.events) {
    const facts: (readonly [string, Typst])[] = [];
    if (m.location) facts.push([w.place, text(m.location)]);
    if (m.online) facts.push([w.online, webLink(m.online)]);
    out.push(
      block(
        join(
          heading(3, m.title),
          par(join(...(m.status === 'cancelled' ? [text(`${w.cancelled}: `, { bold: true, colour: 'bad' })] : []), text(when(m, lang, w), { bold: true }))),
          par(text(label(MEETING_TYPE_LABELS, m.type, lang), { colour: 'muted' })),
          ...(facts.length > 0 ? [terms(facts)] : []),
          ...(m.description ? paragraphs(m.description) : []),
          ...(m.topics.length > 0 ? [par(text(w.topics, { bold: true })), list(m.topics.map((topic) => text(topic)))] : []),
        ),
        { breakable: false, inset: 6, stroke: '0.5pt + c-line', below: 8 },
      ),
    );
  }
  return out;
}

function coordination(ctx: Ctx): Typst[] {
  const { d, w } = ctx;
  const { persons, offices } = d.coordination;
  const out: Typst[] = [heading(2, w.coordinationHeading), par(text(w.coordinationIntro))];
  if (persons.length > 0) out.push(cards(persons.map((p) => coordinatorCard(ctx, p))));
  else if (offices.length > 0) out.push(par(text(w.coordinationOffices)), cards(offices.map((entry) => card(ctx, entry, { level: 3, noPersons: true }))));
  return out;
}

// ---- one institution, one person

function card(ctx: Ctx, entry: DirectoryEntry, o: { level: number; onlyInsofa?: boolean; noPersons?: boolean }): Typst {
  const { d, w } = ctx;
  const facts: (readonly [string, Typst])[] = [[w.serves, text(entry.municipalities ? entry.municipalities.join(', ') : w.wholeRegion(d.network.region))]];
  const address = entry.address
    ? [entry.address.street, [entry.address.postal_code, entry.address.city].filter(Boolean).join(' ')].filter((l): l is string => !!l)
    : [];
  if (address.length > 0) facts.push([w.address, join(...address.flatMap((l, i) => [...(i > 0 ? ['linebreak()'] : []), text(l)]))]);
  if (entry.phone) facts.push([w.phone, phoneLink(entry.phone)]);
  if (entry.email) facts.push([w.email, link(`mailto:${entry.email}`, text(entry.email))]);
  if (entry.website) facts.push([w.website, webLink(entry.website)]);
  const persons = o.noPersons ? [] : o.onlyInsofa ? entry.persons.filter((p) => p.insofa) : entry.persons;
  const reachable = Boolean(entry.address || entry.phone || entry.email || entry.website);
  const people: Typst[] = o.noPersons
    ? []
    : persons.length > 0
      ? [par(text(w.persons, { bold: true, size: 8.5 })), list(persons.map((p) => personItem(w, p)))]
      : [par(text(reachable ? (o.onlyInsofa ? w.insofaViaInstitution : w.viaInstitution) : w.viaCoordination, { italic: true, size: 8.5 }))];
  return cardBlock(join(heading(o.level, entry.name), par(text(sectorLabel(ctx, entry), { colour: 'muted', size: 8.5 })), terms(facts), ...people));
}

function coordinatorCard({ w }: Ctx, p: CoordinationPerson): Typst {
  const facts: (readonly [string, Typst])[] = [[w.institution, text(p.partner.name)]];
  if (p.phone) facts.push([w.phone, phoneLink(p.phone)]);
  if (p.email) facts.push([w.email, link(`mailto:${p.email}`, text(p.email))]);
  return cardBlock(join(heading(3, p.name), ...(p.function ? [par(text(p.function, { colour: 'muted', size: 8.5 }))] : []), terms(facts)));
}

function personItem(w: DirectoryWords, p: Directory['entries'][number]['persons'][number]): Typst {
  const parts: Typst[] = [text(p.name, { bold: true })];
  if (p.insofa) parts.push(text(` (${w.insofaLong})`, { size: 8 }));
  if (p.function) parts.push('linebreak()', text(p.function));
  if (p.phone) parts.push('linebreak()', text(`${w.phone}: `), phoneLink(p.phone));
  if (p.email) parts.push('linebreak()', text(`${w.email}: `), link(`mailto:${p.email}`, text(p.email)));
  return join(...parts);
}

const cardBlock = (body: Typst): Typst => block(body, { breakable: false, inset: 6, stroke: '(left: 2.5pt + c-brand, rest: 0.5pt + c-line)', below: 6 });

const phoneLink = (phone: string): Typst => {
  const href = telHref(phone);
  return href === undefined ? text(phone) : link(href, text(phone));
};

/** A web address as a link when it is one (http or https), else as text. */
const webLink = (url: string): Typst => (/^https?:\/\//i.test(url) ? link(url, text(url)) : text(url));
