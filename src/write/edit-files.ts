// The write stage for edits of the network's own files (add, verified, import, attendance):
// every changed file is written next to itself under a temporary name (same permissions), and
// only when all are written, and each file on disk is still exactly what the command read, are
// they moved into place (rename; a new file by link, which never replaces one that appeared
// meanwhile). A file changed by someone else in between is never overwritten: exit 2.
import { randomBytes } from 'node:crypto';
import { chmod, link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';
import { interruptGuard } from './output.js';

export interface FileWrite {
  /** Relative to the network folder, `/`-separated. */
  file: string;
  /** The bytes the command read; undefined for a new file. */
  before: Buffer | undefined;
  after: Buffer;
}

export interface CommitHooks {
  /** Called after the temporary files are written and before the check and the renames (for tests). */
  beforeCommit?: () => void | Promise<void>;
}

interface Staged {
  write: FileWrite;
  target: string;
  temporary: string;
  release: () => void;
}

export async function commitFiles(dir: string, writes: readonly FileWrite[], hooks: CommitHooks = {}): Promise<void> {
  const staged: Staged[] = [];
  const cleanUp = async () => {
    for (const s of staged) {
      await unlink(s.temporary).catch(() => undefined);
      s.release();
    }
  };
  try {
    for (const write of writes) staged.push(await stage(dir, write));
    await hooks.beforeCommit?.();
    for (const { write, target } of staged) {
      const now = await readFile(target).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
      const unchanged = write.before === undefined ? now === undefined : now !== undefined && now.equals(write.before);
      if (!unchanged) throw new FileError(write.before === undefined ? 'edit.file-appeared' : 'edit.changed-meanwhile', { file: write.file });
    }
    for (const s of staged) {
      if (s.write.before === undefined) {
        await link(s.temporary, s.target);
        await unlink(s.temporary);
      } else await rename(s.temporary, s.target);
    }
  } catch (e) {
    await cleanUp();
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileError('edit.file-appeared', { file: writes[0]?.file ?? '' });
    throw new FileError('edit.write-failed', { dir, reason: code ?? String(e) });
  }
  for (const s of staged) s.release();
}

async function stage(dir: string, write: FileWrite): Promise<Staged> {
  const target = join(dir, ...write.file.split('/'));
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const release = interruptGuard(temporary);
  try {
    const mode = write.before === undefined ? undefined : (await stat(target)).mode & 0o7777;
    const handle = await open(temporary, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(write.after);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The creation mode is narrowed by the umask: the changed file keeps exactly the mode it had.
    if (mode !== undefined) await chmod(temporary, mode);
    return { write, target, temporary, release };
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    release();
    throw e;
  }
}
