export type Severity = 'error' | 'warning';

/** One finding of the validator, with its place in the network folder. */
export interface Diagnostic {
  /** Relative to the network folder, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the file, e.g. `[3].contacts[0].email`; empty for the whole file. */
  path: string;
  code: string;
  message: string;
  severity: Severity;
  /**
   * What a warning is about, in words every audience may read: a partner, an agreement, a
   * meeting or a category, never a person. The report names it where it may not show the
   * message itself (report --audience network|public). Not part of validate's JSON.
   */
  about?: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/**
 * Sorted by file, line, column, then errors before warnings: the order users read them in.
 * The sort is stable, so diagnostics at one place keep the order the rules gave them.
 */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  return [...list].sort((a, b) => compareFiles(a.file, b.file) || a.line - b.line || a.column - b.column || rank(a) - rank(b));
}

/** network.yaml first, then the collections in folder order (also the order of `person`'s findings). */
export function compareFiles(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'network.yaml') return -1;
  if (b === 'network.yaml') return 1;
  return a < b ? -1 : 1;
}

export const errorsOf = (list: Diagnostic[]) => list.filter((d) => d.severity === 'error');
export const warningsOf = (list: Diagnostic[]) => list.filter((d) => d.severity === 'warning');
