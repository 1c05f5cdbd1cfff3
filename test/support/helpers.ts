// Running the CLI in tests: in-process through main() (fast, the default) or as the real bin.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/main.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXAMPLES = join(ROOT, 'examples');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const BIN = join(ROOT, 'bin', 'netzwerk.cjs');
export const EXAMPLE_NAMES = ['herne', 'kreis-kleve', 'kreis-wesel', 'ratingen', 'siegen-wittgenstein'] as const;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `netzwerk ARGS` in-process. Colour off unless `tty` is set; env defaults to a clean one. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

/** Runs the built bin (or `bin`, e.g. a copy) as a child process (needs `npm run build`, which `npm test` does first). */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string>; bin?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 << 20, // the default megabyte ends the child for a long output (thousands of diagnostics)
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder, removed by the returned function. */
export function tempDir(prefix = 'netzwerk-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of an example network in a scratch folder, to change in a test. The schemas lie beside it
 * as in this project (examples/NAME, schemas/), so that its files' schema lines lead to them.
 */
export function copyExample(name: string): { dir: string; remove: () => void } {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'examples', name);
  cpSync(join(EXAMPLES, name), dir, { recursive: true });
  cpSync(join(ROOT, 'schemas'), join(tmp.dir, 'schemas'), { recursive: true });
  return { dir, remove: tmp.remove };
}

/**
 * The output must equal the golden file byte for byte. After an intended change,
 * `UPDATE_GOLDEN=1 npx vitest run test/…` writes the files instead; a missing one is a failure.
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Stack traces look like "    at fn (file:line:col)". */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
