// netzwerk review [DIR] [--format text|csv|emails] [--out FILE]: contact data due for
// confirmation (grouped by partner) and contact data due for deletion.
import { resolveDir, type Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { outputFormat, writeOutput } from '../cli/output.js';
import { reviewFindings } from '../privacy/review.js';
import { renderMailboxList, withoutEmail } from '../render/mailbox-list.js';
import { renderReviewCsv } from '../render/review-csv.js';
import { renderReviewText } from '../render/review-text.js';

export interface ReviewOptions {
  format?: string;
  out?: string;
}

const FORMATS = ['text', 'csv', 'emails'] as const;

export async function reviewCommand(ctx: Context, dir: string | undefined, options: ReviewOptions): Promise<number> {
  const format = outputFormat(ctx, options.format, options.out, FORMATS, { '.csv': 'csv', '.txt': 'text' }, 'text');
  const { model, locate } = loadValidModel(ctx, dir);
  const findings = reviewFindings(model, ctx.today, locate);
  // The e-mail list asks for confirmation, so it holds the people due for review (not those to delete).
  const toConfirm = findings.review.flatMap((g) => g.persons);
  const content =
    format === 'csv' ? renderReviewCsv(findings, ctx.lang) : format === 'emails' ? renderMailboxList(toConfirm) : renderReviewText(findings, ctx.lang);
  await writeOutput(ctx, options.out, content, resolveDir(ctx, dir));
  if (format === 'emails') {
    const missing = withoutEmail(toConfirm);
    if (missing.length > 0) {
      const names = missing.map((p) => p.name).join(', ');
      ctx.io.stderr.write(
        ctx.lang === 'de'
          ? `Hinweis: ohne E-Mail-Adresse, bitte anders erreichen: ${names}\n`
          : `Note: no e-mail address, please reach them otherwise: ${names}\n`,
      );
    }
  }
  return 0;
}
