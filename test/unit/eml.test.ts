// The e-mail draft writer (src/formats/eml.ts) on hard cases: long and non-ASCII display names
// and subjects (encoded-words, folding), names with special characters, text with long lines,
// trailing spaces and `=`, an attachment of bytes. Every line within 78 characters; read back by
// Python's mail parser, every value exactly and without a defect: test/system/eml-python.test.ts.
import { describe, expect, it } from 'vitest';
import { quotedPrintable, renderEml } from '../../src/formats/eml.js';
import { DRAFT } from '../support/eml-draft.js';

describe('renderEml', () => {
  it('CRLF, ASCII, lines of at most 78 characters, X-Unsent, a deterministic boundary', () => {
    const eml = renderEml(DRAFT);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(eml).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const line of eml.split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(78);
    expect(eml).toContain('\r\nX-Unsent: 1\r\n');
    expect(renderEml(DRAFT)).toBe(eml);
    expect(eml).toContain('Date: Mon, 23 Nov 2026 00:00:00 +0100\r\n');
  });

  it('quoted-printable: `=` and non-ASCII encoded, a space at a line end encoded, soft breaks before 76', () => {
    expect(quotedPrintable('a = b ')).toBe('a =3D b=20');
    expect(quotedPrintable('ä')).toBe('=C3=A4');
    const long = quotedPrintable('x'.repeat(200));
    expect(long.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(long.replace(/=\r\n/g, '')).toBe('x'.repeat(200));
  });
});
