// Renderers for validation results: aligned text for people, JSON for programs.
import { Chalk, type ChalkInstance } from 'chalk';
import { errorsOf, warningsOf, type Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `partners.yaml:10:11  Fehler  sector: „polzei“ ist kein Sektor …` — the leading `[n].` of a list file is left out. */
function diagnosticLine(d: Diagnostic, lang: Lang, c: ChalkInstance): string {
  const severity =
    d.severity === 'error' ? c.red(lang === 'de' ? 'Fehler ' : 'error  ') : c.yellow(lang === 'de' ? 'Warnung' : 'warning');
  const shownPath = d.path.replace(/^\[\d+\]\.?/, '');
  return `${c.bold(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${shownPath ? `${shownPath}: ` : ''}${d.message}`;
}

export function renderDiagnosticsText(list: Diagnostic[], options: { lang: Lang; color: boolean; fileCount?: number }): string {
  const { lang, color } = options;
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = list.map((d) => diagnosticLine(d, lang, c));
  const errors = errorsOf(list).length;
  const warnings = warningsOf(list).length;
  const files = options.fileCount === undefined ? '' : lang === 'de' ? ` in ${plural(options.fileCount, 'Datei', 'Dateien')}` : ` in ${plural(options.fileCount, 'file', 'files')}`;
  let summary: string;
  if (lang === 'de') {
    summary =
      errors > 0
        ? c.red(`✖ ${plural(errors, 'Fehler', 'Fehler')}${warnings ? ` und ${plural(warnings, 'Warnung', 'Warnungen')}` : ''}${files}.`)
        : c.green(`✔ Keine Fehler${files}.`) + (warnings ? ` ${plural(warnings, 'Warnung', 'Warnungen')}.` : '');
  } else {
    summary =
      errors > 0
        ? c.red(`✖ ${plural(errors, 'error', 'errors')}${warnings ? ` and ${plural(warnings, 'warning', 'warnings')}` : ''}${files}.`)
        : c.green(`✔ No errors${files}.`) + (warnings ? ` ${plural(warnings, 'warning', 'warnings')}.` : '');
  }
  if (lines.length > 0) lines.push('');
  lines.push(summary);
  return lines.join('\n') + '\n';
}

export function renderDiagnosticsJson(list: Diagnostic[]): string {
  const plain = (d: Diagnostic) => ({ file: d.file, line: d.line, column: d.column, path: d.path, code: d.code, message: d.message, severity: d.severity });
  const errors = errorsOf(list).map(plain);
  return JSON.stringify({ valid: errors.length === 0, errors, warnings: warningsOf(list).map(plain) }, null, 2) + '\n';
}
