// netzwerk init [DIR] [--empty]
import { flag } from '../../cli/options.js';
import { DIR, type CommandSpec } from '../../cli/spec.js';

export const INIT = { name: 'init', args: [DIR], options: [flag('empty')] } as const satisfies CommandSpec;
