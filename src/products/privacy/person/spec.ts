// netzwerk person QUERY [DIR] [--format text|json|letter] [--out FILE]
import { value } from '../../../cli/options.js';
import { formatOption, type OutputKind } from '../../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../../cli/spec.js';

/** The letter (--format letter) as Markdown, HTML or PDF, by the ending of --out. */
export const PERSON_OUTPUTS = [
  { format: 'text', option: 'text', endings: ['.txt'] },
  { format: 'json', option: 'json', endings: ['.json'] },
  { format: 'letter-md', option: 'letter', endings: ['.md'] },
  { format: 'letter-html', option: 'letter', endings: ['.html', '.htm'], page: true },
  { format: 'letter-pdf', option: 'letter', endings: ['.pdf'], binary: true },
] as const satisfies readonly OutputKind[];

export const PERSON = {
  name: 'person',
  args: [{ key: 'query', required: true }, DIR],
  options: [formatOption(PERSON_OUTPUTS), OUT, value('partner', 'id')],
} as const satisfies CommandSpec;
