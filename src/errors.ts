import type { Diagnostic } from './diagnostics.js';

/** An error that ends the run with a message for the user and a given exit code. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** Wrong use of the command line, a missing folder, an unreadable or unwritable file: exit 2. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** The network's data is invalid: the diagnostics are printed, nothing is written, exit 1. */
export class InvalidDataError extends ExitError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('invalid data', 1);
  }
}
