// `npm run dist`: the portable program, for PCs where nothing may be installed. For each system
// (scripts/dist/node-builds.mjs TARGETS, or those named: `npm run dist -- windows-x64`) one
// archive in release/: netzwerk-<version>-windows-x64.zip, netzwerk-<version>-linux-x64.tar.gz,
// netzwerk-<version>-macos-x64.tar.gz. Unpacked anywhere (a user folder, a network drive, a USB
// stick), its folder runs as it is: `netzwerk.cmd validate P:\Netzwerk` on Windows,
// `./netzwerk validate ~/Netzwerk` elsewhere. It holds Node.js (node/), the built program (bin/,
// dist/: the bundle, its lazy parts and, when this Node.js is the one packed, its code caches),
// the native packages that the runtime dependencies need on that system (node_modules/), the
// schemas, the documents, the launcher and LIESMICH.txt. `--out DIR` writes elsewhere.
// The build (`npm run build`) runs first (package.json "dist").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tarGz, untarGz, zip } from './dist/archive.mjs';
import { NODE_VERSION, TARGETS, nodeBuild, npmPack } from './dist/node-builds.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORTABLE = join(ROOT, 'scripts', 'dist', 'portable');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : join(ROOT, 'release');
const targets = args.filter((a, i) => i !== outAt && i !== outAt + 1);
for (const t of targets) if (!TARGETS[t]) throw new Error(`npm run dist: unknown system ${t}; known: ${Object.keys(TARGETS).join(', ')}`);

/** Every file below `dir`, as [path relative to ROOT with `/`]. */
const filesBelow = (dir) =>
  readdirSync(join(ROOT, dir), { recursive: true })
    .map((name) => `${dir}/${String(name).replaceAll('\\', '/')}`)
    .filter((path) => statSync(join(ROOT, path)).isFile())
    .sort();

/** The program's own files, the same for every system. */
function programFiles() {
  if (!existsSync(join(ROOT, 'dist', 'netzwerk.cjs'))) throw new Error('npm run dist: the program is not built (npm run build)');
  // The code caches fit only the Node.js that made them (V8 refuses others: the program then
  // just starts a little slower); packed only when that is the Node.js in the archive.
  const sameNode = process.version === `v${NODE_VERSION}`;
  const dist = filesBelow('dist').filter((p) => p === 'dist/netzwerk.cjs' || p.startsWith('dist/lazy/') || (sameNode && p.endsWith('.cache')));
  // The guides the npm package ships (package.json "files": `netzwerk docs` shows them), the README and what was tested on Windows.
  const docs = ['README.md', ...pkg.files.filter((p) => p.startsWith('docs/')), 'docs/windows.md'];
  // the PDFs' fonts and the Wegweiser's translation files are read at run time, beside the bundle
  return ['bin/netzwerk.cjs', 'bin/load-bundle.cjs', ...dist, ...filesBelow('fonts'), ...filesBelow('schemas'), ...filesBelow('translations'), ...docs].map(
    (path) => ({
      name: path,
      data: readFileSync(join(ROOT, path)),
    }),
  );
}

/** package.json of the portable folder: what the program reads (its name marks the program's folder, its version for --version). */
const portablePackage = () =>
  Buffer.from(
    `${JSON.stringify({ name: pkg.name, version: pkg.version, description: pkg.description, license: pkg.license, private: true, engines: pkg.engines }, null, 2)}\n`,
  );

/**
 * The runtime dependencies (package.json "dependencies") with the native package each needs on
 * the target (its optionalDependencies whose "os" and "cpu", and on Linux "libc" glibc, fit),
 * fetched with `npm pack` in the version the dependency names: node_modules/ of the portable folder.
 */
function nativePackages(target) {
  const spec = TARGETS[target];
  const files = [];
  for (const dependency of Object.keys(pkg.dependencies ?? {})) {
    const folder = join(ROOT, 'node_modules', dependency);
    const meta = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    for (const path of readdirSync(folder, { recursive: true }).map(String).sort()) {
      if (statSync(join(folder, path)).isFile())
        files.push({ name: `node_modules/${dependency}/${path.replaceAll('\\', '/')}`, data: readFileSync(join(folder, path)) });
    }
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const view = spawnSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
      const info = view.status === 0 && view.stdout.trim() ? JSON.parse(view.stdout) : {};
      const fits = (list, value) => !list || [list].flat().includes(value);
      if (!fits(info.os, spec.os) || !fits(info.cpu, spec.cpu) || (spec.os === 'linux' && info.libc && !fits(info.libc, 'glibc'))) continue;
      const scratch = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'netzwerk-native-'));
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

/** The text files for the user, with the version and system filled in; Windows's with CRLF and a BOM (Notepad). */
function readme(target) {
  const windows = TARGETS[target].os === 'win32';
  const text = readFileSync(join(PORTABLE, windows ? 'LIESMICH-windows.txt' : 'LIESMICH-unix.txt'), 'utf8')
    .replaceAll('{version}', pkg.version)
    .replaceAll('{target}', target)
    .replaceAll('{node}', NODE_VERSION)
    .replaceAll('{system}', TARGETS[target].os === 'darwin' ? 'macOS' : 'Linux');
  return windows ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'))]) : Buffer.from(text);
}

function build(target) {
  const spec = TARGETS[target];
  const windows = spec.os === 'win32';
  const top = `netzwerk-${pkg.version}-${target}`;
  const launcher = windows
    ? { name: 'netzwerk.cmd', data: Buffer.from(readFileSync(join(PORTABLE, 'netzwerk.cmd'), 'utf8').replace(/\r?\n/g, '\r\n')) }
    : { name: 'netzwerk', data: readFileSync(join(PORTABLE, 'netzwerk.sh')), executable: true };
  const entries = [
    launcher,
    { name: 'LIESMICH.txt', data: readme(target) },
    { name: 'package.json', data: portablePackage() },
    { name: `node/${spec.node}`, data: readFileSync(nodeBuild(target)), executable: true },
    ...programFiles(),
    ...nativePackages(target),
  ].map((e) => ({ ...e, name: `${top}/${e.name}` }));
  const file = join(out, `${top}.${windows ? 'zip' : 'tar.gz'}`);
  writeFileSync(file, windows ? zip(entries) : tarGz(entries));
  return file;
}

mkdirSync(out, { recursive: true });
for (const target of targets.length > 0 ? targets : Object.keys(TARGETS)) {
  process.stdout.write(`${relative(process.cwd(), build(target)) || '.'}\n`);
}
