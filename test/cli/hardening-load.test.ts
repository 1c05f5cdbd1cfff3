// Issue 21, the reading side: file names that are not UTF-8, links out of the network folder,
// names that would forge diagnostic lines, deep nesting, and small files that cost a lot
// (40,000 keys, a flow list of millions of values). The costly cases run the real bin with a
// small heap, so that "takes gigabytes" fails as a crash instead of slowing the machine.
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, run, runBin, STACK_TRACE, tempDir, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
/** A heap well below what the reported cases took (3.9 and 4.2 GB), far above what the examples need. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=400' };
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(): string {
  const { dir, remove } = copyExample('kreis-wesel');
  cleanup.push(remove);
  return dir;
}

function expectClean(result: RunResult, code: number): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(/interner Fehler|internal error|heap out of memory/);
  expect(result.code, output.slice(0, 2000)).toBe(code);
}

describe('file names (issue 21, 5 and 9)', () => {
  it('a file name that is not UTF-8 is an error naming the file, never dropped in silence', async () => {
    const dir = network();
    const latin1 = Buffer.concat([Buffer.from(join(dir, 'partners', 'familienbildung-m')), Buffer.from([0xf6]), Buffer.from('rs.yaml')]);
    renameSync(join(dir, 'partners', 'familienbildung-moers.yaml'), latin1);
    for (const command of ['validate', 'contacts', 'person']) {
      const result = await run(command === 'person' ? [command, 'Lehnhoff', dir, ...TODAY] : [command, dir, ...TODAY]);
      expectClean(result, 2);
      expect(result.stderr).toContain('partners/familienbildung-m\\xf6rs.yaml');
      expect(result.stderr).toContain('UTF-8');
    }
  });

  it('a file name with a line break cannot forge a diagnostic line', async () => {
    const dir = network();
    writeFileSync(join(dir, 'partners', 'x\nnetwork.yaml:1:1  Fehler  gefälscht.yaml'), 'id: Falsch\nname: X\nsector: sonstige\n');
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    const lines = result.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('network.yaml:1:1'))).toEqual([]);
    expect(result.stdout).toMatch(/^partners\/x\\nnetwork\.yaml:1:1  Fehler  gefälscht\.yaml:1:5 +Fehler/m);
  });

  it('a link in a collection folder to a place outside the network folder is an error naming the link; /usr is not read', async () => {
    const dir = network();
    symlinkSync('/usr', join(dir, 'partners', 'usr'));
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 2);
    expect(result.stderr).toMatch(/„partners\/usr“ ist eine Verknüpfung auf „\/usr“ außerhalb des Netzwerk-Ordners/);
    expect(result.stdout).toBe('');

    const outside = tempDir('netzwerk-outside-');
    cleanup.push(outside.remove);
    writeFileSync(join(outside.dir, 'extern.yaml'), readFileSync(join(dir, 'partners', 'jugendamt-wesel.yaml')));
    const second = network();
    symlinkSync(join(outside.dir, 'extern.yaml'), join(second, 'meetings', 'extern.yaml'));
    const file = await run(['report', second, ...TODAY, '--lang', 'en']);
    expectClean(file, 2);
    expect(file.stderr).toContain('"meetings/extern.yaml" is a link to');
  });

  it('links that stay inside the network folder are followed as before', async () => {
    const dir = network();
    mkdirSync(join(dir, 'archiv'));
    renameSync(join(dir, 'partners', 'familienbildung-moers.yaml'), join(dir, 'archiv', 'familienbildung-moers.yaml'));
    symlinkSync('../archiv/familienbildung-moers.yaml', join(dir, 'partners', 'familienbildung-moers.yaml'));
    const result = await run(['person', 'Lehnhoff', dir, ...TODAY]);
    expectClean(result, 0);
    expect(result.stdout).toContain('partners/familienbildung-moers.yaml');
  });
});

describe('nesting and size (issue 21, 10 and 4)', () => {
  it('deep nesting is reported as such, not as too many aliases', async () => {
    const dir = network();
    for (const depth of [800, 1_000, 3_000]) {
      writeFileSync(join(dir, 'partners', 'tief.yaml'), '['.repeat(depth) + ']'.repeat(depth) + '\n');
      const result = await run(['validate', dir, ...TODAY]);
      expectClean(result, 1);
      expect(result.stdout).not.toContain('Aliase');
      if (depth >= 3_000) expect(result.stdout).toMatch(/partners\/tief\.yaml:1:\d+ +Fehler +Die Datei ist zu tief verschachtelt/);
    }
    const bin = runBin(['validate', dir, ...TODAY]); // the bin's stack is not the test runner's
    expectClean(bin, 1);
    expect(bin.stdout).not.toContain('Aliase');
  });

  it('40,000 unknown keys are answered in bounded time, each with its line', () => {
    const dir = network();
    const keys = Array.from({ length: 40_000 }, (_, i) => `feld${i}: x`).join('\n');
    writeFileSync(join(dir, 'partners', 'viele.yaml'), `id: viele-felder\nname: Viele Felder\nsector: sonstige\n${keys}\n`);
    const result = runBin(['validate', dir, '--format', 'json', ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    const errors = (JSON.parse(result.stdout) as { errors: { file: string; line: number; code: string }[] }).errors.filter((e) => e.file === 'partners/viele.yaml');
    expect(errors).toHaveLength(40_000);
    expect(errors[39_999]).toMatchObject({ line: 40_003, code: 'unknown-property' });
  }, 60_000);

  it('a flow list of millions of values in an 8 MB file is refused before it is built, with a message', () => {
    const dir = network();
    writeFileSync(join(dir, 'partners', 'liste.yaml'), `id: liste\nname: Liste\nsector: sonstige\ntags: [${'a, '.repeat(2_800_000)}a]\n`);
    const result = runBin(['validate', dir, ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    expect(result.stdout).toMatch(/partners\/liste\.yaml:1:1 +Fehler +Die Datei enthält zu viele Werte/);
  }, 60_000);

  it('a large but ordinary file (scale 10 of the benchmark: 130,000 lines) is still read', () => {
    const dir = network();
    const meeting = (i: number) =>
      [`- id: treffen-${i}`, `  title: "Arbeitskreis ${i}"`, '  type: arbeitskreis', '  start: 2025-03-01 10:00', '  status: held',
        '  attendance:', ...[1, 2, 3].map((k) => `    - {partner: jugendamt-wesel, persons: ${k}}`), '  topics: [Austausch, Planung]'].join('\n');
    writeFileSync(join(dir, 'meetings', 'viele.yaml'), Array.from({ length: 13_000 }, (_, i) => meeting(i)).join('\n') + '\n');
    const result = runBin(['validate', dir, '--format', 'json', ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
  }, 60_000);
});
