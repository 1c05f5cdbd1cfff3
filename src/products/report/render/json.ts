// The report as JSON: the machine-readable contract documented in docs/report.md.
import type { Report } from '../../../report-data/types.js';

export function renderReportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
