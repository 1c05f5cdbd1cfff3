// A new coordinator's first month, as she would do it (issue 27): `init`, her own list of 25
// institutions (an Excel file written by openpyxl, and the same list as a Windows-1252 CSV from
// German Excel; German headers as offices write them, no visibility column), the import summary's
// advice followed to the letter, a meeting added in German, the invitation. It must reach every
// partner with an address; the e-mail draft is read by Python's `email`, not by our code. After
// every writing command the hashes of all the network's files say what changed and what did not.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedFiles, fileHashes } from '../support/disk.js';
import { runBin, tempDir } from '../support/helpers.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** 25 fictional institutions of a Kreis with Musterstadt in it: [Träger / Einrichtung, Arbeitsfeld, Ansprechpartner/in, Funktion, Tel., Mail, Straße, PLZ, Ort, Bemerkung]. */
const LIST: string[][] = [
  ['Kita Sonnenschein', 'Kita', 'Anna Müller', 'Leitung', '01234 567-100', 'a.mueller@kita-sonnenschein.example', 'Sonnenweg 3', '12345', 'Musterstadt', ''],
  ['Kita Regenbogen', 'Kindertagesstätte', 'Bernd Schäfer', 'Leitung', '01234 567-101', 'b.schaefer@kita-regenbogen.example', '', '', '', ''],
  ['Familienzentrum Löwenzahn', 'Familienzentrum', 'Clara Groß', 'Leitung', '', 'c.gross@loewenzahn.example', '', '', '', ''],
  ['Grundschule am Teich', 'Grundschule', 'Dieter Öztürk', 'Schulleitung', '01234 567-200', 'schulleitung@gs-teich.example', '', '', '', ''],
  ['Gesamtschule Musterstadt', 'weiterführende Schule', 'Eva Weiß', 'Schulsozialarbeit', '', 'e.weiss@ge-musterstadt.example', '', '', '', ''],
  ['Städtisches Gymnasium', 'Gymnasium', 'Frank Brück', 'Beratungslehrer', '', 'f.brueck@gym-musterstadt.example', '', '', '', ''],
  ['Förderschule am Hang', 'Förderschule', 'Gisela Kühn', 'Schulleitung', '', 'g.kuehn@fs-hang.example', '', '', '', ''],
  [
    'Erziehungsberatungsstelle Musterstadt',
    'Erziehungsberatung',
    'Hanna Roth',
    'Leitung',
    '01234 567-300',
    'h.roth@eb-musterstadt.example',
    '',
    '',
    '',
    'InsoFa',
  ],
  [
    'Kinderschutzbund Musterstadt',
    'Freie Jugendhilfe',
    'Ingo Lang',
    'Geschäftsführung',
    '',
    'i.lang@dksb-musterstadt.example',
    '',
    '',
    '',
    'insoweit erfahrene Fachkraft',
  ],
  ['Jugendzentrum Mitte', 'Offene Kinder- und Jugendarbeit', 'Jana Klein', 'Leitung', '', 'j.klein@jz-mitte.example', '', '', '', ''],
  ['Frühförderstelle Musterstadt', 'Frühförderung / Eingliederungshilfe', 'Karl Berg', 'Heilpädagoge', '', 'k.berg@ff-musterstadt.example', '', '', '', ''],
  ['Lebenshilfe Musterstadt', 'Eingliederungshilfe', 'Lena Vogt', 'Bereichsleitung', '', 'l.vogt@lebenshilfe.example', '', '', '', ''],
  ['Kinderklinik Musterstadt', 'Klinik', 'Dr. Maria Sommer', 'Oberärztin', '', 'm.sommer@klinik.example', '', '', '', ''],
  ['Hebammenpraxis Storchennest', 'Hebamme', 'Nina Fuchs', 'Hebamme', '', 'n.fuchs@storchennest.example', '', '', '', ''],
  ['Kinderarztpraxis Dr. Wolf', 'Kinderarztpraxis', 'Dr. Otto Wolf', 'Kinderarzt', '', 'praxis@dr-wolf.example', '', '', '', ''],
  [
    'Gesundheitsamt Kreis Musterland',
    'Gesundheitsamt',
    'Paula Stein',
    'Kinder- und Jugendgesundheitsdienst',
    '',
    'p.stein@kreis-musterland.example',
    '',
    '',
    '',
    '',
  ],
  ['Polizeiwache Musterstadt', 'Polizei', 'Quirin Hahn', 'Opferschutz', '', 'q.hahn@polizei.example', '', '', '', ''],
  ['Ordnungsamt Musterstadt', 'Ordnungsamt', 'Rita Busch', 'Sachbearbeitung', '', 'r.busch@musterstadt.example', '', '', '', ''],
  ['Amtsgericht Musterstadt', 'Familiengericht', 'Stefan Koch', 'Familienrichter', '', 's.koch@ag-musterstadt.example', '', '', '', ''],
  ['Staatsanwaltschaft Musterland', 'Staatsanwaltschaft', 'Tina Engel', 'Staatsanwältin', '', 't.engel@sta.example', '', '', '', ''],
  ['Verfahrensbeistände Musterstadt', 'Verfahrensbeistand', 'Uwe Brandt', 'Verfahrensbeistand', '', 'u.brandt@vb.example', '', '', '', ''],
  ['Frauenhaus Musterstadt', 'Frauenhaus', 'Vera Ernst', 'Leitung', '', 'v.ernst@frauenhaus.example', '', '', '', ''],
  ['pro familia Musterstadt', 'Schwangerschaftsberatung', 'Wiebke Lorenz', 'Beraterin', '', 'w.lorenz@profamilia.example', '', '', '', ''],
  ['Jobcenter Musterland', 'Jobcenter', 'Xaver Jung', 'Teamleitung', '', 'x.jung@jobcenter.example', '', '', '', ''],
  ['Netzwerk Frühe Hilfen Musterstadt', 'Frühe Hilfen', 'Yvonne Graf', 'Koordination', '', 'y.graf@musterstadt.example', '', '', '', ''],
];
const HEADER = ['Träger / Einrichtung', 'Arbeitsfeld', 'Ansprechpartner/in', 'Funktion', 'Tel.', 'Mail', 'Straße', 'PLZ', 'Ort', 'Bemerkung'];
const ADDRESSES = LIST.map((row) => row[5]!.toLowerCase()).sort();

