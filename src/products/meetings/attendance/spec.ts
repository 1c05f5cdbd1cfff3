// netzwerk attendance MEETING FILE.csv|FILE.xlsx [DIR] [--dry-run]
import { flag } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const ATTENDANCE = {
  name: 'attendance',
  args: [{ key: 'meeting', required: true }, { key: 'list', required: true }, DIR],
  options: [flag('dryRun')],
} as const satisfies CommandSpec;
