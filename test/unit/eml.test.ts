// The e-mail draft writer (src/formats/eml.ts) on hard cases, read back by Python's mail parser:
// long and non-ASCII display names and subjects (encoded-words, folding), names with special
// characters, text with long lines, trailing spaces and `=`, an attachment of bytes. Every
// value must come back exactly, every line within 78 characters, without a defect.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailDate, quotedPrintable, renderEml, type MailDraft } from '../../src/formats/eml.js';
import { tempDir } from '../support/helpers.js';

const PYTHON = '/usr/bin/python3';
const hasPython = existsSync(PYTHON);

const READ = String.raw`
import sys, json, email, email.policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
def boxes(name):
    h = msg[name]
    return [] if h is None else [[a.display_name, a.addr_spec] for a in h.addresses]
parts = list(msg.iter_parts())
print(json.dumps({
  'from': boxes('From'), 'to': boxes('To'), 'bcc': boxes('Bcc'), 'subject': str(msg['Subject']),
  'unsent': msg['X-Unsent'], 'defects': [repr(d) for d in msg.defects] + [repr(d) for k in msg.keys() for d in msg[k].defects] + [repr(d) for p in parts for d in p.defects],
  'text': parts[0].get_content(), 'attachment': list(parts[1].get_payload(decode=True)), 'filename': parts[1].get_filename(),
}))
`;

const DRAFT: MailDraft = {
  from: { name: 'Kerstin Lohmann-Şahin', email: 'k.lohmann-sahin@herne.example' },
  to: [{ name: 'Koordinierungsstelle Netzwerk Kinderschutz „Süd“ (Jugendamt), Fachbereich Kinder-Jugend-Familie', email: 'koordination@herne.example' }],
  bcc: [
    { name: 'Müller-Lüdenscheidt, Dr. Ömer', email: 'oemer@beratung.example' },
    { name: 'Doppel "Öffentlich"', email: 'doppel@beratung.example' },
    { name: 'Plain Name', email: 'plain@x.example' },
    { name: '', email: 'ohne-name@x.example' },
    { name: 'A.B. (Leitung); Kita <Sonne>', email: 'ab@kita.example' },
  ],
  subject: 'Einladung: 6. Netzwerktreffen Kinderschutz Herne – Verabschiedung des Leitbilds und der Geschäftsordnung am 09.12.2026 (mit Änderungen)',
  date: mailDate('2026-11-23', 60),
  messageId: 'einladung.20261123.r0.0123456789abcdef@herne.netzwerk',
  text: `Zeile mit = Gleichheitszeichen und Leerzeichen am Ende   \nEine sehr lange Zeile ${'äöüß – '.repeat(40)}Ende\n\nLetzte Zeile\n`,
  attachments: [{ filename: 'termin.ics', contentType: 'text/calendar; charset=UTF-8; method=PUBLISH', content: new Uint8Array([0, 1, 2, 255, 13, 10, 65]) }],
};

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

  it.runIf(hasPython)("Python's mail parser reads every value back exactly, without a defect", () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'draft.eml');
      writeFileSync(file, renderEml(DRAFT));
      const r = spawnSync(PYTHON, ['-c', READ, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const read = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(read.defects).toEqual([]);
      expect(read.unsent).toBe('1');
      expect(read.from).toEqual([[DRAFT.from!.name, DRAFT.from!.email]]);
      expect(read.to).toEqual(DRAFT.to.map((b) => [b.name, b.email]));
      expect(read.bcc).toEqual(DRAFT.bcc.map((b) => [b.name, b.email]));
      expect(read.subject).toBe(DRAFT.subject);
      expect((read.text as string).replace(/\r\n/g, '\n')).toBe(DRAFT.text);
      expect(read.attachment).toEqual([0, 1, 2, 255, 13, 10, 65]);
      expect(read.filename).toBe('termin.ics');
    } finally {
      tmp.remove();
    }
  });
});
