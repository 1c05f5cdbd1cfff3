// Running the CLI in tests: in-process through main() (fast, the default) or as the real bin.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
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

/**
 * Runs the built bin (or `bin`, e.g. a copy) as a child process (needs `npm run build`, which `npm test` does first).
 * Asynchronous, so that several processes can run side by side; like spawnSync, a child that
 * writes more than 64 MB or runs longer than the timeout is ended and gives code -1.
 */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string>; bin?: string; timeout?: number } = {}): Promise<RunResult> {
  return runNode([options.bin ?? BIN, ...args], options);
}

/** `node ARGS` as a child process, the way runBin runs the bin (a clean environment but PATH and `env`). */
export function runNode(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let ended = false;
    const end = () => {
      ended = true;
      child.kill('SIGTERM');
    };
    // the default megabyte of spawnSync ended the child for a long output (thousands of diagnostics)
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) end();
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer = setTimeout(end, options.timeout ?? 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolvePromise({ code: ended ? -1 : (code ?? -1), stdout: text(out), stderr: text(err) });
    });
  });
}

const MAX_OUTPUT = 64 << 20;

/** A scratch folder, removed by the returned function. */
export function tempDir(prefix = 'netzwerk-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A copy of an example network in a scratch folder, to change in a test. The schemas lie beside it
 * as in this project (examples/NAME, schemas/), so that its files' schema lines lead to them.
 */
/**
 * A copy of a network folder without its lock: a test that runs a writing command on the
 * examples themselves (one that refuses, in the CLI cases) holds `.netzwerk.lock` there for a
 * moment, and a copy made in that moment by a test beside it would wait for a lock nobody releases.
 */
export function copyNetwork(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (source) => basename(source) !== '.netzwerk.lock' });
}

export function copyExample(name: string): { dir: string; remove: () => void } {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'examples', name);
  copyNetwork(join(EXAMPLES, name), dir);
  cpSync(join(ROOT, 'schemas'), join(tmp.dir, 'schemas'), { recursive: true });
  return { dir, remove: tmp.remove };
}

/**
 * For a test file whose tests each change an example: `example(name)` gives a fresh copy
 * (copyExample), removed after the test. Call it once at the file's top level.
 */
export function examplePerTest(): (name: string) => string {
  let copies: (() => void)[] = [];
  afterEach(() => {
    for (const remove of copies) remove();
    copies = [];
  });
  return (name) => {
    const copy = copyExample(name);
    copies.push(copy.remove);
    return copy.dir;
  };
}

/** The smallest valid network (test/fixtures/valid/minimal) with empty collection folders: little else to time. */
export function minimalNetwork(): { dir: string; remove: () => void } {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'netz');
  cpSync(join(FIXTURES, 'valid', 'minimal'), dir, { recursive: true });
  for (const folder of ['partners', 'meetings', 'agreements']) mkdirSync(join(dir, folder));
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
