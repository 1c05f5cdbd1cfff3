// The README shows what `netzwerk validate` prints: those examples must be what it prints today.
// Each example block is run on its fixture in test/fixtures/readme/; a line ending in "…" is
// shortened in the README and must begin the real line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run } from '../support/helpers.js';

const BLOCKS = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```\n\$ (?:npx )?netzwerk validate mein-netzwerk\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);
/** The fixture of each example, in the order of the README. */
const FOLDERS = ['readme/values', 'readme/slip'];

describe('README: the examples of netzwerk validate', () => {
  it('has one fixture for each example', () => {
    expect(BLOCKS.length).toBe(FOLDERS.length);
  });

  it.each(FOLDERS.map((folder, i) => [folder, i] as const))('%s', async (folder, i) => {
    const { stdout } = await run(['validate', join(FIXTURES, folder), '--today', '2026-11-23']);
    const shown = BLOCKS[i]!.trimEnd().split('\n');
    const real = stdout.trimEnd().split('\n');
    expect(real.length).toBe(shown.length);
    shown.forEach((line, k) => {
      if (line.endsWith('…')) expect(real[k]!.startsWith(line.slice(0, -1)), `${real[k]}\nbegins with\n${line}`).toBe(true);
      else expect(real[k]).toBe(line);
    });
  });
});
