// netzwerk review [DIR] [--format text|csv|emails] [--out FILE]
import { formatOption, type OutputKind } from '../../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../../cli/spec.js';

export const REVIEW_OUTPUTS = [
  { format: 'text', option: 'text', endings: ['.txt'] },
  { format: 'csv', option: 'csv', endings: ['.csv'] },
  { format: 'emails', option: 'emails', endings: [] },
] as const satisfies readonly OutputKind[];

export const REVIEW = {
  name: 'review',
  args: [DIR],
  options: [formatOption(REVIEW_OUTPUTS), OUT],
} as const satisfies CommandSpec;
