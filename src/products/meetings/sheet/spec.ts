// netzwerk sheet MEETING [DIR] [--format html|pdf|csv] [--out FILE] [--lines N] [--guest-lines N]
import { parseLines } from '../../../cli/option-parsers.js';
import { custom } from '../../../cli/options.js';
import { formatOption, type OutputKind } from '../../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../../cli/spec.js';

export const SHEET_OUTPUTS = [
  { format: 'html', option: 'html', endings: ['.html', '.htm'], page: true },
  { format: 'pdf', option: 'pdf', endings: ['.pdf'], binary: true },
  { format: 'csv', option: 'csv', endings: ['.csv'] },
] as const satisfies readonly OutputKind[];

export const SHEET = {
  name: 'sheet',
  args: [{ key: 'meeting', required: true }, DIR],
  options: [
    formatOption(SHEET_OUTPUTS),
    OUT,
    custom('lines', 'number', parseLines('--lines', 1, 20), '2'),
    custom('guestLines', 'number', parseLines('--guest-lines', 0, 100), '8'),
  ],
} as const satisfies CommandSpec;
