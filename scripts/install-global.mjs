// `npm run install-global`: puts `netzwerk` on the user's PATH, so that it runs in every folder.
// Packs the program the way `npm pack` does (the build runs first: "prepack" in package.json)
// into a temporary folder and installs that package with `npm install -g`. A package, not
// `npm install -g .`: that would only link to this folder, and `netzwerk` would stop working
// as soon as the folder moves or is replaced by a newer copy. The package is the bundle alone
// (package.json "files"; no dependencies to download). Extra arguments go to `npm install -g`
// (the tests give `--prefix DIR`). Run it again after an update; `npm uninstall -g netzwerk`
// removes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const npmCli = process.env.npm_execpath;
const extra = process.argv.slice(2);
const en = process.env.NETZWERK_LANG === 'en';
const say = (de, english) => process.stdout.write(`${en ? english : de}\n`);

if (!npmCli) {
  say('Bitte so aufrufen: npm run install-global', 'Please run it as: npm run install-global');
  process.exit(2);
}

/** npm itself, through the Node.js that runs this script (no shell: the same on Windows). */
const npm = (args, stdio) => spawnSync(process.execPath, [npmCli, ...args], { stdio, encoding: 'utf8' });

const scratch = mkdtempSync(join(tmpdir(), 'netzwerk-install-'));
try {
  // The build's output is shown only if something goes wrong; meanwhile a line says that it is working.
  say('Das Programm wird gebaut und gepackt (das dauert einige Sekunden) …', 'Building and packing the program (this takes a few seconds) …');
  const pack = npm(['pack', '--pack-destination', scratch, '--loglevel', 'error'], ['ignore', 'pipe', 'pipe']);
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  if (pack.status !== 0 || !tarball) {
    process.stderr.write(`${pack.stdout ?? ''}${pack.stderr ?? ''}`);
    say('Das Programm konnte nicht gebaut werden. Wurde vorher „npm install“ ausgeführt?', 'The program could not be built. Did "npm install" run first?');
    process.exit(1);
  }
  say('Wird installiert …', 'Installing …');
  const install = npm(['install', '--global', '--no-audit', '--no-fund', join(scratch, tarball), ...extra], 'inherit');
  if (install.status !== 0) {
    if (process.platform !== 'win32') {
      say(
        'Die Installation ist nicht gelungen. Fehlen die Rechte für npms globalen Ordner (EACCES)? Dann einmal „npm config set prefix ~/.local“ und noch einmal „npm run install-global“ (README, Abschnitt Installieren).',
        'Installing failed. No permission for npm\'s global folder (EACCES)? Then run "npm config set prefix ~/.local" once and "npm run install-global" again (README, section Installieren).',
      );
    } else {
      say('Die Installation ist nicht gelungen (README, Abschnitt Installieren).', 'Installing failed (README, section Installieren).');
    }
    process.exit(install.status ?? 1);
  }
  reportWhere();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Where the command now is, and whether the shell finds it there (the folder is on PATH). */
function reportWhere() {
  const prefix = npm(['prefix', '--global', ...extra], ['ignore', 'pipe', 'ignore']).stdout?.trim();
  if (!prefix) return;
  const windows = process.platform === 'win32';
  const bin = windows ? prefix : join(prefix, 'bin');
  const same = (a, b) => (windows ? a.replace(/\\+$/, '').toLowerCase() === b.replace(/\\+$/, '').toLowerCase() : a.replace(/\/+$/, '') === b);
  const onPath = (process.env.PATH ?? process.env.Path ?? '').split(delimiter).some((dir) => dir !== '' && same(dir, bin));
  if (onPath) {
    say(
      `netzwerk ist installiert (in ${bin}). Ab jetzt in jedem Ordner: netzwerk --help`,
      `netzwerk is installed (in ${bin}). From now on, in any folder: netzwerk --help`,
    );
  } else {
    say(
      `netzwerk ist installiert, aber der Ordner ${bin} steht nicht im Suchpfad (PATH). README, Abschnitt Installieren, sagt, wie er dazukommt.`,
      `netzwerk is installed, but the folder ${bin} is not on the search path (PATH). The README, section Installieren, says how to add it.`,
    );
  }
}
