// Everything a command may touch of the outside world, passed in so that tests run in-process.
import { isTerminal, stderrSink, stdoutSink } from './write/stdout.js';

export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
}

/** The real process: standard output and error written synchronously, failures reported (write/stdout.ts). */
export function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: stdoutSink(1, undefined, isTerminal(1)), stderr: stderrSink(2) };
}
