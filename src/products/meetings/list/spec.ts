// netzwerk meetings [DIR] [--from DATE] [--to DATE] [--upcoming] [--format text|json]
import { date, flag, oneOf } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const MEETINGS = {
  name: 'meetings',
  args: [DIR],
  options: [date('from'), date('to'), flag('upcoming'), oneOf('format', ['text', 'json'] as const, 'text')],
} as const satisfies CommandSpec;
