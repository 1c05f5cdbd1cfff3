// netzwerk directory: the partner directory for the network (--audience network, the default) or
// the public Wegweiser (--audience public). Options → valid model → the directory for its
// audience (pure, src/products/directory/build-directory.ts) → one renderer → stdout or --out (a PDF printed from
// the HTML through the shared PDF path). On stderr: what the files lack for the directory's readers.
import { t } from '../../i18n/catalogue.js';
import type { Invocation } from '../../cli/spec.js';
import { DIRECTORY, DIRECTORY_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../cli/context.js';
import { loadValidModel } from '../../network/open.js';
import { chooseOutput } from '../../cli/output-format.js';
import { buildDirectory, type Directory } from './build-directory.js';
import { DIRECTORY_WORDS } from './words.js';
import { renderDirectoryCsv } from './csv.js';
import { renderDirectoryHtml } from './html.js';
import { renderDirectoryJson } from './json.js';
import { renderDirectoryXlsx } from './xlsx.js';
import { writeOutput } from '../../write/output.js';
import { printPdf } from '../../write/pdf.js';
import { working } from '../../cli/progress.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof DIRECTORY>): Promise<number> {
  const { format } = chooseOutput(DIRECTORY_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'html',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.directory'),
  });
  const { model } = loadValidModel(ctx, args.dir);
  const directory = buildDirectory(model, options.audience, ctx.today, { hideUnconfirmed: options.hideUnconfirmed });
  const lang = ctx.lang;
  let content: string | Uint8Array;
  if (format === 'csv') content = renderDirectoryCsv(directory, { lang });
  else if (format === 'json') content = renderDirectoryJson(directory, { lang });
  else if (format === 'xlsx') content = await renderDirectoryXlsx(directory, { lang });
  else if (format === 'pdf') content = await pdf(directory, ctx, options.out);
  else content = renderDirectoryHtml(directory, { lang });
  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  notes(directory, ctx);
  return 0;
}

/** The Wegweiser or directory printed on A4, each page's footer with its title, the network and the "Stand" date. */
function pdf(directory: Directory, ctx: Context, out: string | undefined): Promise<Uint8Array> {
  const footer = `${DIRECTORY_WORDS[ctx.lang].title[directory.audience]} · ${directory.network.name}`;
  return working(ctx, 'working.pdf', () =>
    printPdf(ctx.io, ctx.lang, { html: renderDirectoryHtml(directory, { lang: ctx.lang }), footer, dated: true, date: directory.today, out }),
  );
}

/** Notes on stderr, so that stdout stays the directory itself. */
function notes(directory: Directory, ctx: Context): void {
  const names = (list: readonly { name: string }[]) => list.map((e) => e.name).join(', ');
  const total = directory.entries.length;
  const noAddress = directory.entries.filter((e) => !(e.address?.street && e.address.postal_code && e.address.city));
  if (noAddress.length > 0) ctx.note('directory.no-address', { count: noAddress.length, total, names: names(noAddress) });
  const unreachable = directory.entries.filter((e) => !e.address && !e.phone && !e.email && !e.website && e.persons.length === 0);
  if (unreachable.length > 0) ctx.note('directory.unreachable', { count: unreachable.length, names: names(unreachable) });
  if (directory.coordination.persons.length === 0) ctx.note('directory.no-coordinator', { audience: directory.audience });
  if (directory.hidden.length > 0)
    ctx.note('directory.hidden-unconfirmed', { count: directory.hidden.length, months: directory.reviewPartnersAfterMonths, names: names(directory.hidden) });
}
