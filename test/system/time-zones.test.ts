// The built program in other machine time zones and locales writes the same bytes as main()
// in-process (the rest of these commands: test/cli/contacts.test.ts, test/cli/review.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, runBin, STACK_TRACE } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

describe('contacts', () => {
  const CANARY = join(FIXTURES, 'contacts', 'canary');

  it('the real bin writes the same bytes as the in-process run, in any machine time zone and locale', async () => {
    for (const format of ['csv', 'vcf', 'emails']) {
      const args = ['contacts', CANARY, ...TODAY, '--format', format];
      const [bin, inProcess] = await Promise.all([runBin(args, { env: { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' } }), run(args)]);
      expect(bin.code, bin.stderr).toBe(0);
      expect(bin.stdout).toBe(inProcess.stdout);
      expect(bin.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

describe('review and person', () => {
  const NET = join(FIXTURES, 'privacy', 'beispielstadt');
  const GOLDEN = join(ROOT, 'test', 'golden', 'privacy');

  it('the built program gives the same bytes under any time zone and locale', async () => {
    const inProcess = (await run(['review', NET, '--format', 'csv', ...TODAY])).stdout;
    const envs: Record<string, string>[] = [
      { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8' },
      { TZ: 'America/Los_Angeles', LC_ALL: 'C' },
    ];
    for (const env of envs) {
      const [r, p] = await Promise.all([runBin(['review', NET, '--format', 'csv', ...TODAY], { env }), runBin(['person', 'Müller', NET, ...TODAY], { env })]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(inProcess);
      expect(p.stdout).toBe(readFileSync(join(GOLDEN, 'person-anna.txt'), 'utf8').replace('„Anna Müller“', '„Müller“'));
    }
  });
});
