// netzwerk overview: options → the sources (report files, network folders) → the overview (a pure
// stage) → one renderer → stdout or --out. Reads many networks, writes one file; never a person.
import type { Invocation } from '../../cli/spec.js';
import type { Context } from '../../cli/context.js';
import { t } from '../../i18n/catalogue.js';
import { chooseOutput } from '../../cli/output-format.js';
import { resolvePath } from '../../paths.js';
import { refuseNetworkFiles, refuseSourceFiles } from '../../write/out-guard.js';
import { writeOutput } from '../../write/output.js';
import { buildOverview } from './build-overview.js';
import { readReference } from './reference.js';
import { renderOverviewCsv } from './render/csv.js';
import { renderOverviewHtml } from './render/html.js';
import { renderOverviewJson } from './render/json.js';
import { renderOverviewMarkdown } from './render/markdown.js';
import { renderOverviewText } from './render/text.js';
import { renderOverviewXlsx } from './render/xlsx.js';
import { readSources } from './sources.js';
import { OVERVIEW, OVERVIEW_OUTPUTS } from './spec.js';
import type { Overview } from './types.js';

type Format = (typeof OVERVIEW_OUTPUTS)[number]['format'];

export async function run(ctx: Context, { args, options }: Invocation<typeof OVERVIEW>): Promise<number> {
  // Usage errors first, before reading anything.
  const { format } = chooseOutput(OVERVIEW_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'text',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.overview'),
  });
  const reference = options.reference === undefined ? undefined : await readReference(resolvePath(ctx.io.cwd, options.reference), options.reference);
  const { reads, period, entries } = readSources(ctx, args.sources, options.year);
  const overview = buildOverview(reads, { period, today: ctx.today, groupBy: options.groupBy, reference });
  const content = await render(overview, format, ctx, options.out !== undefined);
  if (options.out !== undefined) {
    // --out never replaces a file read: a report given, a network's own files.
    const target = resolvePath(ctx.io.cwd, options.out);
    refuseSourceFiles(
      target,
      [
        ...entries.filter((e) => e.kind === 'file').map((e) => e.path),
        ...(options.reference === undefined ? [] : [resolvePath(ctx.io.cwd, options.reference)]),
      ],
      options.out,
    );
    for (const folder of entries.filter((e) => e.kind === 'folder')) refuseNetworkFiles(target, folder.path, options.out);
  }
  await writeOutput(ctx, options.out, content, ctx.io.cwd);
  return 0;
}

function render(overview: Overview, format: Format, ctx: Context, toFile: boolean): string | Promise<Uint8Array> {
  switch (format) {
    case 'json':
      return renderOverviewJson(overview);
    case 'md':
      return renderOverviewMarkdown(overview, { lang: ctx.lang });
    case 'html':
      return renderOverviewHtml(overview, { lang: ctx.lang });
    case 'csv':
      return renderOverviewCsv(overview, { lang: ctx.lang });
    case 'xlsx':
      return renderOverviewXlsx(overview, { lang: ctx.lang });
    case 'text':
      // ctx.color is about the terminal; a file never gets escape codes.
      return renderOverviewText(overview, { lang: ctx.lang, color: ctx.color && !toFile });
  }
}
