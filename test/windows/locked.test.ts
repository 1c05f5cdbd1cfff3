// Files held by other programs on Windows (under Wine, by test/support/windows/hold-open.c): a
// network file open in Excel or held for itself alone, a file with the read-only attribute, and
// an --out target open in Excel. Each gives a German message that names the file and what to do,
// exit 2, and leaves every file as it was (hashes); a lock that passes (a virus scanner, OneDrive)
// is waited for, and the change is made.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fingerprint } from '../support/disk.js';
import { copyNetwork, EXAMPLES, STACK_TRACE } from '../support/helpers.js';
import { holdOpen, markReadOnly, runWindows, twinFolders } from '../support/windows/wine.js';

const wine = inject('wine');
const TODAY = ['--today', '2026-11-23'];
const ADD = ['--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', ...TODAY];

describe.skipIf(!wine)('files held by other programs on Windows', () => {
  let twin: ReturnType<typeof twinFolders>;
  let count = 0;
  beforeAll(() => {
    twin = twinFolders(wine!, 'Netzwerk Kinderschutz Hünxe');
  });
  afterAll(() => twin.remove());

  /** A fresh copy of the Herne example (partners in one file) in a folder of its own, with a scratch folder beside it. */
  function network(): { linux: string; windows: string; scratch: { linux: string; windows: string } } {
    const name = `Fall ${++count}`;
    const linux = join(twin.windows.root, name, 'Stadt Herne');
    copyNetwork(join(EXAMPLES, 'herne'), linux);
    mkdirSync(join(twin.windows.root, name, 'signal'));
    return {
      linux,
      windows: twin.windows.path(`${name}/Stadt Herne`),
      scratch: { linux: join(twin.windows.root, name, 'signal'), windows: twin.windows.path(`${name}/signal`) },
    };
  }

  it('partners.yaml open in Excel: add says which file to close, exit 2, nothing changed', async () => {
    const net = network();
    const before = fingerprint(net.linux);
    const held = await holdOpen(wine!, 'excel', `${net.windows}\\partners.yaml`, net.scratch);
    const r = await runWindows(wine!, ['add', 'partner', net.windows, ...ADD], { cwd: twin.windows.root });
    expect((await held.release()).code).toBe(0);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '„partners.yaml“ konnte nicht geschrieben werden: die Datei ist in einem anderen Programm geöffnet (z. B. Excel oder ein Editor) – bitte dort schließen (EPERM). Es wurde nichts geändert',
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fingerprint(net.linux)).toBe(before);
  });

  it('partners.yaml held for itself alone: validate and add say it is open elsewhere, exit 2', async () => {
    const net = network();
    const before = fingerprint(net.linux);
    const held = await holdOpen(wine!, 'exclusive', `${net.windows}\\partners.yaml`, net.scratch);
    const check = await runWindows(wine!, ['validate', net.windows, ...TODAY], { cwd: twin.windows.root });
    const add = await runWindows(wine!, ['add', 'partner', net.windows, ...ADD, '--lang', 'en'], { cwd: twin.windows.root });
    await held.release();
    expect(check.code).toBe(2);
    expect(check.stderr).toBe(
      'netzwerk: Die Datei „partners.yaml“ kann nicht gelesen werden (EBUSY). Sie ist in einem anderen Programm geöffnet, das sie für sich sperrt – bitte dort schließen und noch einmal versuchen.\n',
    );
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('It is open in another program that locks it – please close it there');
    expect(fingerprint(net.linux)).toBe(before);
  });

  it('partners.yaml with the read-only attribute: refused with the way to remove it, exit 2, nothing changed', async () => {
    const net = network();
    await markReadOnly(wine!, `${net.windows}\\partners.yaml`, twin.windows.root);
    const before = fingerprint(net.linux);
    const r = await runWindows(wine!, ['add', 'partner', net.windows, ...ADD], { cwd: twin.windows.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '„partners.yaml“ konnte nicht geschrieben werden: die Datei ist schreibgeschützt – im Explorer mit der rechten Maustaste auf die Datei → Eigenschaften → den Haken bei „Schreibgeschützt“ entfernen',
    );
    expect(fingerprint(net.linux)).toBe(before);
  });

  it('an --out file open in Excel: the message names it and says to close it, exit 2, the old file unchanged', async () => {
    const net = network();
    const folder = join(net.linux, '..', 'Ausgaben');
    mkdirSync(folder);
    const out = `${net.windows}\\..\\Ausgaben\\Kontakte.xlsx`;
    expect((await runWindows(wine!, ['contacts', net.windows, '--out', out, ...TODAY], { cwd: twin.windows.root })).code).toBe(0);
    const before = fingerprint(folder);
    const held = await holdOpen(wine!, 'excel', out, net.scratch);
    const r = await runWindows(wine!, ['contacts', net.windows, '--out', out, '--audience', 'network', ...TODAY], { cwd: twin.windows.root });
    await held.release();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `netzwerk: --out: „${out}“ kann nicht geschrieben werden (EPERM). Ist die Datei noch in einem anderen Programm geöffnet, z. B. in Excel? Dann dort schließen und noch einmal versuchen; sonst bitte die Zugriffsrechte prüfen.\n`,
    );
    expect(fingerprint(folder)).toBe(before);
  });

  it('a lock that passes (a virus scanner, OneDrive) is waited for: the partner is added', async () => {
    const net = network();
    const held = await holdOpen(wine!, 'excel', `${net.windows}\\partners.yaml`, net.scratch, `${net.windows}\\.partners.yaml.*.tmp`);
    const r = await runWindows(wine!, ['add', 'partner', net.windows, ...ADD], { cwd: twin.windows.root });
    expect((await held.release()).code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(net.linux, 'partners.yaml'), 'utf8')).toContain('name: Familienzentrum Löwenzahn');
  });
});
