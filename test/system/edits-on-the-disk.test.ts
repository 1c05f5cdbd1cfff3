// Issue 26, the writing commands on a real disk that misbehaves: the built program with a
// preloaded stand-in for rename() and link() (support/shims/fs-shim.c), as the review reproduced
// each defect. Two edits at once both land (the folder's lock); a change of several files whose
// later rename fails is all or nothing (hashes); new files need no hard links; an import of many
// partners into a folder prints no listener warning.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, fsShim, startBin } from '../support/disk.js';
import { BIN, copyExample, FIXTURES, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function scratch(example: string): string {
  const { dir, remove } = copyExample(example);
  cleanup.push(remove);
  return dir;
}

function fixture(name: string): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const dir = join(tmp.dir, name);
  cpSync(join(FIXTURES, 'privacy', name), dir, { recursive: true });
  return dir;
}

describe('edits on a disk that misbehaves', () => {
  it('two edits at once: the second waits for the first, and both land (before: one was lost, both said ✔)', async () => {
    const net = scratch('herne');
    // Every rename waits a moment, as on a slow share: without the lock both commands read the
    // same file, and the later rename replaced the earlier one's change.
    const env = { LD_PRELOAD: fsShim(), SHIM_RENAME_DELAY_MS: '700' };
    const [a, b] = await Promise.all([
      startBin(['add', 'partner', net, '--name', 'Kita Sonnenblume', '--sector', 'kita', ...TODAY], { env }),
      startBin(['add', 'partner', net, '--name', 'Familienzentrum Regenbogen', '--sector', 'familienbildung', ...TODAY], { env }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const partners = readFileSync(join(net, 'partners.yaml'), 'utf8');
    expect(partners).toContain('name: Kita Sonnenblume');
    expect(partners).toContain('name: Familienzentrum Regenbogen');
  });

  it('a change of two files whose second rename fails is undone: every file as before, the message names the file and the cause', async () => {
    const net = fixture('beispielstadt');
    const before = fingerprint(net);
    // "Anna Müller" is a coordinator (network.yaml) and a contact (partners.yaml): two files change.
    const r = await startBin(['verified', 'Anna Müller', net, ...TODAY], { env: { LD_PRELOAD: fsShim(), SHIM_RENAME_FAIL: 'partners.yaml:EBUSY' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('„partners.yaml“ konnte nicht geschrieben werden: die Datei ist in einem anderen Programm geöffnet');
    expect(r.stderr).toContain('Es wurde nichts geändert');
    expect(r.stdout).not.toContain('✔');
    expect(fingerprint(net)).toBe(before);
  });

  it('a rename refused for a moment (a virus scanner, OneDrive) is tried again and succeeds', async () => {
    const net = fixture('beispielstadt');
    const r = await startBin(['verified', 'Jens Jetzt', net, ...TODAY], {
      env: { LD_PRELOAD: fsShim(), SHIM_RENAME_FAIL: 'network.yaml:EBUSY', SHIM_RENAME_FAIL_TIMES: '2' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(net, 'network.yaml'), 'utf8')).toContain('verified: 2026-11-23');
  });

  it('new files need no hard link (FAT, exFAT, macOS SMB): an import into partners/ works where link() fails', async () => {
    const net = scratch('kreis-wesel');
    const list = join(net, '..', 'liste.csv');
    writeFileSync(list, 'Einrichtung;Bereich;Name;E-Mail\nKita Am Deich;Kita;Petra Probe;p.probe@kita-deich.example\n');
    const r = await startBin(['import', list, net, ...TODAY], { env: { LD_PRELOAD: fsShim(), SHIM_LINK_FAIL: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(net, 'partners', 'kita-am-deich.yaml'), 'utf8')).toContain('Petra Probe');
  });

  it('an import of more than ten partners into a folder prints no MaxListenersExceededWarning', async () => {
    const net = scratch('kreis-wesel');
    const list = join(net, '..', 'liste.csv');
    const rows = Array.from({ length: 14 }, (_, i) => `Beratungsstelle Nummer ${i + 1};Beratungsstelle;Person ${i + 1};p${i + 1}@beratung.example`);
    writeFileSync(list, `Einrichtung;Bereich;Name;E-Mail\n${rows.join('\n')}\n`);
    const r = await startBin(['import', list, net, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Neu: 14 Partner mit 14 Kontaktpersonen');
    expect(r.stderr).not.toMatch(/MaxListeners|Warning/);
  });
});

describe('a PDF', () => {
  it('puts nothing in the temporary folder: no page (here: a whole Art. 15 letter), no profile', async () => {
    const tmp = tempDir('netzwerk-tmpdir-');
    cleanup.push(tmp.remove);
    const work = tempDir('netzwerk-out-');
    cleanup.push(work.remove);
    const out = join(work.dir, 'brief.pdf');
    const child = spawn(
      process.execPath,
      [BIN, 'person', 'Anna Müller', join(FIXTURES, 'privacy', 'beispielstadt'), '--format', 'letter', '--out', out, ...TODAY],
      {
        env: { PATH: process.env.PATH ?? '', TMPDIR: tmp.dir, TEMP: tmp.dir, TMP: tmp.dir },
      },
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
