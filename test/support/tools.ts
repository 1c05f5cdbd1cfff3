// External checkers from Debian's packages (.ci/apt-packages installs them in CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * The python3 that has Debian's modules (icalendar, openpyxl, jsonschema, yaml, vobject, gi):
 * $PYTHON, else /usr/bin/python3, else the first on PATH (pyenv's, first on some machines, lacks them).
 */
export const PYTHON = process.env.PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/**
 * True when the command is there. In CI (CI=true) a missing checker is a failure, not a skip:
 * the checks it makes must run on every submission.
 */
export function hasTool(command: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error(`${command} is missing: add its package to .ci/apt-packages`);
  return found;
}

export function hasPythonModule(module: string): boolean {
  const found = spawnSync(PYTHON, ['-c', `import ${module}`]).status === 0;
  if (!found && process.env.CI) throw new Error(`${PYTHON}: module ${module} is missing: add its package to .ci/apt-packages`);
  return found;
}

/** A PDF as poppler reads it: pdfinfo's report, the number of pages, and the text of `pdftotext -layout`. */
export function readPdf(file: string): { info: string; pages: number; text: string } {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
  return { info, pages: Number(/Pages: +(\d+)/.exec(info)?.[1] ?? 0), text };
}

/** Tagged for screen readers, on A4: Chromium rounds the paper to its device units, within a point of 595.28 × 841.89. */
export function expectTaggedA4(info: string): void {
  expect(info).toMatch(/Tagged: +yes/);
  const [, w, h] = /Page size: +([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info) ?? [];
  expect(Math.abs(Number(w) - 595.28), info).toBeLessThan(1);
  expect(Math.abs(Number(h) - 841.89), info).toBeLessThan(1);
}
