// The writing commands: an invalid edit, a dry run or a file changed meanwhile leave every file
// byte for byte as it was; files keep their permissions, byte order mark and line ends. On every
// example, checked with git's diff and GNU patch: test/system/edit-examples.test.ts.
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeNetwork, openNetwork } from '../../src/network/change.js';
import { makeContext } from '../../src/cli/context.js';
import { KEY_ORDER } from '../../src/edit/order.js';
import { placeNew } from '../../src/edit/place.js';
import { MessageError } from '../../src/errors.js';
import { fingerprint } from '../support/edit-helpers.js';
import { EXAMPLES, examplePerTest, FIXTURES, ROOT, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];

const example = examplePerTest();
/** A scratch folder of the test, removed after it. */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('nothing is written', () => {
  it('when the result would be invalid: the messages of validate, exit 1, every file byte-identical', async () => {
    const dir = example('kreis-kleve');
    const before = fingerprint(dir);
    const r = await run([
      'add',
      'partner',
      dir,
      '--name',
      'Kita Sonnenschein',
      '--sector',
      'kita',
      '--website',
      'www.sonnenschein.example',
      '--postal-code',
      '4753',
      ...TODAY,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('website: „www.sonnenschein.example“ ist keine vollständige Internetadresse');
    expect(r.stderr).toContain('address.postal_code');
    expect(r.stderr).toContain('es wurde nichts geändert');
    expect(r.stdout).toBe('');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('with --dry-run: the diff is shown, every file byte-identical', async () => {
    const dir = example('kreis-wesel');
    const before = fingerprint(dir);
    const r = await run(['add', 'partner', dir, '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', '--dry-run', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+++ b/partners/familienzentrum-loewenzahn.yaml');
    expect(r.stdout).toContain('Nur angezeigt (--dry-run): Es wurde nichts geändert.');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('when the data already have errors (fix first), and without a terminal for missing values (exit 2)', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    cpSync(join(FIXTURES, 'bad/unknown-sector'), tmp.dir, { recursive: true });
    const before = fingerprint(tmp.dir);
    const bad = await run(['add', 'partner', tmp.dir, '--name', 'X', '--sector', 'kita', ...TODAY]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bitte zuerst diese beheben');
    const missing = await run(['add', 'meeting', join(EXAMPLES, 'herne'), '--title', 'Treffen', ...TODAY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'netzwerk: Für „add meeting“ fehlt noch: --type, --start. Ohne Terminal fragt netzwerk nicht nach; bitte als Optionen angeben (Hilfe: netzwerk add meeting --help).\n',
    );
    expect(fingerprint(tmp.dir)).toEqual(before);
  });

  it('when a query fits several persons (verified lists them, exit 2)', async () => {
    const dir = example('kreis-kleve');
    const before = fingerprint(dir);
    const r = await run(['verified', 'Leitung', dir, ...TODAY]);
    expect(r.code).toBe(2);
    const r2 = await run(['verified', 'S', dir, ...TODAY]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/passt auf \d+ Personen; es wurde nichts geändert/);
    expect(r2.stderr).toContain('Simone Janßen, Netzwerk Frühe Hilfen im Kreis Kleve <s.janssen@kreis-kleve.example> (partners.yaml, Zeile');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('over a file someone changed between reading and writing: exit 2, their change kept, no temporary file left', async () => {
    const dir = example('kreis-kleve');
    const ctx = makeContext({ cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: () => true } }, 'de', '2026-11-23');
    const session = openNetwork(ctx, dir);
    const change = placeNew(session.folder, 'partners', 'kita-neu', { id: 'kita-neu', name: 'Kita Neu', sector: 'kita' });
    const theirs = `${readFileSync(join(dir, 'partners.yaml'), 'utf8')}# von Hand ergänzt, während netzwerk lief\n`;
    const error = await changeNetwork(ctx, session, [change], {
      dryRun: false,
      hooks: { beforeCommit: () => writeFileSync(join(dir, 'partners.yaml'), theirs) },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('edit.changed-meanwhile');
    expect((error as MessageError).exitCode).toBe(2);
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toBe(theirs);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('files as they are', () => {
  it('keep their permissions, a byte order mark and CRLF line ends', async () => {
    const tmp = tempDir();
    cleanup = tmp.remove;
    cpSync(join(FIXTURES, 'valid/bom-crlf'), tmp.dir, { recursive: true });
    const file = join(tmp.dir, 'partners.yaml');
    chmodSync(file, 0o640);
    const old = readFileSync(file);
    expect(old.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const r = await run(['add', 'partner', tmp.dir, '--name', 'Kita Neu', '--sector', 'kita', ...TODAY]);
    expect(r.code).toBe(0);
    const now = readFileSync(file);
    expect(now.subarray(0, old.length)).toEqual(old);
    expect(now.subarray(old.length).toString('utf8')).toMatch(
      /^(\r\n)?- id: kita-neu\r\n {2}name: Kita Neu\r\n {2}sector: kita\r\n {2}joined: 2026-11-23\r\n$/,
    );
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('new files in a folder get the schema line of their neighbours, an id-named file, never over an existing one', async () => {
    const dir = example('kreis-wesel');
    mkdirSync(join(dir, 'activities'));
    const first = await run(['add', 'activity', dir, '--title', 'Flyer', '--type', 'oeffentlichkeitsarbeit', '--date', '2026-05-02', ...TODAY]);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'activities', '2026-05-flyer.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../../schemas/activities.schema.json\nid: 2026-05-flyer\ntitle: Flyer\ntype: oeffentlichkeitsarbeit\ndate: 2026-05-02\n',
    );
    const second = await run(['add', 'activity', dir, '--title', 'Flyer', '--type', 'oeffentlichkeitsarbeit', '--date', '2026-05-09', ...TODAY]);
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'activities', '2026-05-flyer-2.yaml'), 'utf8')).toContain('id: 2026-05-flyer-2\n');
  });

  it('a change that raises a new warning says so on stderr (only the new one) and is still written', async () => {
    const dir = example('herne');
    const r = await run(['add', 'contact', dir, '--partner', 'jugendamt-herne', '--name', 'Ohne Kontakt', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^Hinweise zur Änderung:\npartners\.yaml:\d+:\d+ {2}Warnung {2}contacts\[\d+\]\.name: Für „Ohne Kontakt“ ist weder E-Mail noch Telefon eingetragen\.\n$/,
    );
    expect(readFileSync(join(dir, 'partners.yaml'), 'utf8')).toContain('- name: Ohne Kontakt\n');
  });

  it('the order of keys in new entries is the order of the schemas', () => {
    const props = (file: string, def: string) => Object.keys(JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')).definitions[def].properties);
    expect(KEY_ORDER.partner).toEqual(props('partners.schema.json', 'partner'));
    expect(KEY_ORDER.contact).toEqual(props('partners.schema.json', 'contact'));
    expect(KEY_ORDER.address).toEqual(props('partners.schema.json', 'address'));
    expect(KEY_ORDER.offer).toEqual(props('partners.schema.json', 'offer'));
    expect(KEY_ORDER.meeting).toEqual(props('meetings.schema.json', 'meeting'));
    expect(KEY_ORDER.activity).toEqual(props('activities.schema.json', 'activity'));
    expect(KEY_ORDER.coordinator).toEqual(props('network.schema.json', 'coordinator'));
  });
});
