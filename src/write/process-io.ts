// The real process as an Io (src/io.ts): standard output and error written synchronously, failures
// reported (stdout.ts). Only bin/netzwerk.cjs makes one; tests pass their own.
import type { Io } from '../io.js';
import { isTerminal, stderrSink, stdoutSink } from './stdout.js';

export function processIo(): Io {
  const tty = isTerminal(1);
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: stdoutSink(1, undefined, tty),
    stderr: stderrSink(2),
    stdin: process.stdin,
    ...(tty ? { terminal: process.stdout } : {}),
  };
}
