// "Nothing is lost": every clause of `--out` (issue 6 / FORMAT.md), each as a test (an interrupted
// write: test/system/output-signals.test.ts).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExample, run, STACK_TRACE, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function scratch(): { net: string; out: string } {
  const example = copyExample('kreis-kleve');
  const out = tempDir('netzwerk-out-');
  cleanup.push(example.remove, out.remove);
  return { net: example.dir, out: out.dir };
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('--out writes atomically', () => {
  it('writes the whole file through a temporary file in the target folder, which is gone afterwards', async () => {
    const { net, out } = scratch();
    const target = join(out, 'kontakte.csv');
    writeFileSync(target, 'alter Inhalt');
    const result = await run(['contacts', net, '--out', target, ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    const stdoutRun = await run(['contacts', net, ...TODAY]);
    expect(readFileSync(target, 'utf8')).toBe(stdoutRun.stdout); // replaced, complete, same as stdout
    expect(readdirSync(out)).toEqual(['kontakte.csv']);
  });

  it('invalid data writes nothing and leaves an existing output untouched (exit 1)', async () => {
    const { net, out } = scratch();
    writeFileSync(join(net, 'meetings.yaml'), readFileSync(join(net, 'meetings.yaml'), 'utf8').replace('status: held', 'status: gehalten'));
    for (const [command, name] of [
      ['contacts', 'liste.csv'],
      ['contacts', 'liste.xlsx'],
      ['calendar', 'kalender.ics'],
      ['report', 'bericht.html'],
      ['report', 'bericht.pdf'],
    ]) {
      const target = join(out, name!);
      writeFileSync(target, 'alter Inhalt');
      const result = await run([command!, net, '--out', target, ...TODAY]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('gehalten');
      expect(readFileSync(target, 'utf8')).toBe('alter Inhalt');
      expect(leftovers(out)).toEqual([]);
    }
  });

  it('an ending the command cannot write is exit 2, nothing read or written, and says what to do', async () => {
    const { net, out } = scratch();
    const cases: [string[], RegExp][] = [
      [
        ['report', '--out', 'bericht.docx'],
        /„\.docx“ kann dieser Befehl nicht schreiben, „bericht\.docx“ wurde nicht angelegt\. Möglich sind: \.txt, \.md, \.markdown, \.html, \.htm, \.json, \.pdf\. Bitte einen Namen mit einer dieser Endungen wählen oder das Format mit --format angeben\./,
      ],
      [['contacts', '--out', 'liste.ods'], /Möglich sind: \.csv, \.vcf, \.vcard, \.txt, \.xlsx\./],
      [
        ['contacts', '--format', 'csv', '--out', 'liste.xlsx'],
        /Die Endung „\.xlsx“ passt nicht zu --format csv; „liste\.xlsx“ wurde nicht angelegt\. Für csv passt: \.csv\./,
      ],
      [['report', '--format', 'html', '--out', 'bericht.pdf'], /passt nicht zu --format html/],
      [['report', '--format', 'pdf', '--out', 'bericht.txt'], /passt nicht zu --format pdf/],
      [['calendar', '--out', 'termine.txt'], /Möglich: \.ics, \.ical, \.icalendar\. Bitte einen Namen mit dieser Endung wählen\./],
      [['review', '--out', 'pruefung.xlsx'], /Möglich sind: \.txt, \.csv\./],
      [['person', 'Anna', '--out', 'auskunft.docx'], /Möglich sind: \.txt, \.json, \.md, \.html, \.htm, \.pdf\./],
    ];
    for (const [args, message] of cases) {
      const result = await run([...args.slice(0, args[0] === 'person' ? 2 : 1), net, ...args.slice(args[0] === 'person' ? 2 : 1), ...TODAY], { cwd: out });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(readdirSync(out)).toEqual([]);
    // With --format, a neutral ending is the user's choice; a .txt takes any text format.
    expect((await run(['contacts', net, '--format', 'emails', '--out', 'verteiler.dat', ...TODAY], { cwd: out })).code).toBe(0);
    expect((await run(['report', net, '--format', 'md', '--out', 'bericht.txt', ...TODAY], { cwd: out })).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['bericht.txt', 'verteiler.dat']);
  });

  it('bytes (PDF, Excel) never go to a terminal', async () => {
    const { net } = scratch();
    const result = await run(['contacts', net, '--format', 'xlsx', ...TODAY], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /Eine XLSX-Datei lässt sich nicht im Terminal zeigen\. Bitte mit --out in eine Datei schreiben und diese öffnen, z\. B\. --out kontakte\.xlsx\./,
    );
  });

  it('a missing target folder is exit 2 with a clear message', async () => {
    const { net, out } = scratch();
    const result = await run(['contacts', net, '--out', join(out, 'gibt-es-nicht', 'liste.csv'), ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^netzwerk: --out: Den Ordner „.*gibt-es-nicht“ gibt es nicht\.\n$/);
  });

  it('an unwritable target folder is exit 2 with a clear message and no temporary file', async () => {
    const { net, out } = scratch();
    // root may write anywhere, except into /proc; everybody else gets a read-only folder
    const folder = process.getuid?.() === 0 ? '/proc' : join(out, 'nur-lesen');
    if (folder !== '/proc') {
      mkdirSync(folder);
      chmodSync(folder, 0o555);
      cleanup.unshift(() => chmodSync(folder, 0o755));
    }
    const result = await run(['contacts', net, '--out', join(folder, 'netzwerk-liste.csv'), ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^netzwerk: --out: „.*netzwerk-liste\.csv“ kann nicht geschrieben werden \(E[A-Z]+\)\. Bitte Zugriffsrechte und freien Speicher prüfen\.\n$/,
    );
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(folder).filter((f) => f.startsWith('.netzwerk-liste'))).toEqual([]);
  });

  it('a target that is a folder is exit 2', async () => {
    const { net, out } = scratch();
    const result = await run(['contacts', net, '--out', out, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ist ein Ordner, keine Datei');
  });

  it('--out never overwrites a file of the network itself', async () => {
    const { net } = scratch();
    for (const own of ['network.yaml', 'partners.yaml', 'meetings.yaml']) {
      const before = readFileSync(join(net, own), 'utf8');
      const result = await run(['contacts', net, '--format', 'emails', '--out', join(net, own), ...TODAY]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('ist eine Datei des Netzwerks selbst und wird nicht überschrieben');
      expect(readFileSync(join(net, own), 'utf8')).toBe(before);
    }
    // relative to the working folder, too
    const result = await run(['report', '.', '--format', 'text', '--out', 'network.yaml', ...TODAY], { cwd: net });
    expect(result.code).toBe(2);
    // in another case, too: on Windows and macOS that is the same file
    const upper = await run(['contacts', '.', '--out', 'Partners.YAML', ...TODAY], { cwd: net });
    expect(upper.code).toBe(2);
    expect(existsSync(join(net, 'Partners.YAML'))).toBe(false);
  });
});
