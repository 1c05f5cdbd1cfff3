// The write stage for outputs: stdout, or a new file written atomically (temporary file in the
// target folder, then rename), so a reader never sees half a file and an error leaves the old
// file untouched. The only module besides edits of the network's own files that writes to disk.
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import type { Io } from '../io.js';
import { oneLineValues } from '../safe-text.js';
import { pdfPageCount } from './pdf-pages.js';
import { resolvePath } from '../paths.js';
import { retrying } from './retry.js';
import { interruptGuard } from './interrupts.js';
import { refuseNetworkFiles } from './out-guard.js';

/** What Windows answers when the file is open in another program (Excel keeps its files locked). */
const LOCKED = new Set(['EBUSY', 'EPERM']);

/**
 * Writes an output to stdout (no `out`) or to the file `out` (relative to the working folder), and
 * then says on stderr what it wrote ("✔ bericht.pdf geschrieben (9 Seiten)"): the file is not in
 * front of the user, the line is. `networkDir` guards the network's own files: `--out` never
 * overwrites network.yaml or a collection file.
 */
export async function writeOutput(ctx: { io: Io; lang: Lang }, out: string | undefined, content: string | Uint8Array, networkDir: string): Promise<void> {
  const io = ctx.io;
  if (out === undefined) {
    io.stdout.write(content);
    return;
  }
  const target = resolvePath(io.cwd, out);
  refuseNetworkFiles(target, resolvePath(io.cwd, networkDir), out);
  const folder = dirname(target);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new FileError('file.out-folder-missing', { dir: dirname(out) });
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new FileError('file.out-is-folder', { out });
  // A device or a pipe (/dev/null, a FIFO) would be replaced by the rename, not written to.
  if (existing && !existing.isFile()) throw new FileError('file.out-not-a-file', { out });
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const removeOnInterrupt = interruptGuard(temporary);
  try {
    // A replaced file keeps its mode (a private list stays private; never wider, not even for a
    // moment); a new one gets the usual mode of the umask.
    const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A rename refused for a moment (a virus scanner, OneDrive) is tried again briefly.
    await retrying(() => rename(temporary, target));
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    if (LOCKED.has(reason)) throw new FileError('file.out-locked', { out, reason });
    throw new FileError('file.out-failed', { out, reason });
  } finally {
    removeOnInterrupt();
  }
  const pages = typeof content === 'string' ? undefined : pdfPageCount(content);
  io.stderr.write(`${t(ctx.lang, 'out.written', oneLineValues({ file: out, pages }))}\n`);
}
