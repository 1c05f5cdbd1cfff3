// Renderers for validation results: aligned text for people, JSON for programs.
import { Chalk, type ChalkInstance } from 'chalk';
import { errorsOf, warningsOf, type Diagnostic } from '../diagnostics.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { showControls } from '../safe-text.js';

/**
 * A diagnostic as it may be shown: file, path and message quote raw values and file names, so
 * their control characters are shown as escapes, line breaks too (one diagnostic, one line).
 */
const shown = (d: Diagnostic): Diagnostic => ({
  ...d,
  file: showControls(d.file, true),
  path: showControls(d.path, true),
  message: showControls(d.message, true),
});

/** `partners.yaml:10:11  Fehler  sector: „polzei“ ist kein Sektor …` — the leading `[n].` of a list file is left out. */
function diagnosticLine(d: Diagnostic, lang: Lang, c: ChalkInstance): string {
  const severity = d.severity === 'error' ? c.red(t(lang, 'severity.error')) : c.yellow(t(lang, 'severity.warning'));
  const shownPath = d.path.replace(/^\[\d+\]\.?/, '');
  return `${c.bold(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${shownPath ? `${shownPath}: ` : ''}${d.message}`;
}

/** The lines, then a summary: how many errors in how many files, of how many checked (`fileCount`, when known). */
export function renderDiagnosticsText(list: Diagnostic[], options: { lang: Lang; color: boolean; fileCount?: number }): string {
  const { lang, color } = options;
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = list.map((d) => diagnosticLine(shown(d), lang, c));
  const errors = errorsOf(list);
  const warnings = warningsOf(list).length;
  const files = options.fileCount;
  let summary: string;
  if (errors.length > 0) {
    const failed = new Set(errors.map((d) => d.file)).size;
    summary = c.red(
      files === undefined
        ? t(lang, 'summary.errors-no-count', { errors: errors.length, warnings })
        : t(lang, 'summary.errors', { errors: errors.length, warnings, failed, files }),
    );
  } else {
    summary =
      c.green(files === undefined ? t(lang, 'summary.ok-no-count') : t(lang, 'summary.ok', { files })) +
      (warnings ? t(lang, 'summary.warnings', { warnings }) : '');
  }
  if (lines.length > 0) lines.push('');
  lines.push(summary);
  return lines.join('\n') + '\n';
}

/** A diagnostic as programs receive it (`validate --format json`): the contract's keys only, control characters shown. */
export function plainDiagnostic(raw: Diagnostic) {
  const d = shown(raw);
  return { file: d.file, line: d.line, column: d.column, path: d.path, code: d.code, message: d.message, severity: d.severity };
}

export function renderDiagnosticsJson(list: Diagnostic[]): string {
  const errors = errorsOf(list).map(plainDiagnostic);
  return JSON.stringify({ valid: errors.length === 0, errors, warnings: warningsOf(list).map(plainDiagnostic) }, null, 2) + '\n';
}
