// The write stage for edits of the network's own files (add, verified, import, attendance). A
// change of several files is all or nothing:
// 1. every changed file is written next to itself under a temporary name, with the mode, owner and
//    group the file has (where the user may set them), and synced;
// 2. each file on disk must still be exactly what the command read (a colleague's change made
//    meanwhile is never overwritten), and writable (a read-only file is refused, not replaced);
// 3. then the files are moved into place one by one (rename; a new file is created exclusively, so
//    one that appeared meanwhile is never replaced). If one fails, the files already replaced get
//    their bytes as read back, and the message names the file and the cause.
// A file that is a symbolic link (links inside the folder are supported) is edited through: the
// file it points to gets the new bytes, the link stays. A rename refused for a moment (a virus
// scanner, OneDrive, an SMB share: EBUSY, EPERM, EACCES) is tried again briefly.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';
import { interruptGuard } from './interrupts.js';
import { causeOf, readOnlyCause, retrying } from './retry.js';

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
  /** The file that gets the bytes: the network's file, or the file its link points to. */
  target: string;
  temporary: string | undefined;
  release: () => void;
}

const failure = (file: string, e: unknown) =>
  new FileError('edit.commit-failed', { file, cause: causeOf(e), reason: (e as NodeJS.ErrnoException).code ?? String(e) });

export async function commitFiles(dir: string, writes: readonly FileWrite[], hooks: CommitHooks = {}): Promise<void> {
  const staged: Staged[] = [];
  const cleanUp = async () => {
    for (const s of staged) {
      if (s.temporary) await unlink(s.temporary).catch(() => undefined);
      s.release();
    }
  };
  try {
    for (const write of writes) staged.push(await stage(dir, write));
    await hooks.beforeCommit?.();
    for (const { write, target } of staged) {
      const now = await readFile(target).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(failure(write.file, e))));
      const unchanged = write.before === undefined ? now === undefined : now !== undefined && now.equals(write.before);
      if (!unchanged) throw new FileError(write.before === undefined ? 'edit.file-appeared' : 'edit.changed-meanwhile', { file: write.file });
      if (write.before !== undefined && !(await writable(target)))
        throw new FileError('edit.commit-failed', { file: write.file, cause: readOnlyCause(), reason: 'read-only' });
    }
  } catch (e) {
    await cleanUp();
    if (e instanceof FileError) throw e;
    throw new FileError('edit.write-failed', { dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const done: Staged[] = [];
  try {
    for (const s of staged) {
      await place(s);
      done.push(s);
    }
  } catch (e) {
    const failed = staged[done.length]!;
    await cleanUp();
    const notRestored = await restore(done);
    if (notRestored.length > 0)
      throw new FileError('edit.commit-half', {
        file: failed.write.file,
        cause: causeOf(e),
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
        changed: notRestored,
      });
    throw failure(failed.write.file, e);
  }
  for (const s of staged) s.release();
}

/** Into place: a changed file by rename over it, a new one by exclusive create (no hard link: FAT, exFAT and SMB have none). */
async function place(s: Staged): Promise<void> {
  if (s.write.before !== undefined) {
    await retrying(() => rename(s.temporary!, s.target));
    return;
  }
  await writeNew(s.target, s.write.after);
}

/** A new file, created only if none is there, written and synced; removed again if writing fails. */
async function writeNew(target: string, bytes: Buffer): Promise<void> {
  const handle = await open(target, 'wx', 0o666);
  const release = interruptGuard(target);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(target).catch(() => undefined);
    throw e;
  } finally {
    release();
  }
}

/** The files already replaced get the bytes the command read back (new ones are removed); returns those that could not be restored. */
async function restore(done: readonly Staged[]): Promise<string[]> {
  const failed: string[] = [];
  for (const s of [...done].reverse()) {
    try {
      if (s.write.before === undefined) await unlink(s.target);
      else {
        const back = await stage(dirname(s.target), { file: basename(s.target), before: undefined, after: s.write.before }, s.target);
        await retrying(() => rename(back.temporary!, s.target));
        back.release();
      }
    } catch {
      failed.push(s.write.file);
    }
  }
  return failed;
}

/**
 * The temporary file beside the target, with the target's mode, owner and group. `keep`: the file
 * whose mode and owner to copy (the target itself when restoring it).
 */
async function stage(dir: string, write: FileWrite, keep?: string): Promise<Staged> {
  const target = keep ?? (await resolveTarget(join(dir, ...write.file.split('/'))));
  if (write.before === undefined && keep === undefined) return { write, target, temporary: undefined, release: () => undefined };
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const release = interruptGuard(temporary);
  try {
    const info = await stat(target);
    const mode = info.mode & 0o7777;
    const handle = await open(temporary, 'wx', mode);
    try {
      await handle.writeFile(write.after);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The creation mode is narrowed by the umask, and the file belongs to whoever writes it: the
    // changed file keeps exactly the mode, and the owner and group where the user may set them
    // (a colleague who owned it can still write it in a shared folder).
    await chmod(temporary, mode);
    if (typeof process.getuid === 'function' && (info.uid !== process.getuid() || info.gid !== process.getgid?.())) {
      await chown(temporary, info.uid, info.gid).catch(() => chown(temporary, process.getuid!(), info.gid).catch(() => undefined));
    }
    return { write, target, temporary, release };
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    release();
    throw e;
  }
}

/** Writable, and not marked read-only (no write bit for anyone: also the read-only attribute on Windows, and for an administrator). */
async function writable(path: string): Promise<boolean> {
  const info = await stat(path);
  if ((info.mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** A symbolic link is followed to its file (the link stays a link); anything else is itself. */
async function resolveTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => undefined);
  return info?.isSymbolicLink() ? realpath(path) : path;
}
