// netzwerk overview SOURCE… [--year YYYY] [--reference FILE] [--group-by kreis|landesjugendamt] [--format …] [--out FILE]
import { parseYear } from '../../cli/option-parsers.js';
import { custom, known, value } from '../../cli/options.js';
import { formatOption, type OutputKind } from '../../cli/output-format.js';
import { OUT, type CommandSpec } from '../../cli/spec.js';
import { GROUPINGS } from './types.js';

/** What the overview can be written as: `--format` and the ending of `--out` choose (cli/output-format.ts). */
export const OVERVIEW_OUTPUTS = [
  { format: 'text', option: 'text', endings: ['.txt'] },
  { format: 'md', option: 'md', endings: ['.md', '.markdown'] },
  { format: 'html', option: 'html', endings: ['.html', '.htm'], page: true },
  { format: 'xlsx', option: 'xlsx', endings: ['.xlsx'], binary: true },
  { format: 'csv', option: 'csv', endings: ['.csv'] },
  { format: 'json', option: 'json', endings: ['.json'] },
] as const satisfies readonly OutputKind[];

export const OVERVIEW = {
  name: 'overview',
  args: [{ key: 'sources', required: true, variadic: true }],
  options: [custom('year', 'year', parseYear), value('reference', 'file'), known('groupBy', GROUPINGS, 'group'), formatOption(OVERVIEW_OUTPUTS), OUT],
} as const satisfies CommandSpec;
