// Paths of office PCs that Linux has no word for, under Windows's Node.js (Wine): a network on a
// UNC share (\\kreisverwaltung\jugendamt, Wine's dosdevices/unc), read, reported into and changed;
// a file that OneDrive keeps only online and cannot fetch (its open() refused by the shim of
// support/shims/fs-shim.c in the wineserver: ONLINE_ONLY of support/windows/wine.ts; Windows's
// Node.js sees access denied, as Windows reports many cloud errors) is named with what to do.
// Long paths: rows of cases.ts.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { COMMANDS } from '../../src/commands.js';
import { copyNetwork, EXAMPLES, STACK_TRACE } from '../support/helpers.js';
import { ONLINE_ONLY, runWindows } from '../support/windows/wine.js';

const wine = inject('wine');
const TODAY = ['--today', '2026-11-23'];

describe.skipIf(!wine)('a UNC share and OneDrive under Windows', () => {
  const share = '\\\\kreisverwaltung\\jugendamt';
  let linux: string;
  beforeAll(() => {
    linux = join(wine!.share, 'Netzwerk Kinderschutz');
    copyNetwork(join(EXAMPLES, 'herne'), linux);
  });
  afterAll(() => rmSync(linux, { recursive: true, force: true }));

  it('a network on \\\\server\\share: validate, report into the share, add a partner', async () => {
    const net = `${share}\\Netzwerk Kinderschutz`;
    const check = await runWindows(wine!, ['validate', net, ...TODAY], { cwd: wine!.share });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const report = await runWindows(wine!, ['report', net, '--out', `${share}\\Bericht Herne.html`, ...TODAY], { cwd: wine!.share });
    expect(report.stderr).toBe(`✔ ${share}\\Bericht Herne.html geschrieben\n`);
    expect(report.code).toBe(0);
    expect(readFileSync(join(wine!.share, 'Bericht Herne.html'), 'utf8')).toContain('<html lang="de"');
    const add = await runWindows(wine!, ['add', 'partner', net, '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', ...TODAY], { cwd: wine!.share });
    expect(add.code).toBe(0);
    expect(readFileSync(join(linux, 'partners.yaml'), 'utf8')).toContain('name: Familienzentrum Löwenzahn');
  });

  it('a file OneDrive cannot fetch: named, with "Immer auf diesem Gerät beibehalten", exit 2, nothing changed', async () => {
    const synced = join(wine!.drive, ...ONLINE_ONLY.split('/').slice(0, -1));
    copyNetwork(join(EXAMPLES, 'herne'), synced);
    const before = fingerprint(synced);
    const net = `P:\\${ONLINE_ONLY.split('/').slice(0, -1).join('\\')}`;
    for (const args of [
      ['validate', net, ...TODAY],
      ['add', 'partner', net, '--name', 'Kita Sonne', '--sector', 'kita', ...TODAY],
    ]) {
      const r = await runWindows(wine!, args, { cwd: wine!.drive });
      expect(r.code, JSON.stringify(r)).toBe(2);
      expect(r.stderr).toBe(
        'netzwerk: Die Datei „meetings.yaml“ kann nicht gelesen werden (EACCES). Bitte die Zugriffsrechte prüfen. Liegt der Ordner in OneDrive, ist die Datei vielleicht nur online: im Explorer mit der rechten Maustaste auf die Datei „Immer auf diesem Gerät beibehalten“ wählen, dann noch einmal versuchen.\n',
      );
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(fingerprint(synced)).toBe(before);
    rmSync(join(wine!.drive, ONLINE_ONLY.split('/')[0]!), { recursive: true });
  });
});

describe.skipIf(!wine)('messages on Windows show no Linux path', () => {
  /** A path as Linux or macOS writes it (a root folder, a home folder), not part of a word or a Windows path; `=/usr/bin/chromium` was one. */
  const LINUX_PATH = /(^|[\s"'„(=])(\/(usr|tmp|home|opt|etc|snap|Applications)\/|~\/)/m;

  it("the PDF where the typesetter's Windows part is missing: what is missing and how to print by hand, in Windows paths, nothing written", async () => {
    const net = join(wine!.drive, 'PDF ohne Schriftsatz');
    copyNetwork(join(EXAMPLES, 'herne'), net);
    const pdf = await runWindows(wine!, ['report', 'P:\\PDF ohne Schriftsatz', '--out', 'P:\\PDF ohne Schriftsatz\\..\\bericht.pdf', ...TODAY], {
      cwd: wine!.drive,
      env: { NODE_PATH: '' }, // a machine without the typesetter's Windows part
    });
    const written = existsSync(join(wine!.drive, 'bericht.pdf'));
    rmSync(net, { recursive: true, force: true });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('netzwerk: Für PDF-Dateien fehlt auf diesem Rechner der Schriftsatz von netzwerk');
    expect(pdf.stderr).toContain('die Seite als HTML schreiben (--out P:\\PDF ohne Schriftsatz\\..\\bericht.html)');
    expect(pdf.stderr).not.toMatch(LINUX_PATH);
    expect(pdf.stderr).not.toMatch(STACK_TRACE);
    expect(written).toBe(false);
  });

  it("every command's help and the usual mistakes, in German and English", async () => {
    const commands = Object.keys(COMMANDS);
    const lines = [
      ['--help'],
      ...commands.map((c) => [c, '--help']),
      ...commands.map((c) => [c, '--help', '--lang', 'en']),
      ['validate', 'P:\\gibt es nicht'],
      ['validate'],
      ['person'],
      ['import', 'P:\\liste.docx'],
    ];
    const results = await Promise.all(lines.map((args) => runWindows(wine!, [...args, ...TODAY], { cwd: wine!.drive })));
    results.forEach((r, i) => {
      expect(`${r.stdout}${r.stderr}`, lines[i]!.join(' ')).not.toMatch(LINUX_PATH);
      expect(r.stderr, lines[i]!.join(' ')).not.toMatch(STACK_TRACE);
    });
    // the example of a folder elsewhere is on a drive, as the user writes it on Windows
    const validateHelp = results[lines.findIndex((l) => l.join(' ') === 'validate --help')]!;
    expect(validateHelp.stdout).toContain('\n  Das Netzwerk in einem anderen Ordner prüfen:\n    netzwerk validate P:\\Netzwerk-Kinderschutz\n');
  });
});
