// The PDF path needs no browser: the PDF commands start no other process and open no network
// socket (strace -f on the built bin; issue 26 saw Chromium make 22 connections to Google and run
// without its sandbox), puppeteer-core is no part of the program (only the tests' Chromium uses
// it), and where the typesetter cannot be loaded (a platform npm did not install it for) the
// command says so and how to print by hand, exit 2, nothing written.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runBin, STACK_TRACE, tempDir } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const BIN = join(ROOT, 'bin', 'netzwerk.cjs');

describe('the PDF path', () => {
  it.runIf(hasTool('strace'))('starts no process and opens no network socket, for each of the four PDFs', { timeout: 120_000 }, () => {
    const tmp = tempDir();
    try {
      const kleve = join(EXAMPLES, 'kreis-kleve');
      const commands = [
        ['report', kleve, '--out', 'bericht.pdf'],
        ['directory', kleve, '--audience', 'public', '--out', 'wegweiser.pdf'],
        ['person', 'Wiebke Hendricks', kleve, '--out', 'brief.pdf'],
        ['sheet', '2026-11-netzwerktreffen', kleve, '--out', 'liste.pdf'],
      ];
      for (const args of commands) {
        const log = join(tmp.dir, 'strace.log');
        const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=process,network', '-o', log, process.execPath, BIN, ...args, ...TODAY], {
          cwd: tmp.dir,
          encoding: 'utf8',
        });
        expect(r.status, `${args[0]}: ${r.stderr}`).toBe(0);
        expect(
          readFileSync(join(tmp.dir, args.at(-1)!))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
        const calls = readFileSync(log, 'utf8')
          .split('\n')
          .map((line) => /^\d+\s+(\w+)\(/.exec(line)?.[1])
          .filter((call): call is string => call !== undefined);
        // one execve (node itself), threads at most, never a second program, a socket or a connection
        expect(
          calls.filter((c) => c === 'execve'),
          args[0],
        ).toHaveLength(1);
        expect(
          calls.filter((c) => ['fork', 'vfork', 'socket', 'connect', 'sendto', 'bind'].includes(c)),
          args[0],
        ).toEqual([]);
        const processes = readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => /\bclone3?\(/.test(line) && !line.includes('CLONE_THREAD'));
        expect(processes, args[0]).toEqual([]);
      }
    } finally {
      tmp.remove();
    }
  });

  it('has no browser in it: puppeteer-core only for the tests, the typesetter the one dependency', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).toEqual(['@myriaddreamin/typst-ts-node-compiler']);
    expect(pkg.dependencies['@myriaddreamin/typst-ts-node-compiler']).toBe('0.7.0');
    expect(pkg.devDependencies['puppeteer-core']).toBeDefined();
    expect(readFileSync(join(ROOT, 'dist', 'netzwerk.cjs'), 'latin1')).not.toMatch(/puppeteer|chromium/i);
    expect(readdirSync(join(ROOT, 'dist', 'lazy'))).not.toContain('puppeteer-core.cjs');
  });

  it(
    'without the typesetter (no node_modules beside the program): exit 2, what is missing and how to print by hand, nothing written',
    { timeout: 60_000 },
    async () => {
      const tmp = tempDir();
      try {
        const program = join(tmp.dir, 'programm');
        for (const part of ['bin', 'dist', 'fonts', 'schemas', 'translations', 'package.json'])
          cpSync(join(ROOT, part), join(program, part), { recursive: true });
        const work = join(tmp.dir, 'arbeit');
        cpSync(join(EXAMPLES, 'ratingen'), join(work, 'netz'), { recursive: true });
        const bin = join(program, 'bin', 'netzwerk.cjs');
        const de = await runBin(['report', 'netz', '--out', 'bericht.pdf', ...TODAY], { cwd: work, bin });
        expect(de.code).toBe(2);
        expect(de.stderr).toMatch(
          /^netzwerk: Für PDF-Dateien fehlt auf diesem Rechner der Schriftsatz von netzwerk \(Cannot find module '@myriaddreamin\/typst-ts-node-compiler'/,
        );
        expect(de.stderr).toContain('„bericht.pdf“ wurde nicht angelegt.');
        expect(de.stderr).toContain('die Seite als HTML schreiben (--out bericht.html), im Browser öffnen, Drucken → „Als PDF speichern“ (Papierformat A4).');
        expect(de.stderr).not.toMatch(STACK_TRACE);
        const en = await runBin(['directory', 'netz', '--out', 'verzeichnis.pdf', '--lang', 'en', ...TODAY], { cwd: work, bin });
        expect(en.code).toBe(2);
        expect(en.stderr).toContain('The typesetter netzwerk uses for PDF files is missing on this computer');
        expect(en.stderr).toContain('write the page as HTML (--out verzeichnis.html)');
        expect(readdirSync(work)).toEqual(['netz']);
        // the HTML, the way out, works there
        expect((await runBin(['report', 'netz', '--out', 'bericht.html', ...TODAY], { cwd: work, bin })).code).toBe(0);
      } finally {
        tmp.remove();
      }
    },
  );
});
