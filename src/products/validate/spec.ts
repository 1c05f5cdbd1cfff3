// netzwerk validate [DIR] [--format text|json] [--strict]
import { flag, oneOf } from '../../cli/options.js';
import { DIR, type CommandSpec } from '../../cli/spec.js';

export const VALIDATE = {
  name: 'validate',
  args: [DIR],
  options: [oneOf('format', ['text', 'json'] as const, 'text'), flag('strict')],
} as const satisfies CommandSpec;
