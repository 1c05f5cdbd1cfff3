// `npm run dist`: the portable program. The zip for Windows is unpacked by Python's zipfile (not
// by the code that wrote it) onto the drive P: and run through cmd under Wine, with no
// installation: netzwerk.cmd in its folder (as from the Explorer's address bar) and from another
// folder through PATH; its outputs are the Linux run's, byte for byte. The tar.gz for Linux is
// unpacked by Python's tarfile and run as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateNetwork } from '../../bench/generate.mjs';
import { copyNetwork, EXAMPLES, ROOT, runBin, runNode } from '../support/helpers.js';
import { PYTHON } from '../support/tools.js';
import { runWine } from '../support/windows/wine.js';

const wine = inject('wine');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TODAY = ['--today', '2026-11-23'];
const WINDOWS = `netzwerk-${VERSION}-windows-x64`;
const LINUX = `netzwerk-${VERSION}-linux-x64`;

/** Unpacks an archive with Python's own reader; the names it holds. */
function unpack(archive: string, into: string): string[] {
  const script = archive.endsWith('.zip')
    ? 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nz.extractall(sys.argv[2])\nprint("\\n".join(z.namelist()))'
    : 'import sys, tarfile\nt = tarfile.open(sys.argv[1])\nt.extractall(sys.argv[2])\nprint("\\n".join(t.getnames()))';
  const r = spawnSync(PYTHON, ['-c', script, archive, into], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n');
}

describe.skipIf(!wine)('npm run dist: the portable program', () => {
  let release: string;
  let linux: string;
  beforeAll(() => {
    release = mkdtempSync(join(tmpdir(), 'netzwerk-release-'));
    linux = mkdtempSync(join(tmpdir(), 'netzwerk-portable-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist.mjs'), 'windows-x64', 'linux-x64', '--out', release], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`dist: ${r.stderr}`);
  }, 600_000);
  afterAll(() => {
    rmSync(release, { recursive: true, force: true });
    rmSync(linux, { recursive: true, force: true });
    rmSync(join(wine!.drive, 'USB-Stick'), { recursive: true, force: true });
  });

  it('the same bytes every time: a second zip equals the first', () => {
    const again = mkdtempSync(join(tmpdir(), 'netzwerk-release-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dist.mjs'), 'windows-x64', '--out', again], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(again, `${WINDOWS}.zip`)).equals(readFileSync(join(release, `${WINDOWS}.zip`)))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('the zip holds Node.js for Windows, the program, its schemas, fonts, translations and the typesetter for Windows, the documents, netzwerk.cmd and LIESMICH.txt', () => {
    const names = unpack(join(release, `${WINDOWS}.zip`), join(wine!.drive, 'USB-Stick'));
    for (const name of [
      'netzwerk.cmd',
      'LIESMICH.txt',
      'package.json',
      'node/node.exe',
      'bin/netzwerk.cjs',
      'dist/netzwerk.cjs',
      'dist/lazy/exceljs.cjs',
      'schemas/partners.schema.json',
      'schemas/en/partners.schema.json',
      'fonts/NotoSans-Regular.ttf',
      'fonts/NotoSansArabic-Regular.ttf',
      'translations/ar.arb',
      'node_modules/@myriaddreamin/typst-ts-node-compiler/package.json',
      'node_modules/@myriaddreamin/typst-ts-node-compiler-win32-x64-msvc/package.json',
      'README.md',
      'docs/format.md',
      'docs/windows.md',
    ]) {
      expect(names).toContain(`${WINDOWS}/${name}`);
    }
    const folder = join(wine!.drive, 'USB-Stick', WINDOWS);
    const node = readFileSync(join(folder, 'node', 'node.exe'));
    expect(node.subarray(0, 2).toString('latin1')).toBe('MZ'); // a Windows program
    const readme = readFileSync(join(folder, 'LIESMICH.txt'));
    expect(readme.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // Notepad shows the umlauts
    const text = readme.toString('utf8');
    expect(text.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
    expect(text).toContain('Adressleiste');
    expect(text).toContain('Umgebungsvariablen für dieses Konto bearbeiten');
    expect(text).toContain(`netzwerk ${VERSION}`);
    expect(readFileSync(join(folder, 'netzwerk.cmd'), 'latin1')).toContain('"%~dp0node\\node.exe" "%~dp0bin\\netzwerk.cjs" %*\r\n');
  });

  it('unpacked on P:, netzwerk.cmd runs under cmd with nothing installed, and writes what Linux writes', async () => {
    const folder = join(wine!.drive, 'USB-Stick', WINDOWS);
    expect(existsSync(folder)).toBe(true);
    const networks = join(wine!.drive, 'Netzwerke Hünxe');
    copyNetwork(join(EXAMPLES, 'kreis-wesel'), join(networks, 'Kreis Wesel'));
    // the Linux copy as deep as the Windows one (P:\Netzwerke Hünxe\…): the examples' $schema
    // paths (../../schemas) then reach the same nothing on both sides, whatever lies in /tmp
    const linuxNetworks = join(linux, 'Netzwerke Hünxe');
    copyNetwork(join(EXAMPLES, 'kreis-wesel'), join(linuxNetworks, 'Kreis Wesel'));
    const net = 'P:\\Netzwerke Hünxe\\Kreis Wesel';
    const cmd = (args: string[], cwd = folder, env: Record<string, string> = {}) => runWine(wine!, ['cmd', '/c', ...args], { cwd, env });
    // in the program's folder, as from the Explorer's address bar
    const check = await cmd(['netzwerk.cmd', 'validate', net, ...TODAY]);
    const checkLinux = await runBin(['validate', join(linuxNetworks, 'Kreis Wesel'), ...TODAY]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(checkLinux.stdout);
    const report = await cmd(['netzwerk.cmd', 'report', net, '--out', 'P:\\Netzwerke Hünxe\\Bericht.html', ...TODAY]);
    expect(report.stderr).toBe('✔ P:\\Netzwerke Hünxe\\Bericht.html geschrieben\n');
    const contacts = await cmd(['netzwerk.cmd', 'contacts', net, '--out', 'P:\\Netzwerke Hünxe\\Kontakte.xlsx', ...TODAY]);
    expect(contacts.code, contacts.stderr).toBe(0);
    // the PDF through the typesetter's Windows part in the zip, the Wegweiser in Arabic from its translation files
    const pdf = await cmd(['netzwerk.cmd', 'report', net, '--out', 'P:\\Netzwerke Hünxe\\Bericht.pdf', ...TODAY]);
    expect(pdf.code, pdf.stderr).toBe(0);
    const arabic = await cmd([
      'netzwerk.cmd',
      'directory',
      net,
      '--audience',
      'public',
      '--lang',
      'ar',
      '--out',
      'P:\\Netzwerke Hünxe\\Wegweiser-ar.html',
      ...TODAY,
    ]);
    expect(arabic.code, arabic.stderr).toBe(0);
    await runBin(['report', join(linuxNetworks, 'Kreis Wesel'), '--out', join(linuxNetworks, 'Bericht.html'), ...TODAY]);
    await runBin(['contacts', join(linuxNetworks, 'Kreis Wesel'), '--out', join(linuxNetworks, 'Kontakte.xlsx'), ...TODAY]);
    await runBin(['report', join(linuxNetworks, 'Kreis Wesel'), '--out', join(linuxNetworks, 'Bericht.pdf'), ...TODAY]);
    await runBin([
      'directory',
      join(linuxNetworks, 'Kreis Wesel'),
      '--audience',
      'public',
      '--lang',
      'ar',
      '--out',
      join(linuxNetworks, 'Wegweiser-ar.html'),
      ...TODAY,
    ]);
    for (const file of ['Bericht.html', 'Kontakte.xlsx', 'Bericht.pdf', 'Wegweiser-ar.html'])
      expect(readFileSync(join(networks, file)).equals(readFileSync(join(linuxNetworks, file))), file).toBe(true);
    // from any folder once the program's folder is on PATH (WINEPATH: Wine's addition to it)
    const onPath = await cmd(['netzwerk', 'init', 'P:\\Netzwerke Hünxe\\Neu', ...TODAY], networks, { WINEPATH: `P:\\USB-Stick\\${WINDOWS}` });
    expect(onPath.code, onPath.stderr).toBe(0);
    expect(
      readFileSync(join(networks, 'Neu', '.netzwerk', 'schemas', 'partners.schema.json')).equals(readFileSync(join(ROOT, 'schemas', 'partners.schema.json'))),
    ).toBe(true);
    // exit codes come through cmd: 1 for invalid data, 2 for a missing folder
    const invalid = await cmd(['netzwerk.cmd', 'validate', 'P:\\Netzwerke Hünxe\\Neu', '--strict', ...TODAY]);
    expect(invalid.code).toBe(1);
    const missing = await cmd(['netzwerk.cmd', 'validate', 'P:\\gibt es nicht', ...TODAY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('netzwerk: Der Ordner „P:\\gibt es nicht“ wurde nicht gefunden.\n');
    rmSync(networks, { recursive: true, force: true });
  });

  it('a directory too large to typeset in one piece: joined from its parts on Windows byte for byte as on Linux', async () => {
    const folder = join(wine!.drive, 'USB-Stick', WINDOWS);
    // 150 institutions: two parts (src/products/directory/typst.ts), so that the freeing of each part and the joining run under Windows's Node
    generateNetwork(join(wine!.drive, 'Gross'), 0.15);
    generateNetwork(join(linux, 'Gross'), 0.15);
    const windows = await runWine(wine!, ['cmd', '/c', 'netzwerk.cmd', 'directory', 'P:\\Gross', '--out', 'P:\\Gross\\Verzeichnis.pdf', ...TODAY], {
      cwd: folder,
    });
    expect(windows.code, windows.stderr).toBe(0);
    const onLinux = await runBin(['directory', join(linux, 'Gross'), '--out', join(linux, 'Gross', 'Verzeichnis.pdf'), ...TODAY]);
    expect(onLinux.code, onLinux.stderr).toBe(0);
    expect(windows.stderr).toMatch(/Verzeichnis\.pdf geschrieben \(\d+ Seiten\)/);
    expect(windows.stderr.replace(/P:\\Gross\\/, '')).toBe(onLinux.stderr.replace(`${join(linux, 'Gross')}/`, ''));
    expect(readFileSync(join(wine!.drive, 'Gross', 'Verzeichnis.pdf')).equals(readFileSync(join(linux, 'Gross', 'Verzeichnis.pdf')))).toBe(true);
    // in parts indeed: each part brings its own subset of the fonts
    const fonts = spawnSync('pdffonts', [join(linux, 'Gross', 'Verzeichnis.pdf')], { encoding: 'utf8' }).stdout;
    expect(fonts.split('\n').filter((line) => /\+NotoSans-Regular\b/.test(line)).length, fonts).toBeGreaterThan(1);
    rmSync(join(wine!.drive, 'Gross'), { recursive: true, force: true });
  }, 240_000);

  it("the README's cmd lines run as they stand in the unpacked folder; its PowerShell lines need no && (Windows PowerShell 5.1)", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = (lang: string) => [...readme.matchAll(new RegExp(`\`\`\`${lang}\n([\\s\\S]*?)\`\`\``, 'g'))].flatMap((m) => m[1]!.trim().split('\n'));
    const cmdLines = block('bat');
    expect(cmdLines.length).toBeGreaterThan(0);
    const folder = join(wine!.drive, 'USB-Stick', WINDOWS);
    copyNetwork(join(EXAMPLES, 'herne'), join(wine!.drive, 'Netzwerk-Kinderschutz'));
    try {
      for (const line of cmdLines) {
        expect(line).toMatch(/^netzwerk\.cmd /);
        const r = await runWine(wine!, ['cmd', '/c', ...line.split(' '), ...TODAY], { cwd: folder });
        expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      }
    } finally {
      rmSync(join(wine!.drive, 'Netzwerk-Kinderschutz'), { recursive: true, force: true });
    }
    for (const line of [...block('powershell'), ...block('bat')]) expect(line).not.toMatch(/&&|\|\|/);
  });

  it('the tar.gz for Linux runs as it is unpacked: its own Node.js, the executable bits kept', async () => {
    const names = unpack(join(release, `${LINUX}.tar.gz`), linux);
    expect(names).toContain(`${LINUX}/node/node`);
    const launcher = join(linux, LINUX, 'netzwerk');
    expect(statSync(launcher).mode & 0o111).toBe(0o111);
    expect(statSync(join(linux, LINUX, 'node', 'node')).mode & 0o111).toBe(0o111);
    const version = spawnSync(launcher, ['--version'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    expect(version.stdout).toBe(`${VERSION}\n`);
    const net = join(EXAMPLES, 'herne');
    const r = spawnSync(launcher, ['validate', net, ...TODAY], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await runNode([join(ROOT, 'bin', 'netzwerk.cjs'), 'validate', net, ...TODAY])).stdout);
  });
});
