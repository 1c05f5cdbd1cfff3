// netzwerk datasheet and import --datasheet (issue 32, item 2), checked by programs that did not
// write the files: openpyxl reads the Excel sheet and fills it in the way an institution returns
// it, Python's mail parser reads the draft and its attachment, poppler reads the PDF. The
// returned sheet changes exactly the fields written in it, of that institution only, and records
// the day of confirmation (test/fixtures/report/pool, stichtag 2026-11-23).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedFiles, fileHashes, fingerprint } from '../support/disk.js';
import { FIXTURES, run, tempDir } from '../support/helpers.js';
import { expectTaggedA4, hasPythonModule, PYTHON, readPdf } from '../support/tools.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
const TODAY = ['--today', '2026-11-23'];

function network(name: string): string {
  const dir = join(tmp.dir, name);
  cpSync(join(FIXTURES, 'report', 'pool'), dir, { recursive: true });
  return dir;
}

const python = (script: string, ...args: string[]) => {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
};

const READ_SHEET = String.raw`
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps({'title': ws.title, 'rows': [[c.value for c in r] for r in ws.iter_rows()], 'types': {r[5].value: r[2].data_type for r in ws.iter_rows(min_row=2) if r[2].value is not None}}, ensure_ascii=False))
`;

const FILL = String.raw`
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
answers = json.loads(sys.argv[3])
for r in ws.iter_rows(min_row=2):
    if r[5].value in answers: r[4].value = answers[r[5].value]
    else: r[3].value = 'x'
wb.save(sys.argv[2])
`;

const READ_MAIL = String.raw`
import sys, json, email, email.policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
parts = list(msg.iter_parts())
print(json.dumps({'to': [[a.display_name, a.addr_spec] for a in msg['To'].addresses], 'subject': str(msg['Subject']), 'unsent': msg['X-Unsent'],
  'defects': [repr(d) for d in msg.defects] + [repr(d) for p in parts for d in p.defects],
  'text': parts[0].get_content(), 'filename': parts[1].get_filename(), 'type': parts[1].get_content_type(), 'attachment': parts[1].get_payload(decode=True).hex()}, ensure_ascii=False))
`;

