// Every command under Windows's Node.js (Wine) on the drive P:, in folders with spaces and umlauts,
// against the same command under Linux's Node.js: the same exit code, the same files byte for byte
// (outputs and edited network files alike), the same stdout and stderr. The only difference
// allowed is the one the platform makes: how the paths of the command line are written in
// messages (P:\… with backslashes and cmd/PowerShell quotes there, /… with sh quotes here).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { shellArg } from '../../src/paths.js';
import { runBin, type RunResult } from '../support/helpers.js';
import { prepareCase, WINDOWS_CASES } from '../support/windows/cases.js';
import { runWindows, twinFolders, type Side } from '../support/windows/wine.js';

const wine = inject('wine');

/** The files below `dir` (relative names, `/`-separated) with their bytes. */
function tree(dir: string, rel = ''): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, tree(dir, name));
    else out[name] = readFileSync(join(dir, name));
  }
  return out;
}

/**
 * The allowed difference: each path of the command line (as typed, and as a message quotes it for
 * the shell: shellArg) becomes `<ARG n>`, the folder's own path `<ORDNER>`, and what follows that
 * inside a path is written with `/`. Everything else must be equal.
 */
function normalize(text: string, side: Side, args: string[]): string {
  const style = side.system === 'windows' ? win32 : posix;
  const paths = args.map((a, i) => [a, i] as const).filter(([a]) => a.startsWith(side.path()));
  let out = text;
  for (const [path, i] of [...paths].sort((a, b) => b[0].length - a[0].length)) {
    out = out.replaceAll(shellArg(path, style), `<ARG ${i}>`).replaceAll(path, `<ARG ${i}>`);
  }
  const root = side.path();
  return out.replaceAll(root, '<ORDNER>').replace(/<ORDNER>[^\s"'„“]*/g, (m) => m.replaceAll('\\', '/'));
}

describe.skipIf(!wine)('Windows (Node.js for Windows under Wine) gives what Linux gives', () => {
  it.concurrent.each(WINDOWS_CASES.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const twin = twinFolders(wine!, 'Netzwerk Kinderschutz Hünxe');
    try {
      await prepareCase(row, [twin.windows.root, twin.linux.root]);
      const windowsArgs = row.args((rel) => twin.windows.path(rel));
      const linuxArgs = row.args((rel) => twin.linux.path(rel));
      const [onWindows, onLinux] = await Promise.all([
        runWindows(wine!, windowsArgs, { cwd: twin.windows.root, ...(row.env ? { env: row.env } : {}) }),
        runBin(linuxArgs, { cwd: twin.linux.root, ...(row.env ? { env: row.env } : {}) }),
      ]);
      const shown = (r: RunResult, side: Side, args: string[]) => ({
        code: r.code,
        stdout: normalize(r.stdout, side, args),
        stderr: normalize(r.stderr, side, args),
      });
      expect(shown(onWindows, twin.windows, windowsArgs)).toEqual(shown(onLinux, twin.linux, linuxArgs));
      expect(onLinux.code, onLinux.stderr).toBe(row.code ?? 0);
      const [windowsFiles, linuxFiles] = [tree(twin.windows.root), tree(twin.linux.root)];
      expect(Object.keys(windowsFiles)).toEqual(Object.keys(linuxFiles));
      for (const [name, bytes] of Object.entries(linuxFiles)) expect(windowsFiles[name]!.equals(bytes), name).toBe(true);
    } finally {
      twin.remove();
    }
  });
});
