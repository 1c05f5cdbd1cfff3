// netzwerk person QUERY [DIR] [--format text|json]: everything stored about one person.
// Like every command it reads valid data only; no match is a valid answer (exit 0).
import { resolveDir, type Context } from '../cli/context.js';
import { choice } from '../cli/option-values.js';
import { loadValidModel } from '../cli/load.js';
import { writeOutput } from '../cli/output.js';
import { UsageError } from '../errors.js';
import { findPerson } from '../privacy/person.js';
import { renderPersonJson } from '../render/person-json.js';
import { renderPersonText } from '../render/person-text.js';

export interface PersonOptions {
  format?: string;
}

export async function personCommand(ctx: Context, query: string, dir: string | undefined, options: PersonOptions): Promise<number> {
  const format = choice('--format', ['text', 'json'] as const, options.format ?? 'text', ctx.lang);
  const wanted = query.trim();
  if (wanted.replace(/[\s\-.,;()/@]/g, '') === '') {
    throw new UsageError(
      ctx.lang === 'de'
        ? 'Bitte einen Namen oder eine E-Mail-Adresse angeben, z. B.: netzwerk person "Anna Müller"'
        : 'Please give a name or an e-mail address, e.g.: netzwerk person "Anna Müller"',
    );
  }
  const { model, locate } = loadValidModel(ctx, dir);
  const findings = findPerson(model, wanted, ctx.today, locate);
  const content = format === 'json' ? renderPersonJson(findings) : renderPersonText(findings, ctx.lang);
  await writeOutput(ctx, undefined, content, resolveDir(ctx, dir));
  return 0;
}
