// netzwerk sheet MEETING [DIR] [--format html|pdf|csv] [--out FILE] [--lines N] [--guest-lines N]:
// the sign-in sheet to print on the day (HTML, or a PDF typeset through the shared PDF path), or the CSV
// template to type it up afterwards, which `netzwerk attendance` reads back (docs/meetings.md).
import { signInSheet } from './sheet.js';
import { t } from '../../../i18n/catalogue.js';
import type { Invocation } from '../../../cli/spec.js';
import { SHEET, SHEET_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../../cli/context.js';
import { loadValidModel } from '../../../network/open.js';
import { knownMeeting } from '../../../cli/option-values.js';
import { chooseOutput } from '../../../cli/output-format.js';
import { UsageError } from '../../../errors.js';
import { renderSheetCsv } from './csv.js';
import { renderSheetHtml } from './html.js';
import { renderSheetTypst } from './typst.js';
import { writeOutput } from '../../../write/output.js';
import { typesetPdf } from '../../../write/typeset-pdf.js';
import { working } from '../../../cli/progress.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof SHEET>): Promise<number> {
  const { format } = chooseOutput(SHEET_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'html',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.sheet'),
  });
  const { model } = loadValidModel(ctx, args.dir);
  const id = knownMeeting(model, args.meeting, { argument: true });
  const meeting = model.meetingById.get(id)!;
  if (meeting.status === 'cancelled') throw new UsageError('sheet.cancelled', { id });
  const data = signInSheet(model, meeting);

  let content: string | Uint8Array;
  if (format === 'csv') content = renderSheetCsv(data, { lang: ctx.lang });
  else {
    const layout = { lang: ctx.lang, lines: options.lines ?? 2, guestLines: options.guestLines ?? 8 };
    if (format === 'html') content = renderSheetHtml(data, layout);
    else {
      const source = renderSheetTypst(data, { ...layout, today: ctx.today });
      const pdf = await working(ctx, 'working.pdf', () =>
        typesetPdf({ source, date: ctx.today, out: options.out, htmlOptions: '--format html', note: ctx.note }),
      );
      content = pdf.bytes;
    }
  }
  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  return 0;
}
