// The real process as an Io (src/io.ts): standard output and error written synchronously, failures
// reported (stdout.ts). Only bin/netzwerk.cjs makes one; tests pass their own.
import type { Io } from '../io.js';
import { isTerminal, stderrSink, stdoutSink } from './stdout.js';

export function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: stdoutSink(1, undefined, isTerminal(1)), stderr: stderrSink(2) };
}
