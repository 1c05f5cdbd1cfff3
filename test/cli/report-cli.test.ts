// netzwerk report on the command line: periods, formats by --out extension, invalid data,
// language, colour, and names instead of ids.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, copyExample, run, tempDir } from '../support/helpers.js';

const DIR = join(FIXTURES, 'report', 'musterkreis');
const TODAY = ['--today', '2026-11-23'];

describe('netzwerk report: options', () => {
  it('defaults to the calendar year of --today', async () => {
    const r = await run(['report', DIR, '--format', 'json', '--today', '2025-03-01']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).period).toMatchObject({ from: '2025-01-01', to: '2025-12-31', year: 2025 });
  });

  it('also takes today from NETZWERK_TODAY', async () => {
    const r = await run(['report', DIR, '--format', 'json'], { env: { NETZWERK_TODAY: '2024-06-01' } });
    expect(JSON.parse(r.stdout).period.year).toBe(2024);
  });

  it.each([
    [['--year', '2026', '--from', '2026-01-01'], /--year und --from\/--to/],
    [['--year', '26'], /--year: „26“ ist kein Jahr/],
    [['--from', '2026-02-30'], /--from: „2026-02-30“ ist kein Datum/],
    [['--from', '2026-07-01', '--to', '2026-06-30'], /endet \(2026-06-30\) vor seinem Beginn/],
    [['--format', 'docx'], /--format: „docx“ ist nicht möglich; erlaubt sind: text, md, html, json, pdf/],
    [['--audience', 'ausschuss'], /--audience: „ausschuss“ ist nicht möglich; erlaubt sind: internal, network, public/],
  ])('refuses %j with exit 2 and a German message', async (args, message) => {
    const r = await run(['report', DIR, ...TODAY, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('--from alone runs to the end of its year, --to alone from the start of its year', async () => {
    const a = JSON.parse((await run(['report', DIR, '--format', 'json', ...TODAY, '--from', '2026-07-01'])).stdout);
    expect(a.period).toMatchObject({ from: '2026-07-01', to: '2026-12-31' });
    const b = JSON.parse((await run(['report', DIR, '--format', 'json', ...TODAY, '--to', '2026-03-31'])).stdout);
    expect(b.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('picks the format from the extension of --out, and writes nothing to stdout', async () => {
    const tmp = tempDir();
    try {
      for (const [ext, check] of [
        ['json', (s: string) => expect(JSON.parse(s).network.id).toBe('musterkreis')],
        ['md', (s: string) => expect(s).toMatch(/^# Netzwerkbericht: Netzwerk Kinderschutz Musterkreis\n/)],
        ['html', (s: string) => expect(s).toMatch(/^<!DOCTYPE html>/)],
        ['txt', (s: string) => expect(s).toMatch(/^Netzwerkbericht: Netzwerk Kinderschutz Musterkreis\n/)],
      ] as const) {
        const out = join(tmp.dir, `bericht.${ext}`);
        const r = await run(['report', DIR, ...TODAY, '--out', out]);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('');
        check(readFileSync(out, 'utf8'));
      }
      // --format wins over the extension.
      const out = join(tmp.dir, 'bericht.txt');
      await run(['report', DIR, ...TODAY, '--out', out, '--format', 'json']);
      expect(JSON.parse(readFileSync(out, 'utf8')).network.id).toBe('musterkreis');
    } finally {
      tmp.remove();
    }
  });

  it('writes nothing from invalid data: the errors and exit 1', async () => {
    const net = copyExample('ratingen');
    try {
      writeFileSync(join(net.dir, 'agreements.yaml'), '- id: x\n  title: X\n  type: quatsch\n  status: draft\n  parties: []\n');
      const out = join(net.dir, 'bericht.html');
      const r = await run(['report', net.dir, ...TODAY, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/agreements\.yaml:\d+:\d+/);
      expect(existsSync(out)).toBe(false);
    } finally {
      net.remove();
    }
  });
});

describe('netzwerk report: content', () => {
  it('shows names and German labels, not ids', async () => {
    const r = await run(['report', DIR, ...TODAY]);
    expect(r.code).toBe(0);
    for (const text of ['Überblick', 'Abdeckung', 'Hinweise', 'Freie Jugendhilfe', 'Familiengerichte', 'in Unterzeichnung', 'Netzwerktreffen', 'nicht erfüllt'])
      expect(r.stdout).toContain(text);
    const md = await run(['report', DIR, ...TODAY, '--format', 'md']);
    expect(md.stdout).toContain('| in Unterzeichnung | 2 von 4 | Amtsgericht Musterstadt – Familiengericht, Grundschule Nordstadt | 01.03.2027 |');
    for (const id of ['amtsgericht-musterkreis', 'freie_jugendhilfe', 'in_signature', 'netzwerktreffen', 'traeger_8a']) expect(r.stdout).not.toContain(id);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['report', DIR, ...TODAY, '--lang', 'en']);
    expect(r.stdout).toMatch(/^Network report: Netzwerk Kinderschutz Musterkreis\nReporting period 2026-01-01 – 2026-12-31/);
    for (const text of ['Overview', 'Coverage', 'awaiting signatures', 'family courts', 'not met']) expect(r.stdout).toContain(text);
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const ESC = '\u001b[';
    expect((await run(['report', DIR, ...TODAY])).stdout).not.toContain(ESC);
    expect((await run(['report', DIR, ...TODAY], { tty: true })).stdout).toContain(ESC);
    expect((await run(['report', DIR, ...TODAY], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('escapes | and other Markdown in table cells', async () => {
    const r = await run(['report', DIR, ...TODAY, '--format', 'md']);
    expect(r.stdout).toContain('Praxis Dr. Fiktiv \\| Kinder- und Jugendmedizin');
    expect(r.stdout).toContain('Kinderhilfe \\<Süd\\> & Co.');
    // Every table row has as many cells as its header.
    for (const table of r.stdout.split(/\n\n/).filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('gives the same bytes on every run, whatever the machine time zone', async () => {
    const a = await run(['report', DIR, ...TODAY, '--format', 'html']);
    expect(a.code).toBe(0);
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect((await run(['report', DIR, ...TODAY, '--format', 'html'])).stdout).toBe(a.stdout);
    } finally {
      process.env.TZ = before;
      if (before === undefined) delete process.env.TZ;
    }
  });
});
