// `directory --audience public --lang de,tr,ar … --out DIR/`: a page per language, each with its
// language and direction, the switcher and hreflang, German names marked German, the machine
// translation said, the Leichte Sprache and the accessibility statement beside them; the
// single-file page carries both as sections; partners' offers in the page's language when the data
// translates them; the command line's mistakes (exit 2, nothing written); `netzwerk translations`;
// validate's "Übersetzung veraltet". In Chromium (axe, widths, the filter):
// test/system/directory-languages.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, EXAMPLES, run, tempDir } from '../support/helpers.js';

const TODAY = '2026-11-23';
const KLEVE = join(EXAMPLES, 'kreis-kleve');

async function folder(args: string[]): Promise<{ dir: string; files: string[]; stderr: string; remove: () => void }> {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'wegweiser');
  const r = await run(['directory', KLEVE, '--audience', 'public', '--today', TODAY, '--out', `${dir}/`, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, files: readdirSync(dir).sort(), stderr: r.stderr, remove: tmp.remove };
}

describe('directory: the Wegweiser in several languages', () => {
  it('--lang de,tr,ar,uk,ru,pl --out wegweiser/: index.html in German, a page per language, the statement per language, the Leichte Sprache', async () => {
    const site = await folder(['--lang', 'de,tr,ar,uk,ru,pl']);
    try {
      expect(site.files).toEqual([
        'ar.html',
        'barrierefreiheit-ar.html',
        'barrierefreiheit-pl.html',
        'barrierefreiheit-ru.html',
        'barrierefreiheit-tr.html',
        'barrierefreiheit-uk.html',
        'barrierefreiheit.html',
        'index.html',
        'leichte-sprache.html',
        'pl.html',
        'ru.html',
        'tr.html',
        'uk.html',
      ]);
      const page = (name: string) => readFileSync(join(site.dir, name), 'utf8');
      expect(page('index.html')).toContain('<html lang="de">');
      expect(page('ar.html')).toContain('<html lang="ar" dir="rtl">');
      expect(page('tr.html')).toContain('<html lang="tr">');
      expect(page('leichte-sprache.html')).toContain('<html lang="de-x-ls">');
      for (const name of ['index.html', 'tr.html', 'ar.html']) {
        const html = page(name);
        expect(html).toContain('<link rel="alternate" hreflang="tr" href="tr.html">');
        expect(html).toContain('<link rel="alternate" hreflang="x-default" href="index.html">');
        expect(html).toContain('<a href="leichte-sprache.html" hreflang="de">');
        expect(html).toContain('<a href="https://www.kreis-kleve.example/wegweiser-gebaerdensprache" hreflang="de">');
        expect(html).toContain('<script type="application/ld+json">');
      }
      expect(page('tr.html')).toContain('<a href="ar.html" hreflang="ar" lang="ar" dir="rtl">العربية</a>');
      expect(page('tr.html')).toContain('<a href="tr.html" lang="tr" dir="ltr" aria-current="page">Türkçe</a>');
      // German proper names marked German on foreign pages; left to right inside Arabic.
      expect(page('tr.html')).toContain('<h1><span lang="de">Netzwerk Kinderschutz Kreis Kleve</span></h1>');
      expect(page('ar.html')).toContain('<h1><span lang="de" dir="ltr">Netzwerk Kinderschutz Kreis Kleve</span></h1>');
      expect(page('index.html')).toContain('<h1>Netzwerk Kinderschutz Kreis Kleve</h1>');
      // Machine translation said on the page, in its language; never on the German one.
      expect(page('tr.html')).toContain('<p class="machine-note">Bu sayfa makine ile çevrildi');
      expect(page('index.html')).not.toContain('<p class="machine-note">');
      // The statement in each language, linked from each page's footer; the Ombudsstelle in it.
      expect(page('tr.html')).toContain('<p><a href="barrierefreiheit-tr.html">Erişilebilirlik beyanı</a></p>');
      expect(page('barrierefreiheit.html')).toContain('teilweise vereinbar');
      expect(page('barrierefreiheit.html')).toContain('ombudsstelle-barrierefreie-it@mags.nrw.de');
      expect(page('barrierefreiheit.html')).toContain('mailto:barrierefreiheit@kreis-kleve.example');
      expect(page('barrierefreiheit.html')).toContain(
        '<li>Die Internetseiten der Einrichtungen, auf die der Wegweiser verlinkt, gehören nicht zu dieser Erklärung und sind nicht geprüft.</li>',
      );
      expect(page('barrierefreiheit.html')).toContain('<li>Die Fassungen in anderen Sprachen sind maschinell übersetzt');
      expect(page('leichte-sprache.html')).toContain('<p>Der Wegweiser ist eine Internet-Seite.</p>');
      expect(site.stderr).toContain('Hinweis: Maschinell übersetzt und noch nicht von Muttersprachlern geprüft (die Seiten sagen es): tr, ar, uk, ru, pl.');
    } finally {
      site.remove();
    }
  });

  it("offers in the page's language where the data translates them, else in German marked German; plural forms from Intl", async () => {
    const site = await folder(['--lang', 'de,tr,ru']);
    try {
      const tr = readFileSync(join(site.dir, 'tr.html'), 'utf8');
      expect(tr).toContain('<p class="offer-title">Eğitim ve aile danışmanlığı</p>');
      expect(tr).toContain('<p class="offer-title"><span lang="de">Offene Sprechstunde für Jugendliche</span></p>');
      expect(tr).toContain('<dt>Yaş</dt><dd>0 ile 21 yaş arası</dd>');
      expect(tr).toContain('<dt>Diller</dt><dd>Türkçe, Arapça</dd>');
      const de = readFileSync(join(site.dir, 'index.html'), 'utf8');
      expect(de).toContain('<dt>Sprachen</dt><dd>Türkisch, Arabisch</dd>');
      expect(de).toContain('<dt>Kosten</dt><dd>kostenlos</dd>');
      expect(de).toContain('data-p-one="# Einrichtung passt zur Auswahl." data-p-other="# Einrichtungen passen zur Auswahl."');
      const ru = readFileSync(join(site.dir, 'ru.html'), 'utf8');
      expect(ru).toContain(
        'data-p-one="Выбору соответствует # учреждение." data-p-few="Выбору соответствуют # учреждения." data-p-many="Выбору соответствуют # учреждений."',
      );
      expect(site.stderr).toMatch(/Hinweis: Für tr fehlt die Übersetzung von \d+ Texten der Partner/);
    } finally {
      site.remove();
    }
  });

  it('one language into one file: the statement and the Leichte Sprache as sections of the page, linked from its start and end', async () => {
    const r = await run(['directory', KLEVE, '--audience', 'public', '--lang', 'ar', '--today', TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<html lang="ar" dir="rtl">');
    expect(r.stdout).toContain('<section id="barrierefreiheit" class="statement"');
    expect(r.stdout).toContain('<section id="leichte-sprache" class="easy" lang="de-x-ls"');
    expect(r.stdout).toContain('<a href="#leichte-sprache" hreflang="de">');
    expect(r.stdout).toContain('<p><a href="#barrierefreiheit">');
  });

  it('into a folder used before: the pages of languages no longer asked for go, other files stay', async () => {
    const site = await folder(['--lang', 'de,tr,ar']);
    try {
      writeFileSync(join(site.dir, 'notizen.txt'), 'meine Notizen');
      const r = await run(['directory', KLEVE, '--audience', 'public', '--today', TODAY, '--out', `${site.dir}/`, '--lang', 'de,uk']);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(site.dir).sort()).toEqual([
        'barrierefreiheit-uk.html',
        'barrierefreiheit.html',
        'index.html',
        'leichte-sprache.html',
        'notizen.txt',
        'uk.html',
      ]);
    } finally {
      site.remove();
    }
  });

  it('the same files give the same bytes', async () => {
    const a = await folder(['--lang', 'de,ar']);
    const b = await folder(['--lang', 'de,ar']);
    try {
      for (const f of a.files) expect(readFileSync(join(b.dir, f), 'utf8'), f).toBe(readFileSync(join(a.dir, f), 'utf8'));
    } finally {
      a.remove();
      b.remove();
    }
  });

  it.for([
    [
      ['--lang', 'de,xx', '--out', 'w/'],
      'netzwerk: --lang: „xx“ – für den Wegweiser gibt es diese Sprache nicht; möglich sind: de, ar, en, pl, ru, tr, uk. Eine Sprache kommt mit einer Übersetzungsdatei dazu (translations/).',
    ],
    [['--lang', 'de,tr'], 'netzwerk: Mehrere Sprachen (--lang de,tr) ergeben mehrere Seiten: Bitte mit --out einen Ordner angeben, z. B. --out wegweiser/.'],
    [
      ['--lang', 'de,tr', '--format', 'csv', '--out', 'w/'],
      'netzwerk: Mehrere Sprachen (--lang de,tr) gibt es für die Seiten des Wegweisers (HTML und PDF); für --format csv bitte eine Sprache wählen.',
    ],
    [['--format', 'hsds'], 'netzwerk: --format hsds schreibt mehrere Dateien: Bitte mit --out einen Ordner angeben, z. B. --out hsds/.'],
    [
      ['--audience', 'network', '--lang', 'tr'],
      'netzwerk: --lang „tr“: Das Partnerverzeichnis (--audience network) gibt es auf Deutsch und Englisch; andere Sprachen hat der Wegweiser (--audience public).',
    ],
  ] as [string[], string][])('%j: exit 2, one message, nothing written', async ([args, message]) => {
    const tmp = tempDir();
    try {
      const r = await run(['directory', KLEVE, '--audience', 'public', '--today', TODAY, ...args], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${message}\n`);
      expect(r.stdout).toBe('');
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.remove();
    }
  });

  it('--lang for messages stays German or English for every other command', async () => {
    const r = await run(['validate', KLEVE, '--lang', 'tr', '--today', TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netzwerk: --lang: „tr“ gibt es nicht; möglich sind: de, en.\n');
    const en = await run(['directory', KLEVE, '--audience', 'public', '--lang', 'en,tr', '--format', 'hsds', '--today', TODAY]);
    expect(en.stderr).toContain('Several languages (--lang en,tr)');
  });
});

describe('netzwerk translations', () => {
  it('lists for each file who checked it, what is missing and every unchecked text', async () => {
    const r = await run(['translations', '--lang', 'tr']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'translations/tr.arb (tr, Türkçe)',
      '  übersetzt aus de; von niemandem geprüft',
      '  alle Texte vorhanden',
      expect.stringMatching(/^ {2}(\d+) von \1 Texten ungeprüft \(maschinell übersetzt oder ohne Prüfung geschrieben\):$/),
    ]);
    expect(lines).toContain('    title_public: Çocuk Koruma Rehberi');
  });

  it('--format json, in English; every file without --lang; an unknown language is exit 2', async () => {
    const r = await run(['translations', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { locale: string; missing: string[]; unchecked: { key: string }[]; checked_by: unknown[] }[];
    expect(json.map((f) => f.locale)).toEqual(['ar', 'de-x-ls', 'de', 'en', 'pl', 'ru', 'tr', 'uk']);
    for (const f of json) expect(f.missing, f.locale).toEqual([]);
    expect(json.find((f) => f.locale === 'de')!.unchecked).toEqual([]);
    expect(json.find((f) => f.locale === 'ar')!.unchecked.length).toBeGreaterThan(100);
    const en = await run(['translations', '--lang', 'en,pl']);
    expect(en.stdout).toContain('translations/pl.arb (pl, Polski)\n  translated from de; checked by nobody');
    const bad = await run(['translations', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('„fr“');
  });
});

describe('validate: offers and translations', () => {
  it('warns "Übersetzung veraltet" when the German text is newer than its translation', async () => {
    const ex = copyExample('kreis-kleve');
    try {
      const file = join(ex.dir, 'partners.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('      updated: 2026-05-04\n      translations:', '      updated: 2026-06-30\n      translations:'),
      );
      const r = await run(['validate', ex.dir, '--today', TODAY]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /partners\.yaml:\d+:\d+ +Warnung +offers\[0\]\.translations\.tr\.source_date: Übersetzung veraltet: Die Übersetzung \(tr\) übersetzt den deutschen Text vom 04\.05\.2026, der deutsche Text ist vom 30\.06\.2026\./,
      );
      expect(existsSync(file)).toBe(true);
    } finally {
      ex.remove();
    }
  });

  it('refuses an offer in a municipality the partner does not serve, ages the wrong way round, a language that is no ISO 639-1 code', async () => {
    const ex = copyExample('kreis-kleve');
    try {
      const file = join(ex.dir, 'partners.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        original
          .replace('      municipalities: [Geldern, Kevelaer]\n', '      municipalities: [Geldern, Kleve]\n')
          .replace('ages: { from: 12, to: 21 }', 'ages: { from: 21, to: 12 }'),
      );
      const r = await run(['validate', ex.dir, '--today', TODAY]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        '„Kleve“, der Partner „Lebenshilfe Gelderland e.V. – Frühförderung und Familienentlastender Dienst“ ist aber nur für seine municipalities zuständig',
      );
      expect(r.stdout).toContain('ages: from (21) ist größer als to (12)');
      writeFileSync(file, original.replace('languages: [pl, ru]', 'languages: [pl, xx]'));
      const code = await run(['validate', ex.dir, '--today', TODAY]);
      expect(code.code).toBe(1);
      expect(code.stdout).toMatch(/languages\[1\]: .*xx/);
    } finally {
      ex.remove();
    }
  });
});
