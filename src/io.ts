// Everything a command may touch of the outside world, passed in so that tests run in-process.
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
