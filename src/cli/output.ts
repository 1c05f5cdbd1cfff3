// The write stage: stdout, or a file written atomically (temporary file in the target folder,
// then rename), so a reader never sees half a file and an error leaves the old file untouched.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Context } from './context.js';
import { choice } from './option-values.js';

/** `--format`, else the extension of `--out`, else the default. */
export function outputFormat<T extends string>(
  ctx: Context,
  given: string | undefined,
  out: string | undefined,
  allowed: readonly T[],
  byExtension: Readonly<Record<string, T>>,
  fallback: T,
): T {
  if (given !== undefined) return choice('--format', allowed, given, ctx.lang);
  if (out !== undefined) {
    const fromExt = byExtension[extname(out).toLowerCase()];
    if (fromExt) return fromExt;
  }
  return fallback;
}

const COLLECTION_PARTS = /^(network\.ya?ml|(partners|meetings|agreements)(\.ya?ml|\/.*))$/;

/**
 * Writes the output. `networkDir` guards the network's own files: `--out` never overwrites
 * network.yaml or a collection file.
 */
export async function writeOutput(ctx: Context, out: string | undefined, content: string | Uint8Array, networkDir: string): Promise<void> {
  if (out === undefined) {
    ctx.io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return;
  }
  const de = ctx.lang === 'de';
  const target = resolve(ctx.io.cwd, out);
  const inNetwork = relative(resolve(networkDir), target).split(sep).join('/');
  if (!inNetwork.startsWith('..') && COLLECTION_PARTS.test(inNetwork)) {
    throw new UsageError(
      de
        ? `--out: „${out}“ ist eine Datei des Netzwerks selbst und wird nicht überschrieben. Bitte einen anderen Dateinamen wählen.`
        : `--out: "${out}" is one of the network's own files and is never overwritten. Please choose another file name.`,
    );
  }
  const folder = dirname(target);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(de ? `--out: Den Ordner „${dirname(out)}“ gibt es nicht.` : `--out: The folder "${dirname(out)}" does not exist.`);
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new UsageError(de ? `--out: „${out}“ ist ein Ordner, keine Datei.` : `--out: "${out}" is a folder, not a file.`);
  }
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const removeOnInterrupt = interruptGuard(temporary);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(
      de ? `--out: „${out}“ kann nicht geschrieben werden (${reason}). Bitte Zugriffsrechte und freien Speicher prüfen.` : `--out: cannot write "${out}" (${reason}). Please check permissions and free space.`,
    );
  } finally {
    removeOnInterrupt();
  }
}

const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While the temporary file exists, Ctrl+C (SIGINT), SIGTERM or a closed terminal removes it
 * and then ends the program by the same signal again, now with Node's default action: the
 * shell sees the usual interrupt (exit status 128 + the signal's number) and no partial file is
 * left behind. Returns the function that unregisters the handlers.
 */
function interruptGuard(temporary: string): () => void {
  const unregister = () => {
    for (const signal of INTERRUPTS) process.removeListener(signal, handler);
  };
  const handler = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temporary);
    } catch {
      // not created yet, or already renamed into place: nothing partial is left either way
    }
    unregister();
    process.kill(process.pid, signal);
  };
  for (const signal of INTERRUPTS) process.once(signal, handler);
  return unregister;
}
