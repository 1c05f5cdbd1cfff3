// Errors that end a run. Each carries a catalogue code and its values, never a sentence:
// main() puts it into words in the user's language (src/i18n/) and picks the exit code.
import type { Diagnostic } from './diagnostics.js';
import type { Code, Params } from './i18n/catalogue.js';

abstract class ExitError extends Error {
  abstract readonly exitCode: 1 | 2;
}

/** An error main() puts into words: the catalogue's code and its values. */
export class MessageError extends ExitError {
  constructor(
    readonly code: Code,
    readonly params: Params,
    readonly exitCode: 1 | 2,
  ) {
    super(code);
  }
}

/** Wrong use of the command line (an option, an argument): exit 2. Thrown by src/cli/ and the products' commands only. */
export class UsageError extends MessageError {
  constructor(code: Code, params: Params = {}) {
    super(code, params, 2);
  }
}

/** A folder or file that is missing, unreadable or unwritable: exit 2. Thrown by src/load/ and src/write/. */
export class FileError extends MessageError {
  constructor(code: Code, params: Params = {}) {
    super(code, params, 2);
  }
}

/** The network's data is invalid: the diagnostics are printed, nothing is written, exit 1. */
export class InvalidDataError extends ExitError {
  constructor(
    readonly diagnostics: Diagnostic[],
    /** How many files were checked, for the summary line. */
    readonly fileCount?: number,
    /** A catalogue code said after the diagnostics (a writing command: "nothing was changed"). */
    readonly note?: Code,
  ) {
    super('invalid data');
  }

  readonly exitCode = 1;
}
