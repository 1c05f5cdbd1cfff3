// What a user sees besides the output (issue 27, item 9): the line that says what was written to a
// file, the usage message instead of HTML, PDF or Excel on a terminal, the letter as text on a
// terminal, and the mark that a step longer than a second is working.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { working } from '../../src/cli/progress.js';
import type { Context } from '../../src/cli/context.js';
import { EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
const HERNE = join(EXAMPLES, 'herne');

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.useRealTimers();
});

describe('--out says on stderr what it wrote', () => {
  it('report, contacts (Excel), calendar, directory: one line each, the file there', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    for (const [args, file] of [
      [['report', HERNE, '--out', 'bericht.txt'], 'bericht.txt'],
      [['contacts', HERNE, '--out', 'kontakte.xlsx'], 'kontakte.xlsx'],
      [['calendar', HERNE, '--out', 'termine.ics'], 'termine.ics'],
      [['directory', HERNE, '--out', 'verzeichnis.html'], 'verzeichnis.html'],
    ] as const) {
      const r = await run([...args, ...TODAY], { cwd: tmp.dir });
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toContain(`✔ ${file} geschrieben`);
      expect(readFileSync(join(tmp.dir, file)).length).toBeGreaterThan(100);
    }
    const en = await run(['report', HERNE, '--out', 'report.md', '--lang', 'en', ...TODAY], { cwd: tmp.dir });
    expect(en.stderr.split('\n')).toContain('✔ wrote report.md');
  });

  it('nothing is said when the output goes to stdout', async () => {
    const r = await run(['report', HERNE, ...TODAY]);
    expect(r.stderr).toBe('');
  });
});

describe('HTML, PDF and Excel never on a terminal', () => {
  it('names the --out to use instead, with a file name that fits the command (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['report', HERNE, '--format', 'html'], '--out bericht.html'],
      [['report', HERNE, '--format', 'pdf'], '--out bericht.pdf'],
      [['directory', HERNE], '--out verzeichnis.html'],
      [['contacts', HERNE, '--format', 'xlsx'], '--out kontakte.xlsx'],
      [['sheet', '2024-09-netzwerktreffen', HERNE], '--out teilnahmeliste.html'],
    ];
    for (const [args, out] of cases) {
      const r = await run([...args, ...TODAY], { tty: true });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('lässt sich nicht im Terminal zeigen');
      expect(r.stderr).toContain(out);
    }
  });

  it('the same commands still write to a pipe or a redirected file', async () => {
    const r = await run(['report', HERNE, '--format', 'html', ...TODAY], { tty: false });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('the letter on a terminal', () => {
  const NET = join(FIXTURES, 'privacy', 'beispielstadt');
  it('is readable text: no Markdown marks, headings underlined; to a pipe it stays Markdown', async () => {
    const screen = await run(['person', 'Anna Müller', NET, '--format', 'letter', ...TODAY], { tty: true });
    expect(screen.code).toBe(0);
    expect(screen.stdout).not.toMatch(/\*\*|^## |\\[.()-]/m);
    expect(screen.stdout).toMatch(/\n─{5,}\n/);
    for (const line of screen.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    const piped = await run(['person', 'Anna Müller', NET, '--format', 'letter', ...TODAY]);
    expect(piped.stdout).toMatch(/^\*\*.+\*\*$/m);
    // the same words in both
    const words = (text: string) =>
      text
        .replace(/\\(.)/g, '$1')
        .replace(/^- |^## |\*\*|^\*|\*$|─+|•/gm, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .sort();
    expect(words(screen.stdout)).toEqual(words(piped.stdout));
  });
});

describe('a step that takes longer than a second shows that it is working', () => {
  const ctx = (isTTY: boolean) => {
    const written: string[] = [];
    const c = { lang: 'de', io: { stderr: { isTTY, write: (s: string) => written.push(s) } } } as unknown as Context;
    return { c, written };
  };

  it('on a terminal: after a second a turning mark with what it does, cleared at the end', async () => {
    vi.useFakeTimers();
    const { c, written } = ctx(true);
    const done = working(c, 'working.pdf', () => new Promise<string>((resolve) => setTimeout(() => resolve('pdf'), 2500)));
    await vi.advanceTimersByTimeAsync(900);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1700);
    expect(await done).toBe('pdf');
    expect(written[0]).toBe('\r⠋ PDF wird erstellt …');
    expect(written.length).toBeGreaterThan(10);
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('a quick step, or no terminal: nothing at all', async () => {
    vi.useFakeTimers();
    const quick = ctx(true);
    const a = working(quick.c, 'working.pdf', () => new Promise((resolve) => setTimeout(resolve, 300)));
    await vi.advanceTimersByTimeAsync(2000);
    await a;
    expect(quick.written).toEqual([]);
    const piped = ctx(false);
    const b = working(piped.c, 'working.import', () => new Promise((resolve) => setTimeout(resolve, 3000)));
    await vi.advanceTimersByTimeAsync(4000);
    await b;
    expect(piped.written).toEqual([]);
  });
});
