// netzwerk report: options → valid model → report data for its audience → one renderer →
// stdout or --out (a PDF typeset from the same document through the shared PDF path).
import { t } from '../../i18n/catalogue.js';
import type { Invocation } from '../../cli/spec.js';
import { REPORT, REPORT_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../cli/context.js';
import { loadValidModel } from '../../network/open.js';
import { chooseOutput } from '../../cli/output-format.js';
import { comparePeriod, periodFrom } from './period-options.js';
import { buildReport } from '../../report-data/build-report.js';
import type { Report } from '../../report-data/types.js';
import { renderReportHtml } from './render/html.js';
import { renderReportJson } from './render/json.js';
import { renderReportMarkdown } from './render/markdown.js';
import { renderReportText } from './render/text.js';
import { renderReportTypst } from './render/typst.js';
import { writeOutput } from '../../write/output.js';
import { typesetPdf, type TypesetPdf } from '../../write/typeset-pdf.js';
import { working } from '../../cli/progress.js';

type Format = (typeof REPORT_OUTPUTS)[number]['format'];

export async function run(ctx: Context, { args, options }: Invocation<typeof REPORT>): Promise<number> {
  // Usage errors first, before reading anything.
  const { format } = chooseOutput(REPORT_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'text',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.report'),
  });
  const period = periodFrom(options, ctx.today);
  const compare = options.compare === undefined ? undefined : comparePeriod(options.compare, period);
  const { model, warnings } = loadValidModel(ctx, args.dir);
  const report = buildReport(model, warnings, period, ctx.today, { audience: options.audience, lang: ctx.lang, compare, profile: options.profile });
  const content = format === 'pdf' ? (await pdf(report, ctx, options.out)).bytes : render(report, format, ctx, options.out !== undefined);
  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  return 0;
}

function render(report: Report, format: Exclude<Format, 'pdf'>, ctx: Context, toFile: boolean): string {
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

/** The report typeset on A4, each page's footer with the report, its audience, the network and the "Stand" date. */
function pdf(report: Report, ctx: Context, out: string | undefined): Promise<TypesetPdf> {
  const source = renderReportTypst(report, { lang: ctx.lang });
  return working(ctx, 'working.pdf', () => typesetPdf({ source, date: report.today, out, htmlOptions: '--format html', note: ctx.note }));
}
