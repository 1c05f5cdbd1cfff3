// `add` on a real terminal: the built program runs in a pseudo-terminal (util-linux `script`),
// answers are typed as keystrokes when each German question appears. Without a terminal it
// never asks (test/cli/edit.test.ts).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, run, tempDir } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const DOWN = '\x1b[B';

/** Runs `netzwerk ARGS` in a pseudo-terminal; each step types its keys once its question has appeared. */
function inTerminal(args: string[], steps: [RegExp, string][]): Promise<{ code: number | null; screen: string }> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: 'C.UTF-8' },
  });
  let screen = '';
  const pending = [...steps];
  const onData = (data: Buffer) => {
    screen += data.toString('utf8');
    const plain = screen.replace(ANSI, '');
    while (pending.length > 0 && pending[0]![0].test(plain)) {
      const [, keys] = pending.shift()!;
      // a moment for the prompt to take the keyboard, then the keys one by one as a person types
      setTimeout(() => child.stdin.write(keys), 150);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: screen.replace(ANSI, '') });
    });
  });
}

describe.runIf(hasTool('script'))('add on a terminal', () => {
  it('asks in German for the missing name and sector (a list to choose from) and writes the partner', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const dir = join(tmp.dir, 'netz');
    await run(['init', dir, '--today', '2026-11-23']);
    const r = await inTerminal(
      ['add', 'partner', dir, '--today', '2026-11-23'],
      [
        [/Name der Einrichtung:/, 'Familienzentrum Löwenzahn\r'],
        [/Bereich:[\s\S]*Kindertagesbetreuung \(kita\)/, `${DOWN}${DOWN}\r`],
      ],
    );
    expect(r.screen).toContain('↑↓ auswählen, ⏎ übernehmen');
    expect(r.screen).toContain('+- id: familienzentrum-loewenzahn');
    expect(r.screen).toContain('✔ 1 Datei geändert.');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toMatch(
      /- id: familienzentrum-loewenzahn\n {2}name: Familienzentrum Löwenzahn\n {2}sector: kita\n {2}joined: 2026-11-23\n$/,
    );
  }, 30_000);

  it('asks for the partner and the visibility of a contact; Ctrl+C stops without writing (exit 2)', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const dir = join(tmp.dir, 'netz');
    await run(['init', dir, '--today', '2026-11-23']);
    const before = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const stopped = await inTerminal(
      ['add', 'contact', dir, '--name', 'Clara Probe', '--today', '2026-11-23'],
      [[/Bei welchem Partner arbeitet die Person\?/, '\x03']],
    );
    expect(stopped.code).toBe(2);
    expect(stopped.screen).toContain('Abgebrochen; es wurde nichts geändert.');
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toBe(before);

    const r = await inTerminal(
      ['add', 'contact', dir, '--name', 'Clara Probe', '--email', 'c.probe@grundschule-am-park.example', '--today', '2026-11-23'],
      [
        // the partners by name: Grundschule am Park, then Jugendamt der Stadt Musterstadt
        [/Bei welchem Partner arbeitet die Person\?[\s\S]*Jugendamt der Stadt Musterstadt \(jugendamt-musterstadt\)/, `${DOWN}\r`],
        [/Wer darf die Person in Listen sehen\?[\s\S]*Netzwerk \(network\)/, `${DOWN}\r`],
      ],
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toContain(
      '    - name: Clara Probe\n      email: c.probe@grundschule-am-park.example\n      visibility: network\n      verified: 2026-11-23\n',
    );
    const partners = parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as { id: string; contacts: { name: string }[] }[];
    expect(partners.find((p) => p.id === 'jugendamt-musterstadt')!.contacts.map((c) => c.name)).toEqual(['Erika Musterfrau', 'Clara Probe']);
  }, 40_000);
});

describe.runIf(hasTool('script'))('import on a terminal', () => {
  it('asks once whom the persons of a list without a visibility column are for, and enters them so', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const dir = join(tmp.dir, 'netz');
    await run(['init', dir, '--empty', '--today', '2026-11-23']);
    const list = join(tmp.dir, 'liste.csv');
    writeFileSync(
      list,
      'Einrichtung;Bereich;Ansprechperson;E-Mail\nKita Wolke;Kita;Anna Beispiel;a.beispiel@kita-wolke.example\nPolizeiwache Nord;Polizei;Ben Probe;b.probe@polizei.example\n',
    );
    const r = await inTerminal(['import', list, dir, '--today', '2026-11-23'], [[/eingetragen werden\?[\s\S]*\(network\)/, `${DOWN}\r`]]);
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain('Wer die neuen Personen erreicht: 2 Personen für die Partner des Netzwerks');
    const partners = parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as { contacts?: { visibility?: string }[] }[];
    expect(partners.flatMap((p) => p.contacts ?? []).map((c) => c.visibility)).toEqual(['network', 'network', 'network']);
  }, 30_000);
});

describe.runIf(hasTool('script'))('the built program on a terminal', () => {
  // The bundle loads node:tty (through node:module) only when a character device must be asked
  // (src/write/stdout.ts, scripts/bundle.mjs): a terminal still gets colours, NO_COLOR none.
  const colours = (env: Record<string, string>) =>
    new Promise<string>((resolve) => {
      const child = spawn('script', ['-qfec', `'${process.execPath}' '${BIN}' validate examples/herne --today 2026-11-23`, '/dev/null'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '', TERM: 'xterm', LANG: 'C.UTF-8', ...env },
      });
      let screen = '';
      child.stdout.on('data', (data: Buffer) => (screen += data.toString('utf8')));
      child.on('exit', () => resolve(screen));
    });

  it('colours the warnings on a terminal, and not with NO_COLOR', async () => {
    const coloured = await colours({});
    expect(coloured).toContain('\x1b[33mWarnung\x1b[39m');
    const plain = await colours({ NO_COLOR: '1' });
    expect(plain).toContain('Warnung');
    expect(plain).not.toMatch(ANSI);
  }, 30_000);
});
