// netzwerk contacts [DIR] [--format csv|vcf|emails|xlsx] [--audience …] [--sector S]… [--municipality M]… [--insofa] [--meeting ID] [--out FILE]
import { parseBatch, parseDelimiter } from '../../cli/option-parsers.js';
import { custom, flag, many, manyOf, negatable, oneOf, value } from '../../cli/options.js';
import { formatOption, type OutputKind } from '../../cli/output-format.js';
import { DIR, OUT, type CommandSpec } from '../../cli/spec.js';
import { AUDIENCES } from '../../model/policy.js';
import { SECTORS } from '../../model/vocabulary.js';

export const CONTACTS_OUTPUTS = [
  { format: 'csv', option: 'csv', endings: ['.csv'] },
  { format: 'vcf', option: 'vcf', endings: ['.vcf', '.vcard'] },
  { format: 'emails', option: 'emails', endings: ['.txt'] },
  { format: 'xlsx', option: 'xlsx', endings: ['.xlsx'], binary: true },
] as const satisfies readonly OutputKind[];

export const CONTACTS = {
  name: 'contacts',
  args: [DIR],
  options: [
    formatOption(CONTACTS_OUTPUTS),
    oneOf('audience', AUDIENCES, 'network', 'audience'),
    manyOf('sector', SECTORS, 'sector'),
    many('municipality', 'municipality'),
    flag('insofa'),
    value('meeting', 'id'),
    custom('delimiter', 'char', parseDelimiter, ';'),
    negatable('bom'),
    custom('batch', 'number', parseBatch),
    OUT,
  ],
} as const satisfies CommandSpec;
