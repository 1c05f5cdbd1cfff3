// netzwerk invite MEETING [DIR] [--out-dir DIR] [--batch N] [--reply-by DATE]
import { parseBatch } from '../../../cli/option-parsers.js';
import { custom, date, value } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const INVITE = {
  name: 'invite',
  args: [{ key: 'meeting', required: true }, DIR],
  options: [value('outDir', 'folder'), custom('batch', 'number', parseBatch, '500'), date('replyBy')],
} as const satisfies CommandSpec;
