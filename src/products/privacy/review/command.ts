// netzwerk review [DIR] [--format text|csv|emails] [--out FILE]: contact data due for
// confirmation (grouped by partner) and contact data due for deletion. Like `person`, it answers
// from whatever parses, with the errors first on stderr.
import type { Invocation } from '../../../cli/spec.js';
import { REVIEW, REVIEW_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../../cli/context.js';
import { loadReadable } from '../../../network/open.js';
import { chooseOutput } from '../../../cli/output-format.js';
import { t } from '../../../i18n/catalogue.js';
import { reviewFindings } from './review.js';
import { renderMailboxList, withoutEmail } from '../../../formats/mailbox-list.js';
import { renderReviewCsv } from './csv.js';
import { renderReviewText } from './text.js';
import { writeOutput } from '../../../write/output.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof REVIEW>): Promise<number> {
  const { format } = chooseOutput(REVIEW_OUTPUTS, { format: options.format, out: options.out, fallback: 'text' });
  // Answers from whatever parses: errors first, on stderr, then what it could not check.
  const { readable, locate, hasErrors } = loadReadable(ctx, args.dir);
  const model = readable.model;
  if (hasErrors) {
    const places =
      readable.failed.map((item) => t(ctx.lang, 'answer.place', { file: item.origin.file, line: locate(item.origin).line })).join(', ') || undefined;
    ctx.note('answer.review-partial', { places, unreadable: readable.unreadable.join(', ') || undefined });
  }
  const findings = reviewFindings(model, ctx.today, locate);
  // The e-mail list asks for confirmation, so it holds the people due for review (not those to delete).
  const toConfirm = findings.review.flatMap((g) => g.persons);
  const content =
    format === 'csv' ? renderReviewCsv(findings, ctx.lang) : format === 'emails' ? renderMailboxList(toConfirm) : renderReviewText(findings, ctx.lang);
  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  const missing = format === 'emails' ? withoutEmail(toConfirm) : [];
  if (missing.length > 0) ctx.note('note.review-no-email', { names: missing.map((p) => p.name).join(', ') });
  return 0;
}
