// Questions on a terminal, for a writing command's missing values (`add` on a terminal). The
// prompt library (@inquirer/input, @inquirer/select) is loaded only here, only when asking: it
// is not part of the start-up path, and without a terminal nothing is ever asked.
import type { Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { canAsk, type Io } from '../io.js';

interface Choice<T extends string> {
  value: T;
  name: string;
}

export interface Asker {
  /** A line of text; `check` returns an error sentence or undefined when the answer will do. */
  text(message: string, options?: { initial?: string; check?: (answer: string) => string | undefined }): Promise<string>;
  /** One of the choices, chosen with the arrow keys (or by typing its first letters). */
  choose<T extends string>(message: string, choices: readonly Choice<T>[], initial?: T): Promise<T>;
}

/**
 * The terminal's asker, or undefined when nobody can answer (no terminal, e.g. a script or a
 * test). `keys` is the line under a list that says how to choose, in the user's language.
 */
export async function askerFor(io: Io, keys: string): Promise<Asker | undefined> {
  if (!canAsk(io)) return undefined;
  const [{ default: input }, { default: select }] = await Promise.all([import('@inquirer/input'), import('@inquirer/select')]);
  const context = { input: io.stdin!, output: io.terminal as Writable, clearPromptOnDone: false };
  const cancelled = (e: unknown): never => {
    // Ctrl+C or a closed terminal: stop without a stack trace, nothing written.
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new UsageError('usage.cancelled');
    throw e;
  };
  return {
    text: (message, options = {}) =>
      input(
        {
          message,
          ...(options.initial !== undefined ? { default: options.initial } : {}),
          validate: (answer: string) => options.check?.(answer.trim()) ?? true,
        },
        context,
      )
        .then((a) => a.trim())
        .catch(cancelled),
    choose: <T extends string>(message: string, choices: readonly Choice<T>[], initial?: T) =>
      select<T>(
        {
          message,
          choices: choices.map((c) => ({ value: c.value, name: c.name })),
          pageSize: 12,
          ...(initial !== undefined ? { default: initial } : {}),
          theme: { style: { keysHelpTip: () => keys } },
        },
        context,
      ).catch(cancelled),
  };
}
