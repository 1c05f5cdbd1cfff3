// netzwerk meetings: which meetings a period holds, and each warning beside its own meeting.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetworkFolder } from '../../src/load/read-folder.js';
import { invitedCounter, invitedPartners } from '../../src/model/invitations.js';
import { validateNetwork } from '../../src/validate/validate-network.js';
import { copyExample, EXAMPLE_NAMES, EXAMPLES, FIXTURES, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

interface Item {
  id: string;
  status: string;
  invited: { all: boolean; count: number };
  attendance: { organisations: number; persons: number; guests: number };
  warnings: { code: string; path: string }[];
}
const list = async (dir: string, ...args: string[]) => {
  const r = await run(['meetings', dir, '--format', 'json', ...TODAY, ...args]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { meetings: Item[] }).meetings;
};

describe('netzwerk meetings', () => {
  it('puts every warning of validate beside the meeting it concerns', async () => {
    const items = await list(join(FIXTURES, 'warnings', 'all-kinds'));
    const codes = Object.fromEntries(items.map((m) => [m.id, m.warnings.map((w) => w.code)]));
    expect(codes).toEqual({
      'treffen-1': ['file-not-found'],
      'fallkonferenz-1': ['fallkonferenz-details'],
      'ohne-teilnahme': ['meeting-held-no-attendance'],
      vergessen: ['meeting-planned-past'],
      'einladung-ehemals': ['meeting-invites-departed'],
      'zu-frueh': ['meeting-held-future'],
    });
    const v = await run(['validate', join(FIXTURES, 'warnings', 'all-kinds'), '--format', 'json', ...TODAY]);
    const meetingWarnings = (JSON.parse(v.stdout) as { warnings: { file: string; line: number }[] }).warnings.filter((w) => w.file === 'meetings.yaml');
    // every warning about a meeting, none twice, none lost
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    expect(items.flatMap((m) => m.warnings as unknown as { file: string; line: number }[]).sort(byLine)).toEqual(meetingWarnings.sort(byLine));
  });

  it('counts the invited active partners and the attendance (hand-counted from examples/herne)', async () => {
    const items = await list(join(EXAMPLES, 'herne'), '--from', '2024-03-01', '--to', '2024-03-31');
    expect(items.map((m) => [m.id, m.invited.all, m.invited.count, m.attendance])).toEqual([
      ['2024-03-netzwerktreffen', true, 12, { organisations: 12, persons: 17, guests: 1 }],
    ]);
  });

  it('--upcoming starts at --today, also when --from is earlier; --to ends the list', async () => {
    const ids = async (...args: string[]) => (await list(join(EXAMPLES, 'herne'), ...args)).map((m) => m.id);
    expect(await ids('--upcoming')).toEqual(['2026-12-netzwerktreffen', '2027-03-netzwerktreffen', '2027-04-informationsabend']);
    expect(await ids('--upcoming', '--from', '2020-01-01', '--to', '2027-03-31')).toEqual(['2026-12-netzwerktreffen', '2027-03-netzwerktreffen']);
  });

  it('writes dates as DIN 5008 with the weekday, and times as a span', async () => {
    const r = await run(['meetings', join(EXAMPLES, 'herne'), '--from', '2024-03-13', '--to', '2024-03-13', ...TODAY]);
    expect(r.stdout).toContain('Mi 13.03.2024');
    expect(r.stdout).toContain('14:00–17:00');
    expect(r.stdout).toContain('1 Veranstaltung');
  });

  it("names each meeting's id, which invite, sheet and attendance are given", async () => {
    const r = await run(['meetings', join(EXAMPLES, 'herne'), '--upcoming', ...TODAY]);
    const ids = [...r.stdout.matchAll(/Kennung: (\S+)/g)].map((m) => m[1]);
    expect(ids).toEqual(['2026-12-netzwerktreffen', '2027-03-netzwerktreffen', '2027-04-informationsabend']);
    expect((await run(['meetings', join(EXAMPLES, 'herne'), '--upcoming', '--lang', 'en', ...TODAY])).stdout).toContain('id: 2026-12-netzwerktreffen');
  });

  it('never breaks an id across lines, however long (the column widens for it)', async () => {
    const copy = copyExample('herne');
    try {
      const id = '2027-05-fachtag-kinderschutz-gewalt-gegen-kinder-erkennen-und-handeln';
      const added = await run(['add', 'meeting', copy.dir, '--title', 'Fachtag', '--type', 'fachtag', '--start', '2027-05-12', '--id', id, ...TODAY]);
      expect(added.code, added.stderr).toBe(0);
      const r = await run(['meetings', copy.dir, '--upcoming', ...TODAY]);
      expect(r.stdout).toMatch(new RegExp(`Kennung: ${id}\\s*\\n`));
    } finally {
      copy.remove();
    }
  });
});

describe('how many partners a meeting invites', () => {
  // invitedCounter (sorted joined/left days per sector) must count what invitedPartners lists,
  // also on days when partners join or leave and for meetings naming partners and sectors together.
  const networks = [...EXAMPLE_NAMES.map((n) => join(EXAMPLES, n)), join(FIXTURES, 'warnings', 'all-kinds'), join(FIXTURES, 'valid', 'folders')];
  it.each(networks)('%s: the count is the length of the list, for every meeting and on every joined/left day', (dir) => {
    const model = validateNetwork(readNetworkFolder(dir), { today: '2026-11-23', lang: 'de' }).model;
    expect(model).toBeDefined();
    const count = invitedCounter(model!);
    const days = [...new Set(model!.partners.flatMap((p) => [p.joined, p.left]).filter((d): d is string => d !== undefined))];
    for (const meeting of model!.meetings) {
      for (const start of [meeting.start, ...days]) {
        const m = { ...meeting, start };
        expect(count(m), `${meeting.id} on ${start}`).toBe(invitedPartners(model!, m).length);
      }
    }
  });
});
