// Standard output and standard error of the real process (io.ts, processIo), written with
// writeSync on the file descriptor instead of through process.stdout: every byte is written or
// the failure is known at once, while the command runs. process.stdout ignores a short write to
// a full disk (the file ends truncated, exit 0) and reports a closed pipe or a full disk later,
// as an 'error' event that ends the program with a stack trace.
//
// - a short write: the rest is written again until everything is out;
// - EAGAIN (a pipe set to non-blocking by whoever started us, and full): wait briefly, try again;
// - EPIPE (the reader is gone, as with `| head -c1`): nothing more is written, and quietly: the
//   reader has all it wanted, so the command ends as it would have (exit 0, no message);
// - any other error (ENOSPC with `> /dev/full`, EIO …): FileError `file.stdout-failed`, which
//   main() reports on stderr with exit 2.
// Standard error reports nothing about itself: there is no place left to report it to.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FileError } from '../errors.js';

/** What a sink needs of the operating system (replaced in tests). */
export interface WriteSystem {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
}

/** The shape of io.ts's OutStream, spelt out here so that write/ does not import io.ts back. */
export interface Sink {
  write(text: string | Uint8Array): void;
  isTTY: boolean;
}

const SYSTEM: WriteSystem = { writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length) };
const RETRY_MS = 5;

/** Standard output (fd 1): failures other than a closed pipe throw FileError. */
export function stdoutSink(fd = 1, system: WriteSystem = SYSTEM, isTTY = false): Sink {
  let closed = false;
  return {
    isTTY,
    write(text) {
      if (closed) return;
      const failure = writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text, system);
      if (failure === 'EPIPE') closed = true;
      else if (failure !== undefined) throw new FileError('file.stdout-failed', { reason: failure });
    },
  };
}

/** Standard error (fd 2): written the same way; a failure there is silent. */
export function stderrSink(fd = 2, system: WriteSystem = SYSTEM): Sink {
  let closed = false;
  return {
    isTTY: false,
    write(text) {
      if (!closed) closed = writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text, system) !== undefined;
    },
  };
}

/** Writes every byte; returns the error code that stopped it, if any. */
function writeAll(fd: number, bytes: Uint8Array, system: WriteSystem): string | undefined {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += system.writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      if (code === 'EAGAIN') sleep(RETRY_MS);
      else return code;
    }
  }
  return undefined;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Whether fd is a terminal (for colour). Node's tty module, which answers that, loads the whole
 * stream and network layer (some 10 ms of start-up on a slow machine), so it is asked only for a
 * character device that is not /dev/null: files, pipes and /dev/null are answered by a stat.
 */
export function isTerminal(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    if (!info.isCharacterDevice()) return false;
    const devNull = statOrUndefined('/dev/null');
    if (devNull && devNull.dev === info.dev && devNull.ino === info.ino) return false;
    const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
    return tty.isatty(fd);
  } catch {
    return false;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
