// The directory (or the public Wegweiser) as a PDF: the same directory as the HTML page
// (build-directory.ts), typeset by Typst (formats/typst.ts). Every institution a card that is
// never split, group by group; then the municipalities, the InsoFa
// directory, the upcoming public events and the coordination; below the cover, everything flows
// through the page's two columns, so that pages are full. Web sites, e-mail addresses and
// phone numbers are links; every page's footer (an artifact) names the directory and its date.
// In the page's language and direction (page-locale.ts: Arabic right to left), the words from
// the same translation files as the HTML; offers in the Wegweiser as on its cards.
import type { CoordinationPerson, Directory, DirectoryEntry, DirectoryOffer } from './build-directory.js';
import { directoryWords, eventTypeLabel, themeText, type DirectoryWords } from './words.js';
import { byTown, groupTitle, sectorLabel, when } from './html.js';
import { languageList, telHref, wordList } from './html-parts.js';
import { localText } from './offers-html.js';
import type { PageLocale } from './page-locale.js';
import type { Theme } from './themes.js';
import { block, heading, join, link, list, par, paragraphs, terms, text, typstDocument, type Typst } from '../../formats/typst.js';

interface Ctx {
  d: Directory;
  loc: PageLocale;
  w: DirectoryWords;
}

export function renderDirectoryTypst(d: Directory, options: { locale: PageLocale }): string {
  const loc = options.locale;
  const w = directoryWords(loc.t, loc.lang);
  const ctx: Ctx = { d, loc, w };
  const asOf = `${w.asOf} ${loc.date(d.today)}`;
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
    lang: loc.tag,
    dir: loc.dir,
    title: `${w.title[d.audience]}: ${d.network.name} (${asOf})`,
    date: d.today,
    footer: `${w.title[d.audience]} · ${d.network.name} · ${asOf}`,
    pageOf: loc.t.t('page_of', { page: '{page}', pages: '{pages}' }),
    size: 9,
    rules: ['set page(columns: 2)', 'set columns(gutter: 6mm)'],
    body,
  });
}

/** Cards one after the other in the page's columns, each kept whole. */
const cards = (items: readonly Typst[]): Typst => `{ ${items.join('; ')} }`;

function groups(ctx: Ctx): Typst[] {
  const { d, loc, w } = ctx;
  const out: Typst[] = [heading(2, w.institutions[d.audience])];
  for (const g of d.groups) {
    out.push(heading(3, groupTitle(ctx, g.key)));
    if (d.audience === 'public') out.push(block(par(text(themeText(loc.t, g.key as Theme), { colour: 'muted' })), { sticky: true }));
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
  const { d, loc, w } = ctx;
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
          par(join(...(m.status === 'cancelled' ? [text(`${w.cancelled}: `, { bold: true, colour: 'bad' })] : []), text(when(m, loc, w), { bold: true }))),
          par(text(eventTypeLabel(loc.t, m.type), { colour: 'muted' })),
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
  const gloss = localText(ctx.loc, entry.nameTranslations, 'name');
  const offers = !o.onlyInsofa && !o.noPersons && d.audience === 'public' && entry.offers.length > 0 ? offerList(ctx, entry.offers) : [];
  return cardBlock(
    ctx,
    join(
      heading(o.level, entry.name),
      ...(gloss ? [par(text(`(${gloss})`, { colour: 'muted', size: 8.5 }))] : []),
      par(text(sectorLabel(ctx, entry), { colour: 'muted', size: 8.5 })),
      ...offers,
      terms(facts),
      ...people,
    ),
  );
}

/** The offers of an institution as on its card in the Wegweiser: title (translated where the data has it), then its facts in a line. */
function offerList({ loc }: Ctx, offers: readonly DirectoryOffer[]): Typst[] {
  const t = loc.t;
  const item = (offer: DirectoryOffer): Typst => {
    const local = (field: 'title' | 'description' | 'hours', value: string | undefined) =>
      value === undefined ? undefined : (localText(loc, offer.translations, field) ?? value);
    const facts: string[] = [];
    if (offer.for.length > 0)
      facts.push(
        `${t.t('offer_for')}: ${wordList(
          loc,
          offer.for.map((f) => t.t(`for_${f}`)),
        )}`,
      );
    const { from, to } = offer.ages ?? {};
    if (from !== undefined || to !== undefined)
      facts.push(
        `${t.t('ages')}: ${from !== undefined && to !== undefined ? t.t('ages_range', { from, to }) : from !== undefined ? t.t('ages_from', { from }) : t.t('ages_to', { to: to! })}`,
      );
    if (offer.languages.length > 0) facts.push(`${t.t('languages')}: ${languageList(loc, offer.languages)}`);
    if (offer.cost) facts.push(`${t.t('cost')}: ${t.t(`cost_${offer.cost}`)}`);
    if (offer.hours) facts.push(`${t.t('hours')}: ${local('hours', offer.hours)!}`);
    const description = local('description', offer.description);
    return join(
      text(local('title', offer.title)!, { bold: true }),
      ...(description ? ['linebreak()', text(description)] : []),
      ...(facts.length > 0 ? ['linebreak()', text(facts.join(' · '), { size: 8 })] : []),
    );
  };
  return [par(text(t.t('offers'), { bold: true, size: 8.5 })), list(offers.map(item))];
}

function coordinatorCard(ctx: Ctx, p: CoordinationPerson): Typst {
  const { w } = ctx;
  const facts: (readonly [string, Typst])[] = [[w.institution, text(p.partner.name)]];
  if (p.phone) facts.push([w.phone, phoneLink(p.phone)]);
  if (p.email) facts.push([w.email, link(`mailto:${p.email}`, text(p.email))]);
  return cardBlock(ctx, join(heading(3, p.name), ...(p.function ? [par(text(p.function, { colour: 'muted', size: 8.5 }))] : []), terms(facts)));
}

function personItem(w: DirectoryWords, p: Directory['entries'][number]['persons'][number]): Typst {
  const parts: Typst[] = [text(p.name, { bold: true })];
  if (p.insofa) parts.push(text(` (${w.insofaLong})`, { size: 8 }));
  if (p.function) parts.push('linebreak()', text(p.function));
  if (p.phone) parts.push('linebreak()', text(`${w.phone}: `), phoneLink(p.phone));
  if (p.email) parts.push('linebreak()', text(`${w.email}: `), link(`mailto:${p.email}`, text(p.email)));
  return join(...parts);
}

/** A card with its bar of colour at the side where lines begin (the right in Arabic). */
const cardBlock = ({ loc }: Ctx, body: Typst): Typst =>
  block(body, { breakable: false, inset: 6, stroke: `(${loc.dir === 'rtl' ? 'right' : 'left'}: 2.5pt + c-brand, rest: 0.5pt + c-line)`, below: 6 });

const phoneLink = (phone: string): Typst => {
  const href = telHref(phone);
  return href === undefined ? text(phone) : link(href, text(phone));
};

/** A web address as a link when it is one (http or https), else as text. */
const webLink = (url: string): Typst => (/^https?:\/\//i.test(url) ? link(url, text(url)) : text(url));
