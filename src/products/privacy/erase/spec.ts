// netzwerk erase [QUERY] [DIR] [--due] [--dry-run]
import { flag } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const ERASE = {
  name: 'erase',
  args: [{ key: 'query', required: false }, DIR],
  options: [flag('due'), flag('dryRun')],
} as const satisfies CommandSpec;
