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
import type { TypstParts } from '../../write/typeset-pdf.js';

/** A column's width: A4's 210mm less the margins (14mm each side, formats/typst.ts) and the gutter (6mm), halved. */
const COLUMN = '88mm';
/** The width inside a card or an event's frame (inset 6pt each side): what its lists are given (formats/typst.ts `list`). */
const IN_FRAME = `(${COLUMN} - 12pt)`;

interface Ctx {
  d: Directory;
  loc: PageLocale;
  w: DirectoryWords;
}

/**
 * The directory as Typst: one source, or for a very large directory (hundreds of institutions)
 * several, each typeset on its own and joined into one PDF by write/typeset-pdf.ts, so that Typst
 * never holds the layout of the whole (about 500 MB for 1,000 institutions). A part ends at a
 * page's end and begins, where it can, with a group; a part of a group goes on with its cards.
 */
export function renderDirectoryTypst(d: Directory, options: { locale: PageLocale }): TypstParts {
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
  const runs: Run[] = [
    { head: [`place(top + left, float: true, scope: "parent", clearance: 5mm, block(width: 100%, ${cover}))`], cards: [] },
    ...groups(ctx),
    ...towns(ctx),
    ...insofa(ctx),
    ...events(ctx),
    ...coordination(ctx),
  ];
  const parts = inParts(runs);
  const document = (body: Typst[], part?: 'body' | { footers: number }) =>
    typstDocument({
      lang: loc.tag,
      dir: loc.dir,
      title: `${w.title[d.audience]}: ${d.network.name} (${asOf})`,
      date: d.today,
      footer: `${w.title[d.audience]} · ${d.network.name} · ${asOf}`,
      pageOf: loc.t.t('page_of', { page: '{page}', pages: '{pages}' }),
      size: 9,
      rules: ['set page(columns: 2)', 'set columns(gutter: 6mm)'],
      body,
      ...(part ? { part } : {}),
    });
  const bodyOf = (part: number) => parts[part]!.flatMap((run) => [...run.head, ...(run.cards.length > 0 ? [cards(run.cards)] : [])]);
  return {
    count: parts.length,
    source: (part) => document(bodyOf(part), parts.length > 1 ? 'body' : undefined),
    footers: (pages) => document([], { footers: pages }),
  };
}

/** Headings and lines that begin a section (kept with what follows), then its cards, which may be spread over parts. */
interface Run {
  head: Typst[];
  cards: Typst[];
}

/**
 * Up to this much Typst code (characters, about 80 institutions with their persons) is typeset
 * in one piece; more goes in parts of at most this size. What Typst holds follows the code it
 * lays out: this size keeps the directory's PDF under 300 MB in all (docs/benchmarks.md).
 */
const PART = 120_000;

/** The runs in parts of at most PART characters: a new part before a section when this one is half full, or before the card that would not fit. */
function inParts(runs: readonly Run[]): Run[][] {
  const size = (list: readonly Typst[]) => list.reduce((sum, t) => sum + t.length, 0);
  if (runs.reduce((sum, r) => sum + size(r.head) + size(r.cards), 0) <= PART) return [[...runs]];
  const parts: Run[][] = [[]];
  let used = 0;
  const cut = () => {
    parts.push([]);
    used = 0;
  };
  for (const run of runs) {
    const head = size(run.head);
    if (used > 0 && (used >= PART / 2 || used + head + (run.cards[0]?.length ?? 0) > PART)) cut();
    let current: Run = { head: run.head, cards: [] };
    parts.at(-1)!.push(current);
    used += head;
    for (const card of run.cards) {
      if (current.cards.length > 0 && used + card.length > PART) {
        cut();
        current = { head: [], cards: [] };
        parts.at(-1)!.push(current);
      }
      current.cards.push(card);
      used += card.length;
    }
  }
  return parts;
}

