// The disk as the program meets it elsewhere: a hash of every file of a folder (the proof that an
// edit changed nothing, or only what it should), and a preloaded stand-in for rename() and link()
// (shims/fs-shim.c, built here with gcc) that makes them fail or wait the way Windows, OneDrive,
// SMB shares and FAT drives do.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN, ROOT, type RunResult } from './helpers.js';

/** The sha256 of every file below `dir`, by its path relative to `dir`: which files a command changed. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path).split('\\').join('/')] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The files whose hash differs between two `fileHashes` (new and removed ones too), sorted. */
export const changedFiles = (before: Record<string, string>, after: Record<string, string>): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();

/** A hash of every file (name and bytes) below `dir`: equal before and after = nothing changed. */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      hash.update(path);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

let shim: string | undefined;

/** The shim's shared library, built once per test process (gcc; .ci/apt-packages has it). */
export function fsShim(): string {
  if (shim && existsSync(shim)) return shim;
  const out = join(mkdtempSync(join(tmpdir(), 'netzwerk-shim-')), 'fs-shim.so');
  const r = spawnSync('gcc', ['-shared', '-fPIC', '-o', out, join(ROOT, 'test', 'support', 'shims', 'fs-shim.c'), '-ldl'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gcc could not build the file-system shim: ${r.stderr}`);
  shim = out;
  return out;
}

/** The built bin as a child process, without waiting for it (several may run at once). */
export function startBin(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { PATH: process.env.PATH ?? '', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
