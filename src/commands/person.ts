// PLACEHOLDER until its issue is done: replaced by the real command.
import type { Context } from '../cli/context.js';
import { UsageError } from '../errors.js';

export async function personCommand(ctx: Context, query: string, dir: string | undefined, options: Record<string, unknown>): Promise<number> {
  throw new UsageError('netzwerk person: noch nicht verfügbar.');
}
