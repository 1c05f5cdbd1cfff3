// The program as a user installs it (README, "Installieren"): `npm run install-global` in the
// program's folder packs it and installs the package with `npm install -g`, here into a
// temporary prefix. Then the installed `netzwerk`, found through PATH like in a terminal, runs in
// another folder on an example and on what its own `init` made, the hints it prints work as
// printed, and `npm uninstall -g netzwerk` removes it again. The program folder is a copy, so
// that nothing touches the one the other tests use. In npm test the copy is the tree already
// built and npm's scripts are off (the packing does not build again); at full size
// (NETZWERK_TEST_SIZE=full, npm run test:ci) the copy holds the sources and the packing builds
// them, as on a user's machine.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL } from '../support/budget.js';
import { EXAMPLES, ROOT, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
const scratch = tempDir('netzwerk-install-');
const program = join(scratch.dir, 'programm');
const prefix = join(scratch.dir, 'npm-global');
const binDir = join(prefix, 'bin');
const installed = join(prefix, 'lib', 'node_modules', 'netzwerk');
/** Where the user stands: neither the program's folder nor the network's. */
const elsewhere = join(scratch.dir, 'Dokumente');
/** An example network in a folder whose name has a space, as on a shared drive. */
const network = join(scratch.dir, 'Netzlaufwerk', 'Netzwerk Kleve');

/** The environment of a terminal with the installed program on PATH; npm's settings from `npm test` left out. */
function terminalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^npm_/i.test(key)) env[key] = value;
  env.PATH = `${binDir}${delimiter}${env.PATH ?? ''}`;
  return env;
}

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: { ...terminalEnv(), ...env }, encoding: 'utf8', timeout: 240_000 });
}

