// Issue 21, the reading side: file names that are not UTF-8, links out of the network folder,
// names that would forge diagnostic lines, deep nesting. Small files that cost a lot (40,000
// keys, a flow list of millions of values), run by the real bin with a small heap:
// test/stress/bounded-resources.test.ts.
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, run, STACK_TRACE, tempDir, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
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
    expect(result.stdout).toMatch(/^partners\/x\\nnetwork\.yaml:1:1 {2}Fehler {2}gefälscht\.yaml:1:5 +Fehler/m);
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

describe('nesting (issue 21, 10)', () => {
  it('deep nesting is reported as such, not as too many aliases', async () => {
    const dir = network();
    for (const depth of [800, 1_000, 3_000]) {
      writeFileSync(join(dir, 'partners', 'tief.yaml'), '['.repeat(depth) + ']'.repeat(depth) + '\n');
      const result = await run(['validate', dir, ...TODAY]);
      expectClean(result, 1);
      expect(result.stdout).not.toContain('Aliase');
      if (depth >= 3_000) expect(result.stdout).toMatch(/partners\/tief\.yaml:1:\d+ +Fehler +Die Datei ist zu tief verschachtelt/);
    }
  });
});
