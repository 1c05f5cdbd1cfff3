// netzwerk meetings [DIR] [--from] [--to] [--upcoming] [--format text|json]: the meetings as a list,
// with the validator's warnings beside each meeting.
import { agenda } from './agenda.js';
import type { Invocation } from '../../../cli/spec.js';
import { MEETINGS } from './spec.js';
import type { Context } from '../../../cli/context.js';
import { loadValidModel } from '../../../network/open.js';
import { UsageError } from '../../../errors.js';
import { renderMeetingsJson } from './json.js';
import { renderMeetingsText } from './text.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof MEETINGS>): Promise<number> {
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new UsageError('usage.from-after-to', { from: options.from, to: options.to });
  }
  const { model, warnings } = loadValidModel(ctx, args.dir);
  const items = agenda(model, warnings, options, ctx.today);
  ctx.io.stdout.write(
    options.format === 'json'
      ? renderMeetingsJson(items, { network: { id: model.network.id, name: model.network.name }, today: ctx.today })
      : renderMeetingsText(items, { lang: ctx.lang, color: ctx.color }),
  );
  return 0;
}
