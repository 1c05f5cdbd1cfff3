// directory --hide-unconfirmed (issue 32, item 2) on test/fixtures/report/pool (stichtag
// 2026-11-23, review_partners_after_months 12 by default): an institution that never confirmed
// its entry or did so before 2025-11-23 is left out and named on stderr and in the JSON's
// `hidden`; the youth office carrying the network stays; once the institution confirms (set
// verified), it is there again.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'report', 'pool');
const TODAY = ['--today', '2026-11-23'];

interface DirectoryJson {
  entries: { id: string; verified: string | null }[];
  hidden: { id: string; name: string }[];
  coordination: { offices: string[] };
}

async function directory(dir: string, ...args: string[]) {
  const r = await run(['directory', dir, '--audience', 'public', '--format', 'json', ...TODAY, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout) as DirectoryJson, stderr: r.stderr };
}

describe('directory --hide-unconfirmed', () => {
  it('leaves out what was not confirmed within 12 months, says whom, keeps the youth office; without the option nothing is hidden', async () => {
    const all = await directory(NET);
    expect(all.json.hidden).toEqual([]);
    expect(all.json.entries.map((e) => [e.id, e.verified])).toEqual([
      ['grundschule-nord', '2025-06-01'],
      ['grundschule-sued', null],
      ['jugendamt-pool', null],
      ['jugendzentrum', null],
      ['kita-sonnenschein', '2026-10-01'],
      ['realschule-sued', null],
    ]);
    expect(all.stderr).not.toContain('weggelassen');

    const shown = await directory(NET, '--hide-unconfirmed');
    expect(shown.json.entries.map((e) => e.id)).toEqual(['jugendamt-pool', 'kita-sonnenschein']);
    expect(shown.json.hidden.map((h) => h.name)).toEqual(['Grundschule Nordheim', 'Grundschule Südheim', 'Jugendzentrum Pool', 'Realschule Südheim']);
    expect(shown.json.coordination.offices).toEqual(['jugendamt-pool']);
    expect(shown.stderr).toContain(
      'Hinweis: 4 Einträge sind weggelassen, weil die Einrichtung ihre Angaben nicht in den letzten 12 Monaten bestätigt hat (--hide-unconfirmed; verified beim Partner): Grundschule Nordheim, Grundschule Südheim, Jugendzentrum Pool, Realschule Südheim. Datenblätter zum Bestätigen: netzwerk datasheet --due',
    );
  });

  it('an institution that confirms its entry (set verified) is in the Wegweiser again', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      cpSync(NET, dir, { recursive: true });
      const set = await run(['set', 'Grundschule Nordheim', 'verified=20.11.2026', dir, ...TODAY]);
      expect(set.code, set.stderr).toBe(0);
      const shown = await directory(dir, '--hide-unconfirmed');
      expect(shown.json.entries.map((e) => e.id)).toEqual(['grundschule-nord', 'jugendamt-pool', 'kita-sonnenschein']);
      expect(shown.json.hidden.map((h) => h.id)).not.toContain('grundschule-nord');
    } finally {
      tmp.remove();
    }
  });
});
