// Golden files: every report format of examples and of the fixture, with a fixed --today,
// compared byte for byte. Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run test/cli/report-golden.test.ts
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, expectGolden, FIXTURES, ROOT, run } from '../support/helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'report');
const TODAY = '2026-11-23';

const NETWORKS: [string, string][] = [
  ['kreis-kleve', join(EXAMPLES, 'kreis-kleve')],
  ['ratingen', join(EXAMPLES, 'ratingen')],
  ['kreis-wesel', join(EXAMPLES, 'kreis-wesel')],
  ['musterkreis', join(FIXTURES, 'report', 'musterkreis')],
];
const FORMATS: [string, string][] = [
  ['text', 'txt'],
  ['md', 'md'],
  ['html', 'html'],
  ['json', 'json'],
];
const MUSTERKREIS = join(FIXTURES, 'report', 'musterkreis');
// The coordination's own report (`internal`) for every network and format, as before audiences
// existed; the report for the partners (`network`, the default) and for the public of the
// fixture, whose notes are counted by kind.
const CASES: { name: string; dir: string; format: string; file: string; audience: string; extra: string[] }[] = [
  ...NETWORKS.flatMap(([name, dir]) => FORMATS.map(([format, ext]) => ({ name, dir, format, file: `${name}.${ext}`, audience: 'internal', extra: [] }))),
  // English, and a period that is not a calendar year.
  ...FORMATS.map(([format, ext]) => ({
    name: 'musterkreis',
    dir: MUSTERKREIS,
    format,
    file: `musterkreis.en.${ext}`,
    audience: 'internal',
    extra: ['--lang', 'en'],
  })),
  {
    name: 'musterkreis',
    dir: MUSTERKREIS,
    format: 'text',
    file: 'musterkreis.halbjahr.txt',
    audience: 'internal',
    extra: ['--from', '2026-01-01', '--to', '2026-06-30'],
  },
  ...(['network', 'public'] as const).flatMap((audience) =>
    FORMATS.map(([format, ext]) => ({ name: 'musterkreis', dir: MUSTERKREIS, format, file: `musterkreis.${audience}.${ext}`, audience, extra: [] })),
  ),
  { name: 'musterkreis', dir: MUSTERKREIS, format: 'text', file: 'musterkreis.network.en.txt', audience: 'network', extra: ['--lang', 'en'] },
  // This year beside the year before (--compare): the comparison table and both periods in the charts.
  ...(['html', 'json'] as const).map((format) => ({
    name: 'musterkreis',
    dir: MUSTERKREIS,
    format,
    file: `musterkreis.compare.${format}`,
    audience: 'network',
    extra: ['--compare', 'previous'],
  })),
];

describe('report golden files', () => {
  for (const c of CASES) {
    it(`${c.file}`, async () => {
      const r = await run(['report', c.dir, '--format', c.format, '--today', TODAY, '--audience', c.audience, ...c.extra]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(join(GOLDEN, c.file), r.stdout);
    });
  }
});
