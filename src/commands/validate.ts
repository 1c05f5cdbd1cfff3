// netzwerk validate [DIR] [--format text|json] [--strict]
import { errorsOf, warningsOf } from '../diagnostics.js';
import type { Context } from '../cli/context.js';
import { choice } from '../cli/option-values.js';
import { loadAndValidate } from '../cli/load.js';
import { renderDiagnosticsJson, renderDiagnosticsText } from '../render/diagnostics.js';

export interface ValidateOptions {
  format?: string;
  strict?: boolean;
}

export async function validateCommand(ctx: Context, dir: string | undefined, options: ValidateOptions): Promise<number> {
  const format = choice('--format', ['text', 'json'] as const, options.format ?? 'text', ctx.lang);
  const result = loadAndValidate(ctx, dir);
  const list = result.diagnostics;
  ctx.io.stdout.write(
    format === 'json' ? renderDiagnosticsJson(list) : renderDiagnosticsText(list, { lang: ctx.lang, color: ctx.color, fileCount: result.fileCount }),
  );
  if (errorsOf(list).length > 0) return 1;
  return options.strict && warningsOf(list).length > 0 ? 1 : 0;
}
