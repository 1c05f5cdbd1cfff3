// netzwerk verified QUERY [DIR] [--date DATE] [--dry-run]
import { date, flag } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const VERIFIED = {
  name: 'verified',
  args: [{ key: 'query', required: true }, DIR],
  options: [date('date'), flag('dryRun')],
} as const satisfies CommandSpec;