/** The installed command, the way a shell finds it. */
const netzwerk = (args: string[], cwd = elsewhere) => {
  const r = sh('netzwerk', args, cwd);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

let installOutput = '';

beforeAll(() => {
  if (FULL) {
    // from scratch: the sources, their dependencies (linked), and a build when npm packs
    for (const part of [
      'bin',
      'scripts',
      'src',
      'fonts',
      'schemas',
      'translations',
      'docs',
      'examples',
      'package.json',
      'package-lock.json',
      'README.md',
      'tsconfig.json',
    ]) {
      cpSync(join(ROOT, part), join(program, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(program, 'node_modules'), 'junction');
  } else {
    // the tree npm test has just built, packed as it is (scripts off: no prepack build)
    for (const part of ['bin', 'dist', 'scripts', 'fonts', 'schemas', 'translations', 'docs', 'package.json', 'README.md'])
      cpSync(join(ROOT, part), join(program, part), { recursive: true });
  }
  mkdirSync(elsewhere);
  cpSync(join(EXAMPLES, 'kreis-kleve'), network, { recursive: true });
  const r = sh('npm', ['run', 'install-global', '--', '--prefix', prefix], program, FULL ? {} : { npm_config_ignore_scripts: 'true' });
  installOutput = `${r.stdout}${r.stderr}`;
  expect(r.status, installOutput).toBe(0);
}, 300_000);
afterAll(() => scratch.remove());

describe('npm run install-global', () => {
  it('installs the program and its typesetter for PDFs (its one dependency, for this platform) without a warning, and says where', () => {
    // netzwerk, @myriaddreamin/typst-ts-node-compiler and its native part for this platform
    expect(installOutput).toMatch(/added 3 packages/);
    expect(installOutput).not.toMatch(/warn/i); // e.g. npm's "install scripts not yet covered by allowScripts"
    expect(installOutput).toContain(`netzwerk ist installiert (in ${binDir})`);
    expect(existsSync(join(binDir, 'netzwerk'))).toBe(true);
  }, 60_000);

  it('the package holds what the program needs at run time, and no sources, tests or examples', () => {
    const files = filesBelow(installed).filter((f) => !f.startsWith('node_modules/'));
    for (const needed of [
      'bin/netzwerk.cjs',
      'bin/load-bundle.cjs',
      'dist/netzwerk.cjs',
      'dist/netzwerk.cjs.cache',
      'dist/netzwerk.cjs.validate.cache',
      'dist/lazy/exceljs.cjs',
      'fonts/NotoSans-Regular.ttf',
      'fonts/NotoSans-Bold.ttf',
      'fonts/OFL.txt',
      'package.json',
      'README.md',
      'schemas/network.schema.json',
      'schemas/partners.schema.json',
      'schemas/meetings.schema.json',
      'schemas/agreements.schema.json',
      'schemas/output/report.schema.json',
      'translations/de.arb',
      'translations/ar.arb',
      'translations/de-x-ls.arb',
      // the guides `netzwerk docs` shows and messages point to
      'docs/format.md',
      'docs/import.md',
    ]) {
      expect(files).toContain(needed);
    }
    const allowed =
      /^(bin\/[\w-]+\.cjs|dist\/netzwerk\.cjs((\.validate)?\.cache)?|dist\/lazy\/(@[\w-]+\/)?[\w-]+\.cjs|fonts\/([\w-]+\.ttf|OFL\.txt|README\.md)|schemas\/(en\/|output\/)?[\w-]+\.schema\.json|translations\/[\w-]+\.arb|docs\/[\w-]+\.(md|schema\.json)|package\.json|README\.md|LICENSE)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files).not.toContain('dist/lazy/puppeteer-core.cjs');
    // and `npm pack` itself, in the program's folder, would pack the same (scripts off: no build here)
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: terminalEnv(), encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const packed = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    expect(packed).toEqual(files);
  }, 60_000);

  it('the code caches from the build are used: checked once against the bundle (npm gives the files new times), then at once', () => {
    const loader = JSON.stringify(join(installed, 'bin', 'load-bundle.cjs'));
    const status = (command?: string) =>
      spawnSync(process.execPath, ['-e', `process.stdout.write(require(${loader}).loadBundle(${JSON.stringify({ command })}).codeCache)`], { encoding: 'utf8' })
        .stdout;
    expect(status()).toBe('checked');
    expect(status()).toBe('used');
    expect(status('validate')).toBe('checked');
    expect(status('validate')).toBe('used');
  }, 60_000);
});

describe('the installed netzwerk, in another folder', () => {
  it('validates, reports and makes a calendar of an example, byte for byte as the program folder does', async () => {
    const validate = netzwerk(['validate', network, ...TODAY]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate).toEqual(await run(['validate', network, ...TODAY]));

    const report = netzwerk(['report', network, '--out', 'bericht.html', ...TODAY]);
    expect(report.code, report.stderr).toBe(0);
    const html = readFileSync(join(elsewhere, 'bericht.html'), 'utf8');
    expect(html).toBe((await run(['report', network, '--format', 'html', ...TODAY])).stdout);
    expect(html).toMatch(/^<!DOCTYPE html>/i);

    const calendar = netzwerk(['calendar', network, '--out', 'termine.ics', ...TODAY]);
    expect(calendar.code, calendar.stderr).toBe(0);
    const ics = readFileSync(join(elsewhere, 'termine.ics'), 'utf8');
    expect(ics).toBe((await run(['calendar', network, ...TODAY])).stdout);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);

    // The Wegweiser's translation files come with the package: the Arabic page as the program folder makes it.
    const arabic = netzwerk(['directory', network, '--audience', 'public', '--lang', 'ar', ...TODAY]);
    expect(arabic.code, arabic.stderr).toBe(0);
    expect(arabic.stdout).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.stdout).toBe((await run(['directory', network, '--audience', 'public', '--lang', 'ar', ...TODAY])).stdout);
  }, 60_000);

  it('writes a PDF with the typesetter installed beside it (the same bytes as the program folder) and an Excel list with the part bundled for it', async () => {
    const pdf = netzwerk(['report', network, '--out', 'bericht.pdf', ...TODAY]);
    expect(pdf.code, pdf.stderr).toBe(0);
    // the one line that says what was written, with the pages Typst counted (as poppler reads them)
    const pages = spawnSync('pdfinfo', [join(elsewhere, 'bericht.pdf')], { encoding: 'utf8' }).stdout.match(/^Pages:\s+(\d+)$/m)?.[1];
    expect(pdf.stderr).toBe(`✔ bericht.pdf geschrieben (${pages} Seiten)\n`);
    const bytes = readFileSync(join(elsewhere, 'bericht.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('<xmp:CreatorTool>Typst 0.14.2</xmp:CreatorTool>');
    const here = await run(['report', network, '--out', join(scratch.dir, 'hier.pdf'), ...TODAY]);
    expect(here.code, here.stderr).toBe(0);
    expect(bytes).toEqual(readFileSync(join(scratch.dir, 'hier.pdf')));
    // the typesetter and its native part for this platform are the only packages installed with it
    const typesetter = readdirSync(join(installed, 'node_modules', '@myriaddreamin')).sort();
    expect(typesetter).toHaveLength(2);
    expect(typesetter[0]).toBe('typst-ts-node-compiler');
    expect(typesetter[1]).toMatch(new RegExp(`^typst-ts-node-compiler-${process.platform}-${process.arch}`));
    expect(readdirSync(join(installed, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@myriaddreamin']);
    const xlsx = netzwerk(['contacts', network, '--out', 'liste.xlsx', ...TODAY]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(readFileSync(join(elsewhere, 'liste.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('init makes a network there, and the command it suggests works as printed', () => {
    const init = netzwerk(['init', 'Netzwerk Herne', ...TODAY]);
    expect(init.code, init.stderr).toBe(0);
    const next = /„(netzwerk validate [^“]+)“/.exec(init.stdout)?.[1];
    expect(next).toBe("netzwerk validate 'Netzwerk Herne'");
    const check = sh('sh', ['-c', `${next} ${TODAY.join(' ')}`], elsewhere);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Keine Fehler');
    // and the starter file's own hint, in the network's folder
    expect(readFileSync(join(elsewhere, 'Netzwerk Herne', 'network.yaml'), 'utf8')).toContain('Prüfen: „netzwerk validate“ in diesem Ordner.');
    expect(netzwerk(['validate', ...TODAY], join(elsewhere, 'Netzwerk Herne')).code).toBe(0);
  }, 60_000);

  it('has its guides: netzwerk docs lists them and shows the one a message points to', () => {
    const list = netzwerk(['docs']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('import     Eine Liste übernehmen: netzwerk import');
    const guide = netzwerk(['docs', 'import']);
    expect(guide.code).toBe(0);
    expect(guide.stdout).toBe(readFileSync(join(ROOT, 'docs', 'import.md'), 'utf8'));
  });

  it('knows its own folder is not a network, and does not put one there', () => {
    const here = netzwerk(['validate', ...TODAY], installed);
    expect(here.code).toBe(2);
    expect(here.stderr).toContain('ist der Ordner des Programms netzwerk, kein Netzwerk');
    const init = netzwerk(['init', 'neu', ...TODAY], installed);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('liegt im Ordner des Programms netzwerk');
    expect(existsSync(join(installed, 'neu'))).toBe(false);
    expect(`${here.stderr}${init.stderr}`).not.toMatch(STACK_TRACE);
  }, 60_000);

  it('npm uninstall -g netzwerk removes it', () => {
    const r = sh('npm', ['uninstall', '--global', '--prefix', prefix, 'netzwerk'], elsewhere);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(binDir, 'netzwerk'))).toBe(false);
    expect(existsSync(installed)).toBe(false);
  }, 60_000);
});
