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
    // A getter: process.stdin loads Node's whole stream and network layer (some 10 ms of every
    // start), and only `add` on a terminal ever reads the keyboard.
    get stdin() {
      return process.stdin;
    },
    ...(tty ? { terminal: process.stdout } : {}),
  };
}
