// netzwerk init [DIR]
import { DIR, type CommandSpec } from '../../cli/spec.js';

export const INIT = { name: 'init', args: [DIR], options: [] } as const satisfies CommandSpec;
