// The shared front of every command: read the folder, validate, and stop on invalid data.
import { errorsOf, warningsOf, type Diagnostic } from '../diagnostics.js';
import { renderDiagnosticsText } from '../formats/diagnostics.js';
import { InvalidDataError } from '../errors.js';
import type { Locate } from '../load/locate.js';
import { readNetworkFolder, type NetworkFolder } from '../load/read-folder.js';
import { withoutSamples } from '../model/samples.js';
import type { Model } from '../model/types.js';
import { validateNetwork, type Readable, type ValidationResult } from '../validate/validate-network.js';
import { resolveDir, type Context } from '../cli/context.js';
import { roomForNetwork } from './heap.js';

/**
 * The folder as read (named in messages as the user wrote it) and what validation found.
 * `schemaLines`: also check the editor's schema line of each file (validate's warnings).
 */
export function loadAndValidate(ctx: Context, dir: string | undefined, options: { schemaLines?: boolean } = {}): ValidationResult & { folder: NetworkFolder } {
  const folder = readNetworkFolder(resolveDir(ctx, dir), dir ?? '.');
  roomForNetwork(folder);
  return { ...validateNetwork(folder, { today: ctx.today, lang: ctx.lang, schemaLines: options.schemaLines }), folder };
}

/**
 * For generating commands: the model of valid data, or InvalidDataError (exit 1, nothing written).
 * The samples of `netzwerk init` are left out, and said so on stderr (model/samples.ts).
 */
export function loadValidModel(ctx: Context, dir: string | undefined): { model: Model; warnings: Diagnostic[] } {
  const result = loadAndValidate(ctx, dir);
  if (!result.ok) throw new InvalidDataError(result.diagnostics, result.fileCount);
  const { model, left } = withoutSamples(result.model);
  if (model !== result.model) ctx.note('samples.left-out', { ...left });
  return { model, warnings: warningsOf(result.diagnostics).filter((d) => d.code !== 'samples-present' && d.code !== 'sample-mission-statement') };
}

/**
 * For the commands that answer from whatever parses (`person`, `review`: an Art. 15 request cannot
 * wait for a typo): the errors, if any, go to stderr first, as `validate` prints them; then the
 * command answers from `readable` and says what its answer could not cover.
 */
export function loadReadable(
  ctx: Context,
  dir: string | undefined,
): { readable: Readable; locate: Locate; texts: ValidationResult['texts']; hasErrors: boolean } {
  const result = loadAndValidate(ctx, dir);
  const errors = errorsOf(result.diagnostics);
  if (errors.length > 0) ctx.io.stderr.write(renderDiagnosticsText(errors, { lang: ctx.lang, color: false, fileCount: result.fileCount }));
  return { readable: result.readable, locate: result.locate, texts: result.texts, hasErrors: errors.length > 0 };
}
