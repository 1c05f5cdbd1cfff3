// netzwerk import FILE.csv|FILE.xlsx [DIR] [--visibility internal|network] [--update] [--allow-similar] [--verbose] [--dry-run] [--datasheet]
import { flag, known } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';

export const IMPORT = {
  name: 'import',
  args: [{ key: 'file', required: true }, DIR],
  // never public through an import: a publication needs each person's consent (a column with its date)
  options: [
    known('visibility', ['internal', 'network'] as const, 'visibility'),
    flag('update'),
    flag('allowSimilar'),
    flag('verbose'),
    flag('dryRun'),
    flag('datasheet'),
  ],
} as const satisfies CommandSpec;
