// Everything a command may touch of the outside world, passed in so that tests run in-process.
interface OutStream {
  /** Text, or bytes (a PDF or workbook piped into a file). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

/** The keyboard: only a command that asks questions reads it, and only on a terminal. */
type InStream = NodeJS.ReadableStream & { isTTY?: boolean };

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  /** Absent in tests that run in-process: then no command ever asks. */
  stdin?: InStream;
  /** The terminal as a stream, for the questions of `add` (a prompt library writes to it); only when stdout is one. */
  terminal?: NodeJS.WritableStream;
}

/** Questions may be asked only when a person sits at a terminal: stdin and stdout both are one. */
export const canAsk = (io: Io): boolean => Boolean(io.stdin?.isTTY && io.stdout.isTTY && io.terminal);
