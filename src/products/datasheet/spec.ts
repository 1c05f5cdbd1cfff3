// netzwerk datasheet [PARTNER…] [DIR] [--all|--due] [--format xlsx|pdf] [--eml] --out DIR
import { flag, oneOf } from '../../cli/options.js';
import { OUT, type CommandSpec } from '../../cli/spec.js';

export const DATASHEET = {
  name: 'datasheet',
  // the partners' ids or words of their names; the last word is the network's folder when it is one
  args: [{ key: 'partners', required: false, variadic: true }],
  options: [flag('all'), flag('due'), oneOf('format', ['xlsx', 'pdf'] as const, 'xlsx'), flag('eml'), OUT],
} as const satisfies CommandSpec;
