// Line endings are the format's, never the system's: CSV (RFC 4180), iCalendar (RFC 5545) and
// vCard (RFC 2425/2426) end every line with CRLF; everything else (text, Markdown, HTML, JSON,
// e-mail lists, messages) with LF alone. The renderers write "\r\n" and "\n" themselves, so the
// same bytes come out on Windows, macOS and Linux; nothing in src/ asks the system (os.EOL).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, EXAMPLES, FIXTURES, ROOT, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
const PRIVACY = join(FIXTURES, 'privacy', 'beispielstadt');

/** Each output format with a command that makes it (from an example or a fixture with content). */
const CRLF: [string, string[]][] = [
  ['contacts csv', ['contacts', '--audience', 'internal']],
  ['contacts vcf', ['contacts', '--audience', 'internal', '--format', 'vcf']],
  ['calendar ics', ['calendar']],
  ['review csv', ['review', PRIVACY, '--format', 'csv']],
];
const LF: [string, string[]][] = [
  ['validate text', ['validate']],
  ['validate json', ['validate', '--format', 'json']],
  ['report text', ['report']],
  ['report md', ['report', '--format', 'md']],
  ['report html', ['report', '--format', 'html']],
  ['report json', ['report', '--format', 'json']],
  ['contacts emails', ['contacts', '--audience', 'internal', '--format', 'emails']],
  ['review text', ['review', PRIVACY]],
  ['review emails', ['review', PRIVACY, '--format', 'emails']],
  ['person text', ['person', 'Anna Mueller', PRIVACY]],
  ['person json', ['person', 'Anna Mueller', PRIVACY, '--format', 'json']],
  ['meetings text', ['meetings']],
  ['meetings json', ['meetings', '--format', 'json']],
];

/** The example networks for a command that takes no folder of its own above. */
const withFolder = (args: string[], dir: string) => (args.includes(PRIVACY) ? args : [...args, dir]);

describe('line endings', () => {
  for (const [what, args] of CRLF) {
    it(`${what}: every line ends with CRLF`, async () => {
      for (const name of EXAMPLE_NAMES) {
        const result = await run([...withFolder(args, join(EXAMPLES, name)), ...TODAY]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout.length).toBeGreaterThan(0);
        expect(result.stdout.endsWith('\r\n'), `${what} ${name}`).toBe(true);
        expect(result.stdout.match(/(?<!\r)\n/g), `${what} ${name}: a line break without CR`).toBeNull();
        expect(result.stdout.match(/\r(?!\n)/g), `${what} ${name}: a CR without LF`).toBeNull();
        if (args.includes(PRIVACY)) break;
      }
    });
  }
  for (const [what, args] of LF) {
    it(`${what}: lines end with LF alone`, async () => {
      for (const name of EXAMPLE_NAMES) {
        const result = await run([...withFolder(args, join(EXAMPLES, name)), ...TODAY]);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout.endsWith('\n'), `${what} ${name}`).toBe(true);
        expect(result.stdout.includes('\r'), `${what} ${name}: a CR`).toBe(false);
        if (args.includes(PRIVACY)) break;
      }
    });
  }

  it('no module of the program asks the system for its line ending', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const asking = sources(join(ROOT, 'src')).filter((file) => /\bEOL\b/.test(readFileSync(file, 'utf8')));
    expect(asking).toEqual([]);
  });
});
