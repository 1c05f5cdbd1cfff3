// The public Wegweiser as files: for a folder (`--out wegweiser/`), one page per language
// (index.html in German, tr.html, ar.html …, each linking all the others), the page in Leichte
// Sprache (leichte-sprache.html) and the accessibility statement in each language
// (barrierefreiheit.html, barrierefreiheit-tr.html …); for a single file or stdout, one page with
// the statement and the Leichte Sprache as sections at its end. All pure: the command writes them.
import { escapeHtml as e, renderPage } from '../../formats/page.js';
import { translationFile } from '../../load/translations.js';
import type { Directory } from './build-directory.js';
import { easyLanguageHtml } from './easy-language.js';
import { accessBar, renderDirectoryHtml, type PageLinks } from './html.js';
import { EASY_LOCALE, type PageLocale } from './page-locale.js';
import { statementHtml } from './statement.js';
import { DIRECTORY_CSS } from './style.js';

export interface SiteFile {
  name: string;
  content: string;
}

const EASY_FILE = 'leichte-sprache.html';

/** index.html for the first language (German when it is asked for), `<tag>.html` for every other. */
const pageName = (locales: readonly PageLocale[], loc: PageLocale) => (loc === locales[0] ? 'index.html' : `${loc.tag}.html`);
const statementName = (locales: readonly PageLocale[], loc: PageLocale) => (loc === locales[0] ? 'barrierefreiheit.html' : `barrierefreiheit-${loc.tag}.html`);

/** German first when it is among them, then the order asked for. */
export const germanFirst = (locales: readonly PageLocale[]): PageLocale[] => [
  ...locales.filter((l) => l.tag === 'de'),
  ...locales.filter((l) => l.tag !== 'de'),
];

export function wegweiserSite(d: Directory, asked: readonly PageLocale[]): SiteFile[] {
  const locales = germanFirst(asked);
  const easyFile = translationFile(EASY_LOCALE);
  const machineTranslated = locales.some((l) => l.file.unchecked.length > 0 && l.tag !== 'de');
  const alternates = locales.map((l) => ({ tag: l.tag, name: l.file.name, dir: l.dir, href: pageName(locales, l) }));
  const files: SiteFile[] = [];
  for (const loc of locales) {
    const links: PageLinks = { alternates, easy: EASY_FILE, statement: statementName(locales, loc) };
    files.push({ name: pageName(locales, loc), content: renderDirectoryHtml(d, { locale: loc, links }) });
    const statement = statementHtml(d, loc, { machineTranslated, easy: EASY_FILE, home: pageName(locales, loc), level: 1 });
    files.push({ name: statementName(locales, loc), content: companionPage(d, loc, links, loc.t.t('statement_title'), statement) });
  }
  if (easyFile) {
    const first = locales[0]!;
    const links: PageLinks = { alternates, easy: EASY_FILE, statement: statementName(locales, first) };
    const body = easyLanguageHtml(d, easyFile, { links, home: pageName(locales, first), level: 1 });
    files.push({ name: EASY_FILE, content: companionPage(d, first, links, easyFile.messages.get('ls_title') ?? '', body, EASY_LOCALE) });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One page of the Wegweiser as a single file: the statement and the Leichte Sprache behind it, linked from its start and end. */
export function singleWegweiserPage(d: Directory, loc: PageLocale): string {
  const easyFile = translationFile(EASY_LOCALE);
  const links: PageLinks = { alternates: [], easy: '#leichte-sprache', statement: '#barrierefreiheit' };
  const appendix = [statementHtml(d, loc, { machineTranslated: loc.tag !== 'de' && loc.file.unchecked.length > 0, easy: links.easy, level: 2 })];
  if (easyFile) appendix.push(easyLanguageHtml(d, easyFile, { links, home: '#einrichtungen', level: 2 }));
  return renderDirectoryHtml(d, { locale: loc, links, appendix });
}

/** The statement or the Leichte Sprache as a page of its own, with the Wegweiser's start (languages, Leichte Sprache) and style. */
function companionPage(d: Directory, loc: PageLocale, links: PageLinks, title: string, body: string, lang = loc.tag): string {
  return renderPage({
    lang,
    dir: lang === loc.tag ? loc.dir : 'ltr',
    title: `${title}: ${d.network.name}`,
    description: `${title} – ${d.network.name}`,
    css: DIRECTORY_CSS,
    body: [
      '<header class="cover">',
      lang === loc.tag ? accessBar(d, loc, links, '') : '',
      lang === loc.tag ? `<p class="kicker">${e(loc.t.t('title_public'))}</p>` : '',
      '</header>',
      '<main>',
      body,
      '</main>',
    ]
      .filter(Boolean)
      .join('\n'),
  });
}
