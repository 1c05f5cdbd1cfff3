// The shared front of every command: read the folder, validate, and stop on invalid data.
import { errorsOf, warningsOf, type Diagnostic } from '../diagnostics.js';
import { InvalidDataError } from '../errors.js';
import type { Locate } from '../load/locate.js';
import { readNetworkFolder } from '../load/read-folder.js';
import type { Model } from '../model/types.js';
import { validateNetwork, type ValidationResult } from '../validate/validate-network.js';
import { resolveDir, type Context } from './context.js';

export function loadAndValidate(ctx: Context, dir: string | undefined): ValidationResult {
  const folder = readNetworkFolder(resolveDir(ctx, dir), dir ?? '.');
  return validateNetwork(folder, { today: ctx.today, lang: ctx.lang });
}

/** For generating commands: the model of valid data, or InvalidDataError (exit 1, nothing written). */
export function loadValidModel(ctx: Context, dir: string | undefined): { model: Model; warnings: Diagnostic[]; locate: Locate } {
  const result = loadAndValidate(ctx, dir);
  if (!result.model || errorsOf(result.diagnostics).length > 0) throw new InvalidDataError(result.diagnostics, result.fileCount);
  return { model: result.model, warnings: warningsOf(result.diagnostics), locate: result.locate };
}