describe.runIf(hasPythonModule('openpyxl') && hasPythonModule('email.policy'))('netzwerk datasheet, read back', () => {
  it('--due --eml: an Excel sheet per institution to confirm, the draft to its general address with the sheet attached', async () => {
    const dir = network('due');
    const out = join(tmp.dir, 'blaetter');
    const r = await run(['datasheet', '--due', dir, '--eml', '--out', out, ...TODAY]);
    expect(r.code).toBe(0);
    // Kita Sonnenschein confirmed on 2026-10-01: not due; the rest never or more than 12 months ago
    expect(r.stdout).toContain('5 Datenblätter');
    expect(r.stdout).not.toContain('kita-sonnenschein');
    const sheet = JSON.parse(python(READ_SHEET, join(out, 'datenblatt-grundschule-nord.xlsx'))) as {
      title: string;
      rows: (string | null)[][];
      types: Record<string, string>;
    };
    expect(sheet.title).toBe('Grundschule Nordheim');
    expect(sheet.rows[0]).toEqual(['Bereich', 'Angabe', 'Im Netzwerk gespeichert', 'stimmt', 'bitte ändern in', 'Feld']);
    const byKey = new Map(sheet.rows.slice(1).map((row) => [row[5], row]));
    expect(byKey.get('partner.id')?.[2]).toBe('grundschule-nord');
    expect(byKey.get('partner.phone')).toEqual(['Einrichtung', 'Telefon (Zentrale)', '0000 100-0', null, null, 'partner.phone']);
    expect(byKey.get('partner.address.postal_code')?.[2]).toBe('00001');
    expect(sheet.types['partner.address.postal_code']).toBe('s'); // text: the leading zeros stay
    expect(byKey.get('partner.schutzkonzept.review')?.[2]).toBe('01.08.2026');
    expect(byKey.get('contact.0.function')).toEqual(['Ansprechperson: Greta Gut', 'Funktion', 'Schulleitung', null, null, 'contact.0.function']);
    // an internal contact stays internal: not on the sheet that goes out
    expect(JSON.stringify(sheet.rows)).not.toContain('Ivo Intern');

    const mail = JSON.parse(python(READ_MAIL, join(out, 'datenblatt-grundschule-nord.eml'))) as Record<string, unknown>;
    expect(mail.defects).toEqual([]);
    expect(mail.unsent).toBe('1');
    expect(mail.to).toEqual([['Grundschule Nordheim', 'sekretariat@gs-nordheim.example']]);
    expect(mail.subject).toBe('Bitte prüfen: Ihre Angaben im Netzwerk Kinderschutz Poolstadt');
    expect(mail.filename).toBe('datenblatt-grundschule-nord.xlsx');
    expect(mail.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mail.attachment).toBe(readFileSync(join(out, 'datenblatt-grundschule-nord.xlsx')).toString('hex'));
    // no general address, no draft: said on stderr
    expect(r.stderr).toContain('Ohne allgemeine E-Mail-Adresse');
    expect(r.stderr).toContain('Realschule Südheim');
  });

  it('--format pdf: the printed sheet, tagged A4, with every row', async () => {
    const dir = network('pdf');
    const out = join(tmp.dir, 'pdf-out');
    const r = await run(['datasheet', 'Grundschule Nordheim', dir, '--format', 'pdf', '--out', out, ...TODAY], { env: { PATH: process.env.PATH ?? '' } });
    expect(r.code).toBe(0);
    const pdf = readPdf(join(out, 'datenblatt-grundschule-nord.pdf'));
    expectTaggedA4(pdf.info);
    for (const text of [
      'Datenblatt: Ihre Angaben im Netzwerk',
      'Schulweg 1',
      '0000 100-0',
      'Schulleitung',
      'Ansprechperson: Greta Gut',
      'bitte ändern in',
      'Stand 23.11.2026',
    ])
      expect(pdf.text).toContain(text);
    expect(pdf.text).not.toContain('Ivo Intern');
  });

  it('import --datasheet: the returned sheet changes what it says, of that institution only, and records the confirmation', async () => {
    const dir = network('back');
    const out = join(tmp.dir, 'back-out');
    await run(['datasheet', 'grundschule-nord', dir, '--out', out, ...TODAY]);
    const returned = join(tmp.dir, 'zurueck.xlsx');
    const answers = { 'partner.phone': '0000 100-99', 'partner.schutzkonzept.review': '01.08.2027', 'contact.0.function': 'Schulleiterin' };
    python(FILL, join(out, 'datenblatt-grundschule-nord.xlsx'), returned, JSON.stringify(answers));
    const before = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const hashes = fileHashes(dir);

    const print = fingerprint(dir);
    const dry = await run(['import', returned, dir, '--datasheet', '--dry-run', '--today', '2026-11-30']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+  phone: "0000 100-99"');
    expect(fingerprint(dir)).toBe(print);

    const r = await run(['import', returned, dir, '--datasheet', '--today', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Datenblatt von Grundschule Nordheim: 3 Angaben geändert; bestätigt am 30.11.2026.');
    expect(changedFiles(hashes, fileHashes(dir))).toEqual(['partners.yaml']);
    const expected = before
      .replace('  phone: "0000 100-0"\n  verified: 2025-06-01\n', '  phone: "0000 100-99"\n  verified: 2026-11-30\n')
      .replace(
        '      function: Schulleitung\n      email: g.gut@gs-nordheim.example\n      visibility: network\n      verified: 2025-06-01\n',
        '      function: Schulleiterin\n      email: g.gut@gs-nordheim.example\n      visibility: network\n      verified: 2026-11-30\n',
      )
      .replace('review: 2026-08-01, basis', 'review: 2027-08-01, basis');
    expect(expected).not.toBe(before);
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toBe(expected);
    // the review no longer asks this school
    const review = await run(['review', dir, '--today', '2026-11-30']);
    expect(review.stdout).not.toMatch(/Grundschule Nordheim –/);
  });

  it('import --datasheet refuses what it cannot apply and writes nothing', async () => {
    const dir = network('refuse');
    const out = join(tmp.dir, 'refuse-out');
    await run(['datasheet', 'grundschule-nord', dir, '--out', out, ...TODAY]);
    const print = fingerprint(dir);
    const wrong = join(tmp.dir, 'falsch.xlsx');
    python(FILL, join(out, 'datenblatt-grundschule-nord.xlsx'), wrong, JSON.stringify({ 'partner.schutzkonzept.status': 'vielleicht' }));
    const r = await run(['import', wrong, dir, '--datasheet', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('„vielleicht“ passt nicht, erwartet wird vorhanden, in Arbeit oder fehlt. Es wurde nichts geändert.');
    const notASheet = await run(['import', join(FIXTURES, '..', '..', 'examples', 'kreis-kleve', 'partners.yaml'), dir, '--datasheet', ...TODAY]);
    expect(notASheet.code).toBe(2);
    expect(fingerprint(dir)).toBe(print);
  });
});
