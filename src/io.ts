// Everything a command may touch of the outside world, passed in so that tests run in-process.
export interface OutStream {
  /** Text, or bytes (a PDF or workbook piped into a file). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
}
