// netzwerk report: options → valid model → report data → one renderer → stdout or --out.
import type { Invocation } from '../cli/commands.js';
import { resolveDir, type Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { outputFormat } from '../cli/output-format.js';
import { periodFrom } from '../cli/period.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/types.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { renderReportText } from '../render/report-text.js';
import { writeOutput } from '../write/output.js';

type Format = 'text' | 'md' | 'html' | 'json';
const BY_EXTENSION: Record<string, Format> = { '.txt': 'text', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json' };

export async function run(ctx: Context, { args, options }: Invocation<'report'>): Promise<number> {
  // Usage errors first, before reading anything.
  const format = outputFormat(options.format, options.out, BY_EXTENSION, 'text');
  const period = periodFrom(options, ctx.today);
  const { model, warnings } = loadValidModel(ctx, args.dir);
  const report = buildReport(model, warnings, period, ctx.today);
  await writeOutput(ctx.io, options.out, render(report, format, ctx, options.out !== undefined), resolveDir(ctx, args.dir));
  return 0;
}

function render(report: Report, format: Format, ctx: Context, toFile: boolean): string {
  switch (format) {
    case 'json':
      return renderReportJson(report);
    case 'md':
      return renderReportMarkdown(report, { lang: ctx.lang });
    case 'html':
      return renderReportHtml(report, { lang: ctx.lang });
    case 'text':
      // ctx.color is about the terminal; a file never gets escape codes.
      return renderReportText(report, { lang: ctx.lang, color: ctx.color && !toFile });
  }
}
