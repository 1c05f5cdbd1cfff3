// One writing command at a time in a network folder: several coordinators share one drive
// (Kreis Kleve: six Jugendämter), and two edits committed in the same moment would lose one.
// The lock is a file in the network folder, created exclusively (no two can create it), holding
// who holds it: host, process, user and since when. A second command waits a little, then says
// who holds the lock. A lock whose holder is gone (the same host, and no such process) or that is
// older than STALE_MS (a crashed program on another computer) is taken over, and said so.
import { hostname, userInfo } from 'node:os';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../errors.js';
import { onInterrupt } from './interrupts.js';

const LOCK_FILE = '.netzwerk.lock';
/** A lock older than this is taken to be left over from a program that did not end normally. */
const STALE_MS = 5 * 60_000;
const POLL_MS = 100;

interface LockHolder {
  host: string;
  pid: number;
  user: string;
  /** ISO time, UTC. */
  since: string;
}

export interface Lock {
  release(): void;
  /** The holder of a stale lock that was taken over, to tell the user. */
  tookOver?: LockHolder;
}

const me = (): LockHolder => ({ host: hostname(), pid: process.pid, user: safeUser(), since: new Date().toISOString() });

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** Whether a process of this host with this id still runs (a signal 0 asks without sending). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(path: string): Promise<LockHolder | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.host === 'string' && typeof value.pid === 'number' && typeof value.since === 'string') return { user: '', ...value } as LockHolder;
  } catch {
    // unreadable or half-written: treated as a lock of unknown age, see below
  }
  return undefined;
}

const stale = (h: LockHolder, now: number) => (h.host === hostname() && h.pid !== process.pid && !alive(h.pid)) || now - Date.parse(h.since) > STALE_MS;

/**
 * Takes the lock of the network folder `dir`, waiting up to `waitMs` for another command to finish.
 * `file` is how messages name the lock file (relative, as the user typed the folder).
 */
export async function lockNetwork(dir: string, options: { waitMs: number; shownDir: string }): Promise<Lock> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + options.waitMs;
  let tookOver: LockHolder | undefined;
  for (;;) {
    const holder = me();
    try {
      const handle = await open(path, 'wx', 0o644);
      try {
        await handle.writeFile(`${JSON.stringify(holder)}\n`);
      } finally {
        await handle.close();
      }
      // Released on every way out: normally, by an error (the caller's finally), or by a signal.
      let released = false;
      const forget = onInterrupt(() => unlinkSync(path));
      const release = () => {
        if (released) return;
        released = true;
        forget();
        // Only our own lock: a colleague may have taken over a lock we held too long.
        try {
          if ((JSON.parse(readFileSync(path, 'utf8')) as LockHolder).pid === holder.pid) unlinkSync(path);
        } catch {
          // gone already
        }
      };
      return tookOver ? { release, tookOver } : { release };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new FileError('edit.lock-failed', { dir: options.shownDir, reason: code ?? String(e) });
    }
    const other = await holderOf(path);
    const now = Date.now();
    // A lock file that cannot be read (half-written by a program that died) is as old as the file.
    const unreadableAndOld = !other && now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now) > STALE_MS;
    if ((other && stale(other, now)) || unreadableAndOld) {
      tookOver = other ?? { host: '?', pid: 0, user: '', since: '' };
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (now >= deadline) {
      const shown = other ?? { host: '?', pid: 0, user: '', since: '' };
      throw new FileError('edit.locked', {
        file: `${options.shownDir.replace(/[\\/]+$/, '')}/${LOCK_FILE}`,
        host: shown.host,
        pid: shown.pid,
        user: shown.user || undefined,
        since: localTime(shown.since),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `2026-12-07 14:03` in this computer's time zone, for the message; the file keeps UTC. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '?';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
