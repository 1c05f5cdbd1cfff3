// netzwerk directory: the partner directory for the network (--audience network, the default) or
// the public Wegweiser (--audience public). Options → valid model → the directory for its
// audience (pure, build-directory.ts) → one renderer → stdout, --out FILE or --out FOLDER (a PDF
// typeset from the same directory by Typst through the shared PDF path, typst.ts). `--lang` names the pages' languages
// (`--lang de,tr,ar`, page-locale.ts): several make a folder of pages (site.ts); `--format hsds`
// makes a folder of Open Referral data (hsds/). On stderr: what the files lack for the readers.
import { stat } from 'node:fs/promises';
import { t } from '../../i18n/catalogue.js';
import type { Invocation } from '../../cli/spec.js';
import { DIRECTORY, DIRECTORY_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../cli/context.js';
import { loadValidModel } from '../../network/open.js';
import { chooseOutput } from '../../cli/output-format.js';
import { UsageError } from '../../errors.js';
import { resolvePath } from '../../paths.js';
import { buildDirectory, type Directory } from './build-directory.js';
import { renderDirectoryCsv } from './csv.js';
import { renderDirectoryHtml } from './html.js';
import { renderDirectoryJson } from './json.js';
import { renderDirectoryTypst } from './typst.js';
import { renderDirectoryXlsx } from './xlsx.js';
import { hsdsFiles } from './hsds/hsds.js';
import { requestedLocales, type PageLocale } from './page-locale.js';
import { germanFirst, singleWegweiserPage, wegweiserSite, type SiteFile } from './site.js';
import { untranslated } from './untranslated.js';
import { writeOutput } from '../../write/output.js';
import { writeOutputFolder } from '../../write/output-folder.js';
import { typesetPdf } from '../../write/typeset-pdf.js';
import { working } from '../../cli/progress.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof DIRECTORY>): Promise<number> {
  const { format } = chooseOutput(DIRECTORY_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'html',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.directory'),
  });
  const locales = requestedLocales(ctx.langs, ctx.lang, options.audience);
  const several = locales.length > 1;
  const langs = locales.map((l) => l.tag).join(',');
  if (several && (format === 'csv' || format === 'json' || format === 'xlsx' || format === 'hsds'))
    throw new UsageError('usage.langs-format', { langs, format });
  if ((format === 'csv' || format === 'xlsx') && !['de', 'en'].includes(locales[0]!.tag))
    throw new UsageError('usage.table-lang', { value: locales[0]!.tag, format });
  const folder = options.out !== undefined && (several || format === 'hsds' || ((format === 'html' || format === 'pdf') && (await isFolder(ctx, options.out))));
  if (format === 'hsds' && !folder) throw new UsageError('usage.format-needs-folder', { format, example: 'hsds' });
  if (several && !folder) throw new UsageError('usage.langs-need-folder', { langs });
  const { model } = loadValidModel(ctx, args.dir);
  const directory = buildDirectory(model, format === 'hsds' ? 'public' : options.audience, ctx.today, { hideUnconfirmed: options.hideUnconfirmed });
  const networkDir = resolveDir(ctx, args.dir);
  const loc = locales[0]!;
  if (folder) {
    const files = await folderFiles(directory, locales, format, ctx, options.out!, model.network.id);
    // Pages of a language no longer asked for go, so that the switcher and the files agree; nothing else in the folder is touched.
    const stale =
      format === 'html'
        ? /^(index|[a-z]{2}|barrierefreiheit(-[a-z]{2})?|leichte-sprache)\.html$/
        : format === 'pdf'
          ? /^wegweiser(-[a-z]{2})?\.pdf$/
          : undefined;
    await writeOutputFolder(ctx.io, options.out!, files, networkDir, stale ? { stale } : {});
    ctx.note('directory.written', { folder: options.out!, files: files.map((f) => f.name).join(', ') });
  } else {
    let content: string | Uint8Array;
    if (format === 'csv') content = renderDirectoryCsv(directory, { locale: loc });
    else if (format === 'json') content = renderDirectoryJson(directory, { locale: loc });
    else if (format === 'xlsx') content = await renderDirectoryXlsx(directory, { locale: loc });
    else if (format === 'pdf') content = await pdf(directory, loc, ctx, options.out);
    else content = directory.audience === 'public' ? singleWegweiserPage(directory, loc) : renderDirectoryHtml(directory, { locale: loc });
    await writeOutput(ctx, options.out, content, networkDir);
  }
  notes(directory, locales, format, ctx);
  return 0;
}

