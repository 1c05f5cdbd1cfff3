// `person --format letter`: the answer to an Art. 15 request as a letter ready to send. Golden
// files (German and English), the content the GDPR asks for, no internal paths, an HTML page.
// The page in tidy and in a real Chromium, and the PDF: test/system/letter-readers.test.ts.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';

const NET = join(FIXTURES, 'privacy', 'beispielstadt');
const GOLDEN = join(ROOT, 'test', 'golden', 'privacy');
const TODAY = ['--today', '2026-11-23'];

const letter = async (query: string, ...extra: string[]) => {
  const r = await run(['person', query, NET, '--format', 'letter', ...TODAY, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r;
};

describe('person --format letter', () => {
  it.each([
    ['letter-anna.md', 'Anna Müller', []],
    ['letter-anna-en.md', 'Anna Müller', ['--lang', 'en']],
    ['letter-jens.md', 'Jens Jetzt', []],
    ['letter-nothing.md', 'Niemand Unbekannt', []],
  ] as const)('golden file %s', async (file, query, extra) => {
    expectGolden(join(GOLDEN, file), (await letter(query, ...extra)).stdout);
  });

  it('holds what Art. 15 asks for, in plain words, without internal paths or codes', async () => {
    const { stdout } = await letter('Anna Müller');
    for (const part of [
      'Guten Tag Anna Müller,',
      'Welche Daten wir über Sie gespeichert haben',
      'Name: Anna Müller',
      'E-Mail: a.mueller@jugendamt-beispielstadt.example',
      'Freigabe: nur für die Koordinierungsstelle',
      '§ 9 Abs. 1 und 2 des Landeskinderschutzgesetzes NRW',
      'Art. 6 Abs. 1 Unterabs. 1 Buchst. e und Abs. 3 DSGVO',
      '§ 3 Abs. 1 des Datenschutzgesetzes Nordrhein-Westfalen',
      'Die Partner des Netzwerks (zurzeit',
      'Die Angaben haben Sie selbst oder Ihre Einrichtung (Jugendamt Beispielstadt)',
      'seit 01.10.2026 ist eine neue Bestätigung fällig',
      '(Art. 16 DSGVO)',
      'Art. 17 DSGVO',
      '(Art. 18 DSGVO)',
      '(Art. 21 DSGVO)',
      '(Art. 77 DSGVO): Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf',
      'Dana Datenschutz',
      'j.jetzt@jugendamt-beispielstadt.example',
    ]) {
      expect(stdout).toContain(part);
    }
    expect(stdout).not.toMatch(/\[\d+\]|ORGANIZER|visibility|network\.yaml|partners\.yaml|\binternal\b/);
  });

  it('cites the consent (Art. 6 Abs. 1 Buchst. a, Art. 7) for a published person, and the right to withdraw it', async () => {
    const { stdout } = await letter('Jens Jetzt');
    expect(stdout).toContain('mit Ihrer Einwilligung vom 05.01.2026 veröffentlicht (Art. 6 Abs. 1 Unterabs. 1 Buchst. a und Art. 7 DSGVO)');
    expect(stdout).toContain('(Art. 7 Abs. 3 DSGVO)');
    expect((await letter('Anna Müller')).stdout).not.toContain('Art. 7 Abs. 3');
  });

  it('names only coordinators the network may see; for an internal one, the office', async () => {
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'netz');
      cpSync(NET, dir, { recursive: true });
      const file = join(dir, 'network.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('    phone: "0000 11-0001"\n    visibility: network', '    phone: "0000 11-0001"\n    visibility: internal'),
      );
      const r = await run(['person', 'Jens Jetzt', dir, '--format', 'letter', ...TODAY]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('a.mueller@jugendamt-beispielstadt.example');
      expect(r.stdout).not.toContain('0000 11-0001');
      expect(r.stdout).not.toContain('Anna Müller');
      expect(r.stdout).toContain('j.jetzt@jugendamt-beispielstadt.example');
    } finally {
      tmp.remove();
    }
  });

  it('lists every stored field, the mobile number too', async () => {
    const r = await run(['person', 'Nicole Brockmann', join(ROOT, 'examples', 'kreis-kleve'), '--format', 'letter', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Mobil\b.*0151 0000-0025/);
  });

  it('warns on stderr about namesakes and a missing data protection officer', async () => {
    const r = await run(['person', 'Müller', NET, '--format', 'letter', ...TODAY]);
    expect(r.code).toBe(0);
    const tmp = tempDir();
    try {
      const dir = join(tmp.dir, 'net');
      cpSync(NET, dir, { recursive: true });
      const network = join(dir, 'network.yaml');
      writeFileSync(network, readFileSync(network, 'utf8').replace(/\ndata_protection_officer:[\s\S]*$/, '\n'));
      const noDpo = await run(['person', 'Anna Müller', dir, '--format', 'letter', ...TODAY]);
      expect(noDpo.stderr).toContain('network.yaml nennt keine Datenschutzbeauftragte');
      expect(noDpo.stdout).toContain('erreichen Sie über die Koordinierungsstelle');
    } finally {
      tmp.remove();
    }
  });

  it('--out brief.html: the letter on the page layer', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['person', 'Anna Müller', NET, '--out', 'brief.html', ...TODAY], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(join(tmp.dir, 'brief.html'), 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
      expect(html).toContain('<h1 class="subject">');
      expect(html).toContain('@page { size: A4');
      expect(html).not.toMatch(/<script|https?:\/\//);
    } finally {
      tmp.remove();
    }
  });
});
