// netzwerk set QUERY FIELD=VALUE… [DIR] [--all] [--partner-of ID] [--kind person|partner|meeting|offer] [--dry-run]
import { flag, known, value } from '../../../cli/options.js';
import type { CommandSpec } from '../../../cli/spec.js';

export const SET = {
  name: 'set',
  // The words after the query: FIELD=VALUE assignments, and last the network folder if given.
  args: [
    { key: 'query', required: true },
    { key: 'changes', required: true, variadic: true },
  ],
  options: [flag('all'), value('partnerOf', 'id'), known('kind', ['person', 'partner', 'meeting', 'offer'] as const, 'kind'), flag('dryRun')],
} as const satisfies CommandSpec;