/** Cards one after the other in the page's columns, each kept whole. */
const cards = (items: readonly Typst[]): Typst => `{ ${items.join('; ')} }`;

function groups(ctx: Ctx): Run[] {
  const { d, loc, w } = ctx;
  if (d.groups.length === 0) return [{ head: [heading(2, w.institutions[d.audience])], cards: [] }];
  return d.groups.map((g, i) => ({
    head: [
      ...(i === 0 ? [heading(2, w.institutions[d.audience])] : []),
      heading(3, groupTitle(ctx, g.key)),
      ...(d.audience === 'public' ? [block(par(text(themeText(loc.t, g.key as Theme), { colour: 'muted' })), { sticky: true })] : []),
    ],
    cards: g.entries.map((entry) => card(ctx, entry, { level: 4 })),
  }));
}

function towns(ctx: Ctx): Run[] {
  const { d, w } = ctx;
  if (!byTown(d)) return [];
  const item = (entry: DirectoryEntry) => join(text(entry.name), text(` – ${sectorLabel(ctx, entry)}`, { colour: 'muted' }));
  const town = (name: string, entries: readonly DirectoryEntry[], extra: Typst[]) =>
    block(join(heading(3, name), entries.length > 0 ? list(entries.map(item), COLUMN) : par(text(w.noLocal)), ...extra), { breakable: false, below: 8 });
  const also = d.wholeRegion.length > 0 ? [par(text(w.alsoWholeRegion(d.wholeRegion.length), { italic: true, colour: 'muted' }))] : [];
  return [
    {
      head: [heading(2, w.byMunicipality)],
      cards: [
        ...d.towns.map((t) => town(t.name, t.entries, also)),
        town(w.wholeRegionHeading, d.wholeRegion, d.wholeRegion.length > 0 ? [] : [par(text('–'))]),
      ],
    },
  ];
}

function insofa(ctx: Ctx): Run[] {
  const { d, w } = ctx;
  const head: Typst[] = [heading(2, w.insofaHeading), par(text(w.insofaIntro))];
  if (d.audience === 'public') head.push(par(text(w.insofaParents)));
  if (d.insofa.length === 0) head.push(par(text(w.insofaNone)));
  return [{ head, cards: d.insofa.map((entry) => card(ctx, entry, { level: 3, onlyInsofa: true })) }];
}

function events(ctx: Ctx): Run[] {
  const { d, loc, w } = ctx;
  const out: Typst[] = [heading(2, w.eventsHeading[d.audience])];
  if (d.events.length === 0) return [{ head: [...out, par(text(w.eventsNone))], cards: [] }];
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
          ...(m.topics.length > 0
            ? [
                par(text(w.topics, { bold: true })),
                list(
                  m.topics.map((topic) => text(topic)),
                  IN_FRAME,
                ),
              ]
            : []),
        ),
        { breakable: false, inset: 6, stroke: '0.5pt + c-line', below: 8 },
      ),
    );
  }
  // The events stay together, each a line of its own as they always were.
  return [{ head: out, cards: [] }];
}

function coordination(ctx: Ctx): Run[] {
  const { d, w } = ctx;
  const { persons, offices } = d.coordination;
  const head: Typst[] = [heading(2, w.coordinationHeading), par(text(w.coordinationIntro))];
  if (persons.length > 0) return [{ head, cards: persons.map((p) => coordinatorCard(ctx, p)) }];
  if (offices.length > 0)
    return [{ head: [...head, par(text(w.coordinationOffices))], cards: offices.map((entry) => card(ctx, entry, { level: 3, noPersons: true })) }];
  return [{ head, cards: [] }];
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
      ? [
          par(text(w.persons, { bold: true, size: 8.5 })),
          list(
            persons.map((p) => personItem(w, p)),
            IN_FRAME,
          ),
        ]
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
  return [par(text(t.t('offers'), { bold: true, size: 8.5 })), list(offers.map(item), IN_FRAME)];
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
