// Issue 26, the writing commands in-process: the folder's lock (who holds it, a stale one taken
// over), files that must not or cannot be replaced as they are (read-only, a symbolic link, a file
// of another owner), and what a writing command echoes (the diff, the columns of a list) never
// sends a control character to the terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, lstatSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { FIXTURES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function network(): string {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const dir = join(tmp.dir, 'netz');
  cpSync(join(FIXTURES, 'privacy', 'beispielstadt'), dir, { recursive: true });
  return dir;
}

const lockOf = (dir: string, holder: object) => writeFileSync(join(dir, '.netzwerk.lock'), `${JSON.stringify(holder)}\n`);
const ADD = (dir: string) => ['add', 'partner', dir, '--name', 'Kita Wolke', '--sector', 'kita', ...TODAY];

describe("the network folder's lock", () => {
  let sleeper: ChildProcess | undefined;
  afterEach(() => sleeper?.kill());

  it('a command that finds the folder locked waits, then says who holds it; nothing is changed', async () => {
    const dir = network();
    sleeper = spawn('sleep', ['30']);
    lockOf(dir, { host: hostname(), pid: sleeper.pid, user: 'k.kollegin', since: new Date().toISOString() });
    const before = fingerprint(dir);
    const r = await run(ADD(dir), { env: { NETZWERK_LOCK_WAIT: '0.3' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Im Netzwerk-Ordner ändert gerade ein anderer Befehl die Dateien (k.kollegin, Rechner');
    expect(r.stderr).toContain(`Prozess ${sleeper.pid}`);
    expect(fingerprint(dir)).toBe(before);
  });

  it('a lock left by a program that is gone (same computer) or older than five minutes is taken over, and said so', async () => {
    const dir = network();
    lockOf(dir, { host: hostname(), pid: 2 ** 22 + 12345, user: 'x', since: new Date().toISOString() });
    const gone = await run(ADD(dir));
    expect(gone.code, gone.stderr).toBe(0);
    expect(gone.stderr).toContain('Eine verwaiste Sperre');
    lockOf(dir, { host: 'anderer-rechner', pid: 4242, user: 'x', since: new Date(Date.now() - 6 * 60_000).toISOString() });
    const old = await run(['add', 'partner', dir, '--name', 'Kita Sonne', '--sector', 'kita', ...TODAY]);
    expect(old.code, old.stderr).toBe(0);
    expect(old.stderr).toContain('Rechner anderer-rechner, Prozess 4242');
    // and the lock is gone after each command
    expect(() => statSync(join(dir, '.netzwerk.lock'))).toThrow();
  });

  it('a dry run takes no lock', async () => {
    const dir = network();
    sleeper = spawn('sleep', ['30']);
    lockOf(dir, { host: hostname(), pid: sleeper.pid, user: '', since: new Date().toISOString() });
    const r = await run([...ADD(dir), '--dry-run'], { env: { NETZWERK_LOCK_WAIT: '0.3' } });
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('files that must not or cannot be replaced as they are', () => {
  it('a read-only network file is refused with a message, not rewritten', async () => {
    const dir = network();
    chmodSync(join(dir, 'partners.yaml'), 0o444);
    const before = fingerprint(dir);
    const r = await run(ADD(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('„partners.yaml“ konnte nicht geschrieben werden: die Datei ist schreibgeschützt');
    expect(fingerprint(dir)).toBe(before);
    expect(statSync(join(dir, 'partners.yaml')).mode & 0o777).toBe(0o444);
  });

  it('a linked network file is edited through the link: the shared file gets the change, the link stays', async () => {
    const dir = network();
    const shared = join(dir, '..', 'gemeinsam-partners.yaml');
    renameSync(join(dir, 'partners.yaml'), shared);
    symlinkSync(shared, join(dir, 'partners.yaml'));
    const r = await run(ADD(dir));
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'partners.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'partners.yaml'))).toBe(shared);
    expect(readFileSync(shared, 'utf8')).toContain('name: Kita Wolke');
  });

  it.runIf(process.getuid?.() === 0)('an edited file keeps its owner, group and mode (a colleague who owned it can still write it)', async () => {
    const dir = network();
    const file = join(dir, 'partners.yaml');
    chownSync(file, 4321, 4322);
    chmodSync(file, 0o664);
    const r = await run(ADD(dir));
    expect(r.code, r.stderr).toBe(0);
    const info = statSync(file);
    expect([info.uid, info.gid, info.mode & 0o777]).toEqual([4321, 4322, 0o664]);
    expect(readFileSync(file, 'utf8')).toContain('name: Kita Wolke');
  });
});

describe('what a writing command echoes never commands the terminal', () => {
  it('a comment with an escape sequence in the diff is shown as \\u001b, also with --dry-run', async () => {
    const dir = network();
    const file = join(dir, 'partners.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# Hinweis \u001b]52;c;SGFsbG8=\u0007 \u001b[2J Ende\r überschrieben\n`);
    const r = await run([...ADD(dir), '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('\\u001b]52;c;SGFsbG8=\\u0007');
  });

  it('unused column headers and rejected cells of an imported list are shown escaped', async () => {
    const dir = network();
    const list = join(dir, '..', 'liste.csv');
    writeFileSync(list, `Einrichtung;Bereich;Name;PLZ;Notiz \u001b[31mrot\u001b[0m\nKita Funkel;Kita;Fia Funk;12\u001b[2J;x\n`);
    const r = await run(['import', list, dir, '--dry-run', ...TODAY]);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Notiz \\u001b[31mrot\\u001b[0m');
  });
});
