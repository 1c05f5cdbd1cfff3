// A file that is there but cannot be read (a OneDrive file kept only online that cannot be
// fetched now, a share that went away: EIO from the shim of support/shims/fs-shim.c) is named
// with what to do, exit 2. Before, a collection file whose stat() failed was taken as missing, and
// its partners disappeared from every output with a different, misleading error.
import { describe, expect, it } from 'vitest';
import { fingerprint, fsShim, startBin } from '../support/disk.js';
import { copyExample, STACK_TRACE } from '../support/helpers.js';

describe('a file that cannot be read now', () => {
  it.each([
    ['validate', []],
    ['report', ['--format', 'json']],
    ['add', ['partner', '--name', 'Kita Sonne', '--sector', 'kita']],
  ] as const)('%s: partners.yaml unreadable (EIO) is named, with OneDrive in mind, exit 2', async (command, rest) => {
    const { dir, remove } = copyExample('herne');
    try {
      const before = fingerprint(dir);
      const args = command === 'add' ? ['add', rest[0]!, dir, ...rest.slice(1)] : [command, dir, ...rest];
      const r = await startBin([...args, '--today', '2026-11-23'], { env: { LD_PRELOAD: fsShim(), SHIM_OPEN_FAIL: 'herne/partners.yaml:EIO' } });
      expect(r.stderr).toBe(
        'netzwerk: Die Datei „partners.yaml“ kann nicht gelesen werden (EIO). Liegt der Ordner in OneDrive oder auf einem Netzlaufwerk, ist die Datei vielleicht nur online oder die Verbindung unterbrochen: im Explorer mit der rechten Maustaste auf die Datei „Immer auf diesem Gerät beibehalten“ wählen bzw. die Verbindung prüfen, dann noch einmal versuchen.\n',
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(fingerprint(dir)).toBe(before);
    } finally {
      remove();
    }
  });
});
