// netzwerk certificate MEETING [DIR] (--names FILE | --blank N) --out DIR
import { parseLines } from '../../cli/option-parsers.js';
import { custom, value } from '../../cli/options.js';
import { DIR, OUT, type CommandSpec } from '../../cli/spec.js';

/** Certificates in one run: a list of participants of a Fachtag, not a mailing list. */
export const MAX_CERTIFICATES = 500;

export const CERTIFICATE = {
  name: 'certificate',
  args: [{ key: 'meeting', required: true }, DIR],
  options: [value('names', 'file'), custom('blank', 'number', parseLines('--blank', 1, MAX_CERTIFICATES)), OUT],
} as const satisfies CommandSpec;
