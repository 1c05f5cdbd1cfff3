// netzwerk report [DIR] [--year YYYY | --from DATE --to DATE] [--format …] [--audience …] [--compare …] [--profile fruehe-hilfen] [--out FILE]
import { parseCompare, parseYear } from '../../cli/option-parsers.js';
import { custom, date, known, oneOf } from '../../cli/options.js';
import { formatOption, type OutputKind } from '../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../cli/spec.js';
import { AUDIENCES } from '../../model/policy.js';
import { REPORT_PROFILES } from '../../report-data/build-report.js';

/** What the report can be written as: `--format` and the ending of `--out` choose (cli/output-format.ts). */
export const REPORT_OUTPUTS = [
  { format: 'text', option: 'text', endings: ['.txt'] },
  { format: 'md', option: 'md', endings: ['.md', '.markdown'] },
  { format: 'html', option: 'html', endings: ['.html', '.htm'], page: true },
  { format: 'json', option: 'json', endings: ['.json'] },
  { format: 'pdf', option: 'pdf', endings: ['.pdf'], binary: true },
] as const satisfies readonly OutputKind[];

export const REPORT = {
  name: 'report',
  args: [DIR],
  options: [
    custom('year', 'year', parseYear),
    date('from'),
    date('to'),
    formatOption(REPORT_OUTPUTS),
    oneOf('audience', AUDIENCES, 'network', 'audience'),
    custom('compare', 'compare', parseCompare),
    known('profile', REPORT_PROFILES, 'profile'),
    OUT,
  ],
} as const satisfies CommandSpec;
