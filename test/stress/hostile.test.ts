// Hostile folders: whatever lies in a network folder, every command answers with a clear
// message and exit 0, 1 or 2, never a crash or a hang (the per-test timeouts catch a hang; the
// cost of deep nesting and long lines is checked as linear: the ratio of the times at n and 4n,
// test/support/budget.ts). Sizes: small in npm test, full in npm run test:ci.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bySize, expectLinear } from '../support/budget.js';
import { copyExample, minimalNetwork, run, STACK_TRACE, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

/** A copy of kreis-wesel (collections as folders) to make hostile. */
function network(): string {
  const { dir, remove } = copyExample('kreis-wesel');
  cleanup.push(remove);
  return dir;
}

function expectClean(result: RunResult, code: number): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(/interner Fehler|internal error/);
  expect(result.code, output.slice(0, 2000)).toBe(code);
}

/** The smallest network, for timings that the rest of a network would blur. */
function minimal(): string {
  const { dir, remove } = minimalNetwork();
  cleanup.push(remove);
  return dir;
}

/** A file of `bytes` size that takes no disk space and no time to create (sparse). */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('hostile folders', () => {
  it('symbolic link loops and dangling links in a collection folder are skipped', async () => {
    const dir = network();
    symlinkSync('..', join(dir, 'partners', 'loop-up')); // partners/loop-up → the network folder
    symlinkSync('.', join(dir, 'partners', 'loop-self')); // partners/loop-self → partners itself
    symlinkSync('circle.yaml', join(dir, 'partners', 'circle.yaml')); // a link to itself (ELOOP)
    symlinkSync('does-not-exist.yaml', join(dir, 'meetings', 'dangling.yaml'));
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 0); // each file read once: no duplicate ids from walking a loop
  }, 20_000);

  it('a named pipe called .yaml does not block the reading', async () => {
    const dir = network();
    execFileSync('mkfifo', [join(dir, 'partners', 'pipe.yaml')]);
    expectClean(await run(['validate', dir, ...TODAY]), 0);
  }, 20_000);

  it('an unreadable file is exit 2 with its name and the reason', async () => {
    const dir = network();
    // /proc/self/mem passes stat as a file but fails to read (EIO), even for root.
    if (existsSync('/proc/self/mem')) {
      // network.yaml itself: a link in a collection folder to outside the folder is not even read (hardening-load.test.ts)
      rmSync(join(dir, 'network.yaml'));
      symlinkSync('/proc/self/mem', join(dir, 'network.yaml'));
      const result = await run(['validate', dir, ...TODAY]);
      expectClean(result, 2);
      expect(result.stderr).toMatch(/Die Datei „network\.yaml“ kann nicht gelesen werden \(E[A-Z]+\)/);
    }
    if (process.getuid?.() !== 0) {
      const file = join(dir, 'agreements', 'gesperrt.yaml');
      writeFileSync(file, '- id: x\n');
      chmodSync(file, 0o000);
      const result = await run(['report', dir, ...TODAY]);
      expectClean(result, 2);
      expect(result.stderr).toContain('kann nicht gelesen werden (EACCES)');
    }
  }, 20_000);

  it('a 50 MB file is refused by its size, before it is read', async () => {
    const dir = network();
    sparseFile(join(dir, 'partners', 'export.yaml'), 50 * 1024 * 1024);
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stdout + result.stderr).toMatch(/partners\/export\.yaml.*Die Datei ist mit 50 MB zu groß \(höchstens 32 MB\)/);
  }, 20_000);

  it('a 50 MB network.yaml is refused the same way', async () => {
    const dir = network();
    sparseFile(join(dir, 'network.yaml'), 50 * 1024 * 1024);
    const result = await run(['contacts', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stderr).toContain('zu groß');
  }, 20_000);

  it('deeply nested YAML (flow and block) is an error with a message, not a stack overflow, in linear time', async () => {
    const dir = network();
    const depth = bySize(10_000, 50_000);
    const flow = (n: number) => '['.repeat(n) + ']'.repeat(n) + '\n';
    writeFileSync(join(dir, 'partners', 'tief-flow.yaml'), flow(depth));
    writeFileSync(
      join(dir, 'meetings', 'tief-block.yaml'),
      Array.from({ length: bySize(1_000, 2_000) }, (_, i) => ' '.repeat(i * 2) + '- ').join('\n') + 'x\n',
    );
    writeFileSync(join(dir, 'agreements', 'tief-map.yaml'), '{a: '.repeat(depth) + '1' + '}'.repeat(depth) + '\n');
    for (const command of ['validate', 'report', 'calendar']) {
      const result = await run([command, dir, ...TODAY]);
      expectClean(result, 1);
      expect(result.stdout + result.stderr).toMatch(/partners\/tief-flow\.yaml/);
    }
    const small = minimal();
    await expectLinear('validate with deep flow nesting', depth / 4, async (n) => {
      writeFileSync(join(small, 'partners', 'tief-flow.yaml'), flow(n));
      expectClean(await run(['validate', small, ...TODAY]), 1);
    });
  }, 120_000);

  it('very long lines: a 5 MB value is read and refused as too long in linear time, a 1 MB wrong value gets a message of normal length', async () => {
    const dir = network();
    const repeats = bySize(140_000, 700_000); // ~5 MB on one line at full size
    const longName = (n: number) => `id: sehr-lang\nname: "${'Träger '.repeat(n)}"\nsector: sonstige\n`;
    writeFileSync(join(dir, 'partners', 'lang.yaml'), longName(repeats));
    const tooLong = await run(['validate', dir, ...TODAY]);
    expectClean(tooLong, 1); // names have at most 300 characters (issue 21)
    const characters = String(repeats * 7).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); // 4.900.000 at full size
    expect(tooLong.stdout).toContain(`partners/lang.yaml:2:7  Fehler   name: Der Text ist zu lang: ${characters} Zeichen, erlaubt sind höchstens 300.`);
    expect(tooLong.stdout.length).toBeLessThan(1_000);
    const small = minimal();
    await expectLinear('validate with a long value', repeats / 4, async (n) => {
      writeFileSync(join(small, 'partners', 'lang.yaml'), longName(n));
      expectClean(await run(['validate', small, ...TODAY]), 1);
    });
    writeFileSync(join(dir, 'partners', 'falsch.yaml'), `id: falscher-sektor\nname: Falsch\nsector: ${'x'.repeat(bySize(200_000, 1_000_000))}\n`);
    const result = await run(['validate', dir, ...TODAY]);
    expectClean(result, 1);
    expect(result.stdout + result.stderr).toContain('partners/falsch.yaml');
    expect((result.stdout + result.stderr).length).toBeLessThan(5_000);
  }, 120_000);

  it('folders and odd entries named .yaml are walked or skipped, not read as files', async () => {
    const dir = network();
    mkdirSync(join(dir, 'partners', 'archiv.yaml'));
    writeFileSync(join(dir, 'partners', '.versteckt.yaml'), 'kein: [yaml');
    writeFileSync(join(dir, 'partners', 'notiz.txt'), 'kein: [yaml');
    expectClean(await run(['validate', dir, ...TODAY]), 0);
  }, 20_000);
});
