// Issue 21, inputs that once cost gigabytes or minutes: long values next to similar ones, long
// lists, 40,000 unknown keys, a flow list of millions of values, deep nesting, a large ordinary
// file. The costly cases run the real bin with a small heap, so that "takes gigabytes" fails as a
// crash instead of slowing the machine. "Linear" is checked as the ratio of the times at n and 4n
// (test/support/budget.ts), never as a wall-clock limit. Sizes: small in npm test, those of the
// issue in npm run test:ci (NETZWERK_TEST_SIZE=full).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wrap } from '../../src/formats/text-table.js';
import { parseYamlFile } from '../../src/load/parse-yaml.js';
import { scanLines } from '../../src/load/yaml-lines.js';
import { checkStructure, readsUpTo } from '../../src/load/yaml-structure.js';
import { editDistance, suggest } from '../../src/suggest.js';
import { bySize, expectLinear } from '../support/budget.js';
import { copyExample, minimalNetwork, run, runBin, STACK_TRACE, type RunResult } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
/** A heap well below what the reported cases took (3.9 and 4.2 GB), far above what the examples need. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=400' };
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(name = 'kreis-wesel'): string {
  const { dir, remove } = copyExample(name);
  cleanup.push(remove);
  return dir;
}

function minimal(): string {
  const { dir, remove } = minimalNetwork();
  cleanup.push(remove);
  return dir;
}

function expectClean(result: RunResult, code: number): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(/interner Fehler|internal error|heap out of memory/);
  expect(result.code, output.slice(0, 2000)).toBe(code);
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
/** 30601 → "30.601", as the German messages write numbers. */
const de = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('bounded resources (issue 21, 4)', () => {
  it('a municipality and an id of 30,000 characters next to similar ones: a message, not gigabytes', async () => {
    const dir = network();
    const repeats = bySize(600, 1_800);
    const long = 'Neukirchen-Vluyn '.repeat(repeats); // 30,600 characters at full size
    const id = bySize(10_000, 30_000);
    edit(join(dir, 'network.yaml'), (t) => t.replace(/municipalities:\n/, `municipalities:\n    - "${long}a"\n`));
    writeFileSync(join(dir, 'partners', 'lang.yaml'), `id: ${'a'.repeat(id)}1\nname: Lang\nsector: sonstige\nmunicipalities: ["${long}b"]\n`);
    writeFileSync(
      join(dir, 'meetings', 'lang.yaml'),
      `id: lang\ntitle: Lang\ntype: sonstige\nstart: 2026-01-10\nstatus: held\norganizers: [${'a'.repeat(id)}2]\n`,
    );
    const result = await runBin(['validate', dir, ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    expect(result.stdout).toContain('region.municipalities[');
    expect(result.stdout).toContain(`Der Text ist zu lang: ${de(long.length + 1)} Zeichen, erlaubt sind höchstens 300.`);
    expect(result.stdout).toContain(`Der Text ist zu lang: ${de(id + 1)} Zeichen, erlaubt sind höchstens 100.`);
    expect(result.stdout.length).toBeLessThan(20_000);
  }, 60_000);

  it('the did-you-mean distance is bounded: two long strings cost a band of the table, not all of it (linear in their length)', async () => {
    const text = (n: number) => 'Gemeinde am Niederrhein '.repeat(n / 24); // n characters
    const a = text(24_000);
    const b = `${a.slice(0, 12_000)}X${a.slice(12_001)}`;
    expect(editDistance(a, b, 3)).toBe(1);
    expect(editDistance(a, `${a.slice(1)}Q`, 3)).toBe(2); // one deleted, one added
    expect(editDistance(a, 'x'.repeat(a.length), 3)).toBeGreaterThan(3); // cut off
    expect(editDistance('polzei', 'polizei', 3)).toBe(1);
    expect(editDistance('ab', 'ba', 3)).toBe(1); // a transposition counts once
    expect(suggest(b, [a, 'Moers'])).toBe(a);
    await expectLinear('editDistance', 6_000, (n) => {
      const s = text(n);
      const t = `${s.slice(0, n / 2)}X${s.slice(n / 2 + 1)}`;
      for (let i = 0; i < 20; i++) editDistance(s, t, 3); // twenty times: one takes well under a millisecond
    });
  });

  it('100,000 tags: the list size gets a message and the uniqueness check stays linear', async () => {
    const count = bySize(20_000, 100_000);
    const tagsFile = (n: number) => {
      const tags = Array.from({ length: n }, (_, i) => `s${i}`);
      tags.push('s7');
      return `id: viele-tags\nname: Viele Schlagwörter\nsector: sonstige\ntags:\n${tags.map((t) => `  - ${t}`).join('\n')}\n`;
    };
    const dir = network();
    writeFileSync(join(dir, 'partners', 'tags.yaml'), tagsFile(count));
    const result = await runBin(['validate', dir, ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    expect(result.stdout).toContain(`tags: Die Liste hat ${de(count + 1)} Einträge, erlaubt sind höchstens 100.`);
    expect(result.stdout).toContain('tags: „s7“ steht doppelt in der Liste.');

    const small = minimal();
    await expectLinear('validate with a long list of tags', count / 4, async (n) => {
      writeFileSync(join(small, 'partners', 'tags.yaml'), tagsFile(n));
      const r = await run(['validate', small, '--format', 'json', ...TODAY]);
      expect(r.code).toBe(1);
    });
  }, 120_000);

  it('word wrap of a 400 KB word is linear, keeps every character and respects the width', async () => {
    const word = 'Kinderschutz-ä-😀-'.repeat(25_000); // 450,000 characters, astral ones included
    const lines = wrap(`Anfang ${word} Ende`, 98);
    expect(lines[0]).toBe('Anfang');
    expect(lines.at(-1)!.endsWith('Ende')).toBe(true);
    expect(lines.every((l) => [...l].length <= 98)).toBe(true);
    expect(lines.slice(1, -1).join('') + lines.at(-1)!.replace(/ ?Ende$/, '')).toBe(word);
    await expectLinear('wrap', 6_250, (n) => wrap(`Anfang ${'Kinderschutz-ä-😀-'.repeat(n)} Ende`, 98));
  });
});

describe('nesting and size (issue 21, 10 and 4)', () => {
  it('deep nesting is reported as such by the bin too (its stack is not the test runner’s)', async () => {
    const dir = network();
    writeFileSync(join(dir, 'partners', 'tief.yaml'), '['.repeat(3_000) + ']'.repeat(3_000) + '\n');
    const bin = await runBin(['validate', dir, ...TODAY]);
    expectClean(bin, 1);
    expect(bin.stdout).not.toContain('Aliase');
    expect(bin.stdout).toMatch(/partners\/tief\.yaml:1:\d+ +Fehler +Die Datei ist zu tief verschachtelt/);
  });

  it('40,000 unknown keys are answered in linear time, each with its line', async () => {
    const count = bySize(8_000, 40_000);
    const file = (n: number) => `id: viele-felder\nname: Viele Felder\nsector: sonstige\n${Array.from({ length: n }, (_, i) => `feld${i}: x`).join('\n')}\n`;
    const dir = network();
    writeFileSync(join(dir, 'partners', 'viele.yaml'), file(count));
    const result = await runBin(['validate', dir, '--format', 'json', ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    const errors = (JSON.parse(result.stdout) as { errors: { file: string; line: number; code: string }[] }).errors.filter(
      (e) => e.file === 'partners/viele.yaml',
    );
    expect(errors).toHaveLength(count);
    expect(errors[count - 1]).toMatchObject({ line: count + 3, code: 'unknown-property' });

    const small = minimal();
    await expectLinear('validate with unknown keys', count / 4, async (n) => {
      writeFileSync(join(small, 'partners', 'viele.yaml'), file(n));
      const r = await run(['validate', small, '--format', 'json', ...TODAY]);
      expect(r.code).toBe(1);
    });
  }, 120_000);

  it('a flow list of millions of values in an 8 MB file is refused before it is built, with a message', async () => {
    const dir = network();
    writeFileSync(join(dir, 'partners', 'liste.yaml'), `id: liste\nname: Liste\nsector: sonstige\ntags: [${'a, '.repeat(bySize(500_000, 2_800_000))}a]\n`);
    const result = await runBin(['validate', dir, ...TODAY], { env: SMALL_HEAP });
    expectClean(result, 1);
    expect(result.stdout).toMatch(/partners\/liste\.yaml:1:1 +Fehler +Die Datei enthält zu viele Werte/);
  }, 60_000);

  it('a large but ordinary file (scale 10 of the benchmark: 130,000 lines) is still read', async () => {
    const dir = network();
    const meeting = (i: number) =>
      [
        `- id: treffen-${i}`,
        `  title: "Arbeitskreis ${i}"`,
        '  type: arbeitskreis',
        '  start: 2025-03-01 10:00',
        '  status: held',
        '  attendance:',
        ...[1, 2, 3].map((k) => `    - {partner: jugendamt-wesel, persons: ${k}}`),
        '  topics: [Austausch, Planung]',
      ].join('\n');
    // scale 1 in npm test
    writeFileSync(join(dir, 'meetings', 'viele.yaml'), Array.from({ length: bySize(1_300, 13_000) }, (_, i) => meeting(i)).join('\n') + '\n');
    const result = await runBin(['validate', dir, '--format', 'json', ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
  }, 60_000);
});

describe('trying a fix out (which of two lines to name)', () => {
  it('stays linear in a file of 40,000 keys: the message for a slip at its top', async () => {
    const file = (n: number) =>
      `id: viele\nname: Viele\nsector: sonstige\naddress:\n   street: Weg 1\n  city: Kleve\n${Array.from({ length: n }, (_, i) => `feld${i}: x`).join('\n')}\n`;
    const { large } = await expectLinear('trying the fix of a slip', bySize(2_000, 10_000), (n) => {
      const big = file(n);
      const lines = scanLines(big);
      const slip = checkStructure(lines).slip!;
      return { reads: readsUpTo(lines, slip), ...parseYamlFile({ file: 'partners/viele.yaml', bytes: Buffer.from(big), size: big.length }, 'de') };
    });
    expect(large.reads).toBe(Infinity);
    expect(large.parsed).toBeUndefined();
    expect(large.diagnostics.map((d) => [d.line, d.code])).toEqual([[5, 'yaml-indent-column']]);
  }, 60_000);
});
