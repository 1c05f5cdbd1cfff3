// netzwerk import FILE.csv|FILE.xlsx [DIR] [--dry-run]
import { flag } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const IMPORT = {
  name: 'import',
  args: [{ key: 'file', required: true }, DIR],
  options: [flag('dryRun')],
} as const satisfies CommandSpec;
