// netzwerk directory [DIR] [--audience network|public] [--format html|csv|json|xlsx|pdf|hsds] [--out FILE|FOLDER] [--lang de,tr,ar …] [--hide-unconfirmed]
import { flag, oneOf } from '../../cli/options.js';
import { formatOption, type OutputKind } from '../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../cli/spec.js';

export const DIRECTORY_OUTPUTS = [
  { format: 'html', option: 'html', endings: ['.html', '.htm'], page: true },
  { format: 'csv', option: 'csv', endings: ['.csv'] },
  { format: 'json', option: 'json', endings: ['.json'] },
  { format: 'xlsx', option: 'xlsx', endings: ['.xlsx'], binary: true },
  { format: 'pdf', option: 'pdf', endings: ['.pdf'], binary: true },
  // Open Referral HSDS 3.0: a folder of JSON, CSV files and datapackage.json (--out FOLDER).
  { format: 'hsds', option: 'hsds', endings: [] },
] as const satisfies readonly OutputKind[];

export const DIRECTORY = {
  name: 'directory',
  args: [DIR],
  options: [formatOption(DIRECTORY_OUTPUTS), oneOf('audience', ['network', 'public'] as const, 'network', 'audience'), OUT, flag('hideUnconfirmed')],
  // --lang de,tr,ar: the pages' languages (src/products/directory/page-locale.ts); the messages stay German or English.
  pageLanguages: true,
} as const satisfies CommandSpec;
