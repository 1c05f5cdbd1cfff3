// Errors that end a run. Each carries a catalogue code and its values, never a sentence:
// main() puts it into words in the user's language (src/i18n/) and picks the exit code.
import type { Diagnostic } from './diagnostics.js';
import type { Params } from './i18n/catalogue.js';

export class ExitError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params,
    readonly exitCode: 1 | 2,
  ) {
    super(code);
  }
}

/** Wrong use of the command line (an option, an argument): exit 2. Thrown by src/cli/ and src/commands/ only. */
export class UsageError extends ExitError {
  constructor(code: string, params: Params = {}) {
    super(code, params, 2);
  }
}

/** A folder or file that is missing, unreadable or unwritable: exit 2. Thrown by src/load/ and src/write/. */
export class FileError extends ExitError {
  constructor(code: string, params: Params = {}) {
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
    readonly note?: string,
  ) {
    super('invalid-data', {}, 1);
  }
}
