// Several outputs that belong together (the files of `invite`) in one folder, never half-way:
// - a NEW folder is built under a temporary name beside it, every file written and synced, and
//   then renamed into place in one step: the folder appears complete or not at all;
// - an EXISTING folder keeps everything that is not ours: each file is written to a temporary
//   file first (all of them before any is renamed), then each replaces its namesake in one step
//   (keeping its mode), and files of an earlier run that this run no longer writes (`stale`,
//   e.g. einladung-2.eml when the recipients now fit one message) are removed.
// The network folder, its collection folders and anything inside them are refused (out-guard.ts).
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';
import type { Io } from '../io.js';
import { resolvePath } from '../paths.js';
import { refuseNetworkFolder } from './out-guard.js';
import { interruptGuard } from './interrupts.js';

export interface FolderFile {
  name: string;
  content: string | Uint8Array;
}

export interface FolderResult {
  /** True when the folder was new. */
  created: boolean;
  /** Files of an earlier run removed because this run no longer writes them. */
  removed: string[];
}

const LOCKED = new Set(['EBUSY', 'EPERM']);

export async function writeOutputFolder(
  io: Io,
  out: string,
  files: readonly FolderFile[],
  networkDir: string,
  options: { stale?: RegExp } = {},
): Promise<FolderResult> {
  const target = resolvePath(io.cwd, out);
  refuseNetworkFolder(target, resolvePath(io.cwd, networkDir), out);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new FileError('file.out-dir-not-folder', { out });
  const parent = await stat(dirname(target)).catch(() => undefined);
  if (!parent?.isDirectory()) throw new FileError('file.out-folder-missing', { dir: dirname(out) });
  const failed = (e: unknown, file: string): never => {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new FileError(LOCKED.has(reason) ? 'file.out-locked' : 'file.out-failed', { out: file, reason });
  };
  return existing ? replaceIn(target, out, files, options.stale, failed) : createFolder(target, out, files, failed);
}

/** A new file, its bytes on the disk before it is renamed; `mode` of the file it replaces, else the umask's usual mode. */
async function writeSynced(path: string, content: string | Uint8Array, mode?: number): Promise<void> {
  const handle = await open(path, 'wx', mode === undefined ? 0o666 : mode & 0o777);
  try {
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function createFolder(target: string, out: string, files: readonly FolderFile[], failed: (e: unknown, file: string) => never): Promise<FolderResult> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const removeOnInterrupt = interruptGuard(temporary, true);
  try {
    await mkdir(temporary);
    for (const f of files) await writeSynced(join(temporary, f.name), f.content);
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
    failed(e, out);
  } finally {
    removeOnInterrupt();
  }
  return { created: true, removed: [] };
}

async function replaceIn(
  target: string,
  out: string,
  files: readonly FolderFile[],
  stale: RegExp | undefined,
  failed: (e: unknown, file: string) => never,
): Promise<FolderResult> {
  const planned: { temporary: string; final: string; shown: string }[] = [];
  const guards: (() => void)[] = [];
  try {
    for (const f of files) {
      const final = join(target, f.name);
      const shown = join(out, f.name);
      const before = await stat(final).catch(() => undefined);
      if (before && !before.isFile()) throw new FileError('file.out-not-a-file', { out: shown });
      const temporary = join(target, `.${f.name}.${randomBytes(6).toString('hex')}.tmp`);
      guards.push(interruptGuard(temporary));
      planned.push({ temporary, final, shown });
      await writeSynced(temporary, f.content, before ? before.mode & 0o7777 : undefined).catch((e: unknown) => failed(e, shown));
    }
    for (const p of planned) await rename(p.temporary, p.final).catch((e: unknown) => failed(e, p.shown));
  } catch (e) {
    for (const p of planned) await unlink(p.temporary).catch(() => undefined);
    throw e;
  } finally {
    for (const unregister of guards) unregister();
  }
  const written = new Set(files.map((f) => f.name));
  const removed: string[] = [];
  if (stale) {
    for (const name of (await readdir(target)).sort()) {
      if (!stale.test(name) || written.has(name)) continue;
      const info = await stat(join(target, name)).catch(() => undefined);
      if (!info?.isFile()) continue;
      await unlink(join(target, name)).catch((e: unknown) => failed(e, join(out, name)));
      removed.push(name);
    }
  }
  return { created: false, removed };
}
