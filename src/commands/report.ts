// PLACEHOLDER until its issue is done: replaced by the real command.
import type { Context } from '../cli/context.js';
import { UsageError } from '../errors.js';

export async function reportCommand(ctx: Context, dir: string | undefined, options: Record<string, unknown>): Promise<number> {
  throw new UsageError('netzwerk report: noch nicht verfügbar.');
}
