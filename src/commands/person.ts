// netzwerk person QUERY [DIR] [--format text|json]: everything stored about one person.
// Like every command it reads valid data only; no match is a valid answer (exit 0).
import type { Invocation } from '../cli/commands.js';
import type { Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { UsageError } from '../errors.js';
import { findPerson } from '../privacy/person.js';
import { renderPersonJson } from '../render/person-json.js';
import { renderPersonText } from '../render/person-text.js';

export async function run(ctx: Context, { args, options }: Invocation<'person'>): Promise<number> {
  const wanted = args.query.trim();
  if (wanted.replace(/[\s\-.,;()/@]/g, '') === '') throw new UsageError('usage.person-query');
  const { model, locate, texts } = loadValidModel(ctx, args.dir);
  const findings = findPerson(model, wanted, ctx.today, locate, texts());
  ctx.io.stdout.write(options.format === 'json' ? renderPersonJson(findings) : renderPersonText(findings, ctx.lang));
  return 0;
}
