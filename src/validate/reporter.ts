// Collects diagnostics, turning (file, path, code, params) into positioned, localised messages.
import { formatPath, type Diagnostic, type Severity } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import { t, type Code, type Params } from '../i18n/catalogue.js';
import { locate, type Position } from '../load/locate.js';
import type { ParsedFile } from '../load/parse-yaml.js';
import type { Origin } from '../model/types.js';

type Path = readonly (string | number)[];

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** One schema problem can fail two keywords (a URL's format and pattern): say it once. */
  private readonly seen = new Set<string>();

  constructor(
    readonly lang: Lang,
    private readonly files: ReadonlyMap<string, ParsedFile>,
  ) {}

  /** Line and column of `path` in `file` (of its key with `key`); the file's start if it was not parsed. */
  position(file: string, path: Path, key = false): Position {
    const parsed = this.files.get(file);
    return parsed ? locate(parsed, path, key) : { line: 1, column: 1 };
  }

  add(severity: Severity, file: string, path: Path, code: Code, params: Params = {}, options: { key?: boolean; shownPath?: Path; about?: string } = {}): void {
    const pos = this.position(file, path, options.key);
    const diagnostic: Diagnostic = {
      file,
      line: pos.line,
      column: pos.column,
      path: formatPath(options.shownPath ?? path),
      code,
      message: t(this.lang, code, params),
      severity,
      ...(options.about === undefined ? {} : { about: options.about }),
    };
    const key = `${file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.path}:${diagnostic.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(diagnostic);
  }

  error(origin: Origin, sub: Path, code: Code, params: Params = {}): void {
    this.add('error', origin.file, [...origin.path, ...sub], code, params);
  }

  /** `about`: what the warning concerns, safe for every audience (Diagnostic.about). */
  warning(origin: Origin, sub: Path, code: Code, params: Params = {}, about?: string): void {
    this.add('warning', origin.file, [...origin.path, ...sub], code, params, about === undefined ? {} : { about });
  }

  /** "partners.yaml, Zeile 12": where something stands, for messages that point elsewhere. */
  where(origin: Origin, sub: Path = []): string {
    const { line } = this.position(origin.file, [...origin.path, ...sub]);
    return t(this.lang, 'where', { file: origin.file, line });
  }
}
