// Everything a command may touch of the outside world, passed in so that tests run in-process.
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The keyboard: only a command that asks questions reads it, and only on a terminal. */
export type InStream = NodeJS.ReadableStream & { isTTY?: boolean };

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  /** Absent in tests that run in-process: then no command ever asks. */
  stdin?: InStream;
}

export function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** Questions may be asked only when a person sits at a terminal: stdin and stdout both are one. */
export const canAsk = (io: Io): boolean => Boolean(io.stdin?.isTTY && io.stdout.isTTY);
