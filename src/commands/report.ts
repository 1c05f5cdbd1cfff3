// netzwerk report: options → valid model → report data → one renderer → stdout or --out.
import type { Context } from '../cli/context.js';
import { resolveDir } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { outputFormat, writeOutput } from '../cli/output.js';
import { buildReport } from '../report/build-report.js';
import { parsePeriod } from '../report/period.js';
import type { Report } from '../report/types.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { renderReportText } from '../render/report-text.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];
const BY_EXTENSION: Record<string, Format> = { '.txt': 'text', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json' };

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export async function reportCommand(ctx: Context, dir: string | undefined, options: Record<string, unknown>): Promise<number> {
  const out = str(options.out);
  // Usage errors first, before reading anything.
  const format = outputFormat(ctx, str(options.format), out, FORMATS, BY_EXTENSION, 'text');
  const period = parsePeriod({ year: str(options.year), from: str(options.from), to: str(options.to) }, ctx.today, ctx.lang);
  const { model, warnings } = loadValidModel(ctx, dir);
  const report = buildReport(model, warnings, period, ctx.today);
  await writeOutput(ctx, out, render(report, format, ctx, out !== undefined), resolveDir(ctx, dir));
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