/** A command through the built program, as the user runs it; it must succeed. */
async function netzwerk(cwd: string, ...args: string[]) {
  const r = await runBin([...args, ...TODAY], { cwd });
  expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/** The command the import summary advises, as the user would copy it into a POSIX shell (without the program's name). */
function advice(stdout: string): string[] {
  const m = /\((?:npx )?netzwerk (import .+? --visibility network --update)\)/.exec(stdout);
  expect(m, stdout).not.toBeNull();
  const r = spawnSync('sh', ['-c', `printf '%s\\n' ${m![1]}`], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

/** The Bcc addresses of every draft the invitation wrote, read by Python's email package. */
function invited(folder: string): string[] {
  const drafts = readdirSync(folder).filter((f) => f.endsWith('.eml'));
  const script = `
import sys, email, email.policy, email.utils
out = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    out += [a.lower() for _, a in email.utils.getaddresses([str(msg['Bcc'] or '')])]
print('\\n'.join(sorted(out)))
`;
  const r = spawnSync(PYTHON, ['-c', script, ...drafts.map((d) => join(folder, d))], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

async function firstMonth(root: string, file: string, expectHow: string): Promise<void> {
  const dir = join(root, 'netz');
  await netzwerk(root, 'init', 'netz');
  const fresh = fileHashes(dir);
  const partnersBefore = readFileSync(join(dir, 'partners.yaml'), 'utf8');

  // 1. The list as it is: everything in, everyone internal, and the summary says so and what to do.
  const first = await netzwerk(root, 'import', file, 'netz');
  expect(first.stdout).toContain(expectHow);
  expect(first.stdout).toContain('Neu: 25 Partner mit 25 Kontaktpersonen');
  expect(first.stdout).toContain('25 Personen nur für die Koordinierungsstelle (internal): Einladungen und Kontaktlisten für die Partner erreichen sie nicht');
  // only partners.yaml changed, and only by lines added after what was there (every comment kept)
  const afterImport = fileHashes(dir);
  expect(changedFiles(fresh, afterImport)).toEqual(['partners.yaml']);
  expect(readFileSync(join(dir, 'partners.yaml'), 'utf8').startsWith(partnersBefore)).toBe(true);
  // no date of confirmation in the list: none invented
  const imported = parse(readFileSync(join(dir, 'partners.yaml'), 'utf8')) as {
    name: string;
    sector: string;
    contacts?: { email?: string; verified?: string; insofa?: boolean }[];
  }[];
  const persons = imported.flatMap((p) => p.contacts ?? []).filter((c) => ADDRESSES.includes(c.email ?? ''));
  expect(persons).toHaveLength(25);
  expect(persons.filter((c) => c.verified !== undefined)).toEqual([]);
  expect(persons.filter((c) => c.insofa).map((c) => c.email)).toEqual(['h.roth@eb-musterstadt.example', 'i.lang@dksb-musterstadt.example']);
  const sector = (name: string) => imported.find((p) => p.name === name)!.sector;
  expect([sector('Gesamtschule Musterstadt'), sector('Frühförderstelle Musterstadt'), sector('Hebammenpraxis Storchennest')]).toEqual([
    'schule',
    'eingliederungshilfe',
    'heilberufe',
  ]);

  // 2. A meeting before the advice is followed: the invitation reaches none of the 25, and says so.
  await netzwerk(
    root,
    'add',
    'meeting',
    'netz',
    '--title',
    'Erstes Netzwerktreffen',
    '--type',
    'Netzwerktreffen',
    '--start',
    '15.01.2027 14:00',
    '--end',
    '15.01.2027 16:30',
    '--location',
    'Rathaus Musterstadt',
  );
  const afterMeeting = fileHashes(dir);
  expect(changedFiles(afterImport, afterMeeting)).toEqual(['meetings.yaml']);
  const early = await netzwerk(root, 'invite', '2027-01-erstes-netzwerktreffen', 'netz', '--out-dir', 'vorher');
  expect(early.stderr).toContain('Die Einladung erreicht 0 von 25 Partnern');
  expect(changedFiles(afterMeeting, fileHashes(dir))).toEqual([]);

  // 3. The advice of the summary, as written there: the same list again, for the network, with --update.
  const again = await netzwerk(root, ...advice(first.stdout));
  expect(again.stdout).toContain('Geänderte Angaben, werden übernommen (--update): 25 Zeilen');
  expect(again.stdout).not.toContain('Neu: 25 Partner');
  const afterUpdate = fileHashes(dir);
  expect(changedFiles(afterMeeting, afterUpdate)).toEqual(['partners.yaml']);
  // a third time changes nothing at all
  const third = await netzwerk(root, ...advice(first.stdout));
  expect(third.stdout).toContain('Schon im Netzwerk und unverändert: 25 Zeilen');
  expect(changedFiles(afterUpdate, fileHashes(dir))).toEqual([]);

  // 4. The invitation now reaches every partner with an address.
  const invite = await netzwerk(root, 'invite', '2027-01-erstes-netzwerktreffen', 'netz');
  expect(invite.stderr).toContain('Die Einladung erreicht alle 25 Partner');
  expect(invited(join(root, '2027-01-erstes-netzwerktreffen'))).toEqual(ADDRESSES);
  expect(changedFiles(afterUpdate, fileHashes(dir))).toEqual([]);

  // 5. The old list said nothing about when its data were confirmed: review asks for all 25.
  const review = await netzwerk(root, 'review', 'netz');
  expect(review.stdout).toContain('Zu bestätigen: 25 Personen bei 25 Partnern');

  // 6. The first report carries none of init's samples.
  const report = await netzwerk(root, 'report', 'netz', '--format', 'json');
  const json = JSON.parse(report.stdout) as { partners: { list: { name: string }[] } };
  expect(json.partners.list).toHaveLength(25);
  expect(report.stdout).not.toMatch(/Grundschule am Park|Musterfrau|Max Mustermann/);
  expect(report.stderr).toContain('Die Beispieldaten von „netzwerk init“ sind weggelassen');
}

describe.runIf(hasPythonModule('openpyxl'))('the first month of a new coordinator', () => {
  it('from her Excel list (written by openpyxl) to an invitation that reaches all 25 partners', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const file = join(tmp.dir, 'Partnerliste 2026.xlsx');
    const script = `
import json, sys, openpyxl
rows = json.loads(sys.argv[2])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Partner'
ws.append(['Partnerliste Netzwerk Kinderschutz, Stand Oktober'])
for row in rows:
    ws.append([None if cell == '' else cell for cell in row])
wb.save(sys.argv[1])
`;
    const made = spawnSync(PYTHON, ['-c', script, file, JSON.stringify([HEADER, ...LIST])], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    await firstMonth(tmp.dir, 'Partnerliste 2026.xlsx', '(Excel, Blatt „Partner“), 25 Zeilen mit Inhalt.');
  });

  it('from the same list saved by German Excel as CSV (Windows-1252, semicolons, CRLF)', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    const text = [HEADER, ...LIST].map((row) => row.join(';')).join('\r\n') + '\r\n';
    const bytes = Buffer.from(text, 'latin1'); // ä ö ü ß and „“-free text: the same bytes as Windows-1252
    expect(bytes.includes(Buffer.from('ü', 'utf8'))).toBe(false);
    writeFileSync(join(tmp.dir, 'partnerliste.csv'), bytes);
    await firstMonth(tmp.dir, 'partnerliste.csv', '(CSV, Windows-1252, Trennzeichen ;), 25 Zeilen mit Inhalt.');
  });
});
