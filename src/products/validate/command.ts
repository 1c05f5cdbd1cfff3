// netzwerk validate [DIR] [--format text|json] [--strict]
import type { Invocation } from '../../cli/spec.js';
import { VALIDATE } from './spec.js';
import type { Context } from '../../cli/context.js';
import { loadAndValidate } from '../../network/open.js';
import { errorsOf, warningsOf } from '../../diagnostics.js';
import { renderDiagnosticsJson, renderDiagnosticsText } from '../../formats/diagnostics.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof VALIDATE>): Promise<number> {
  const result = loadAndValidate(ctx, args.dir, { schemaLines: true });
  const list = result.diagnostics;
  ctx.io.stdout.write(
    options.format === 'json' ? renderDiagnosticsJson(list) : renderDiagnosticsText(list, { lang: ctx.lang, color: ctx.color, fileCount: result.fileCount }),
  );
  if (errorsOf(list).length > 0) return 1;
  return options.strict && warningsOf(list).length > 0 ? 1 : 0;
}
