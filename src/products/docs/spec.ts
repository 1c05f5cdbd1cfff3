// netzwerk docs [TOPIC]: the guides that come with the program, in the terminal.
import type { CommandSpec } from '../../cli/spec.js';

export const DOCS = { name: 'docs', args: [{ key: 'topic', required: false }], options: [] } as const satisfies CommandSpec;