/** `--out wegweiser/`, or the name of a folder that exists: the pages (and PDFs) of every language, or the HSDS files. */
async function isFolder(ctx: Context, out: string): Promise<boolean> {
  if (/[\\/]$/.test(out)) return true;
  return (await stat(resolvePath(ctx.io.cwd, out)).catch(() => undefined))?.isDirectory() ?? false;
}

async function folderFiles(
  directory: Directory,
  locales: PageLocale[],
  format: string,
  ctx: Context,
  out: string,
  networkId: string,
): Promise<SiteFile[] | { name: string; content: Uint8Array }[]> {
  if (format === 'hsds') return hsdsFiles(directory, networkId);
  if (format === 'pdf') {
    const files: { name: string; content: Uint8Array }[] = [];
    for (const [i, loc] of germanFirst(locales).entries())
      files.push({ name: i === 0 ? 'wegweiser.pdf' : `wegweiser-${loc.tag}.pdf`, content: await pdf(directory, loc, ctx, out) });
    return files;
  }
  if (directory.audience === 'public') return wegweiserSite(directory, locales);
  return germanFirst(locales).map((loc, i) => ({ name: i === 0 ? 'index.html' : `${loc.tag}.html`, content: renderDirectoryHtml(directory, { locale: loc }) }));
}

/** The Wegweiser or directory typeset on A4 in the page's language and direction, each page's footer with its title, the network and the "Stand" date. */
async function pdf(directory: Directory, loc: PageLocale, ctx: Context, out: string | undefined): Promise<Uint8Array> {
  const source = renderDirectoryTypst(directory, { locale: loc });
  return (await working(ctx, 'working.pdf', () => typesetPdf({ source, date: directory.today, out, htmlOptions: '--format html', note: ctx.note }))).bytes;
}

/** Notes on stderr, so that stdout stays the directory itself. */
function notes(directory: Directory, locales: readonly PageLocale[], format: string, ctx: Context): void {
  const names = (list: readonly { name: string }[]) => list.map((e) => e.name).join(', ');
  const total = directory.entries.length;
  if (directory.hidden.length > 0)
    ctx.note('directory.hidden-unconfirmed', { count: directory.hidden.length, months: directory.reviewPartnersAfterMonths, names: names(directory.hidden) });
  const noAddress = directory.entries.filter((e) => !(e.address?.street && e.address.postal_code && e.address.city));
  if (noAddress.length > 0) ctx.note('directory.no-address', { count: noAddress.length, total, names: names(noAddress) });
  const unreachable = directory.entries.filter((e) => !e.address && !e.phone && !e.email && !e.website && e.persons.length === 0);
  if (unreachable.length > 0) ctx.note('directory.unreachable', { count: unreachable.length, names: names(unreachable) });
  if (directory.coordination.persons.length === 0) ctx.note('directory.no-coordinator', { audience: directory.audience });
  if (directory.audience !== 'public' || format === 'hsds') return;
  if (format === 'html' && !directory.accessibility) ctx.note('directory.no-accessibility');
  const machine = locales.filter((l) => l.tag !== 'de' && l.file.unchecked.length > 0).map((l) => l.tag);
  if (machine.length > 0) ctx.note('directory.machine-translated', { langs: machine.join(', '), prog: ctx.prog });
  for (const loc of locales) {
    const missing = untranslated(directory, loc.tag);
    if (missing.length > 0) ctx.note('directory.untranslated', { lang: loc.tag, count: missing.length, names: [...new Set(missing)].join(', ') });
  }
}
