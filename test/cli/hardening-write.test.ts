// Issue 21, the writing side: `--out` never replaces a file of the network (through links, other
// spellings or hard links), keeps the mode of a file it replaces, and the sink of standard output
// survives short writes and reports errors. A pipe as --out, a full disk and a closed pipe on the
// built program: test/system/pipes-and-full-disk.test.ts.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stdoutSink } from '../../src/write/stdout.js';
import { copyExample, run } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

/** A copy of kreis-wesel (collections as folders) in a scratch folder, and the scratch folder. */
function scratch(): { net: string; root: string } {
  const { dir, remove } = copyExample('kreis-wesel');
  cleanup.push(remove);
  return { net: dir, root: join(dir, '..') };
}

/** A hash of every file of the network: the proof that nothing of it changed. */
function fingerprint(net: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      hash.update(path);
      if (entry.isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(net);
  return hash.digest('hex');
}

describe('--out never replaces a file of the network (issue 21, 1)', () => {
  it('refuses the network folder reached through a symbolic link (exit 2, nothing changed)', async () => {
    const { net, root } = scratch();
    symlinkSync(net, join(root, 'netlink'));
    const before = fingerprint(net);
    // A name with a YAML ending is refused for its ending already; the guard is what stops the others.
    const yaml = await run(['report', net, '--out', 'netlink/network.yaml', ...TODAY], { cwd: root });
    expect(yaml.code).toBe(2);
    for (const out of ['netlink/partners/bericht.txt', 'netlink/meetings/bericht.md', 'netlink/agreements/neu.html']) {
      const result = await run(['report', net, '--out', out, ...TODAY], { cwd: root });
      expect(result.code, `${out}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain('ist eine Datei des Netzwerks selbst und wird nicht überschrieben');
    }
    expect(fingerprint(net)).toBe(before);
  });

  it('refuses a link whose target is a file of the network, and a folder linked into a collection', async () => {
    const { net, root } = scratch();
    symlinkSync(join(net, 'network.yaml'), join(root, 'bericht.txt'));
    symlinkSync(join(net, 'partners'), join(root, 'partnerordner'));
    const before = fingerprint(net);
    for (const out of ['bericht.txt', 'partnerordner/liste.csv']) {
      const result = await run(['contacts', net, '--out', out, ...TODAY], { cwd: root });
      expect(result.code, `${out}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toContain('ist eine Datei des Netzwerks selbst');
    }
    expect(fingerprint(net)).toBe(before);
  });

  it('compares files, not spellings: another name for network.yaml (as a case-folding disk has) is refused', async () => {
    const { net } = scratch();
    // On Windows and macOS `Network.yaml` is network.yaml; a hard link is the same situation on Linux.
    linkSync(join(net, 'network.yaml'), join(net, 'Network.yaml'));
    const before = readFileSync(join(net, 'network.yaml'));
    const result = await run(['calendar', net, '--out', join(net, 'Network.yaml'), ...TODAY]);
    expect(result.code, result.stderr).toBe(2);
    expect(readFileSync(join(net, 'network.yaml'))).toEqual(before);
  });

  it('a new collection file in another spelling is refused (the same file on a disk that folds case)', async () => {
    const { net } = scratch();
    // The probe asks whether NETWORK.YAML is network.yaml: make it so, as on a case-folding disk.
    linkSync(join(net, 'network.yaml'), join(net, 'NETWORK.YAML'));
    const result = await run(['contacts', net, '--out', join(net, 'Partners.yaml'), ...TODAY]);
    expect(result.code, result.stderr).toBe(2);
    expect(existsSync(join(net, 'Partners.yaml'))).toBe(false);
  });

  it('on a disk that does not fold case, other files beside network.yaml are still allowed', async () => {
    const { net } = scratch();
    const result = await run(['report', net, '--out', join(net, 'Bericht.txt'), ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(net, 'Bericht.txt'), 'utf8')).toContain('Netzwerk');
  });
});

describe('--out keeps the mode of the file it replaces (issue 21, 2)', () => {
  it('a private file (600) stays private; a new file gets the usual mode of the umask', async () => {
    const { net, root } = scratch();
    const target = join(root, 'intern.csv');
    writeFileSync(target, 'alt');
    chmodSync(target, 0o600);
    const replaced = await run(['contacts', net, '--audience', 'internal', '--out', target, ...TODAY]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).not.toBe('alt');
    expect(statSync(target).mode & 0o777).toBe(0o600);

    const fresh = join(root, 'neu.csv');
    expect((await run(['contacts', net, '--out', fresh, ...TODAY])).code).toBe(0);
    const umask = process.umask();
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~umask);
  });
});

describe('standard output that fails (issue 21, 3)', () => {
  it('the sink writes everything across short writes and a busy pipe, and reports other errors as a FileError', () => {
    const chunks: string[] = [];
    let calls = 0;
    const sink = stdoutSink(1, {
      writeSync: (_fd, buffer, offset, length) => {
        calls++;
        if (calls === 2) throw Object.assign(new Error('busy'), { code: 'EAGAIN' });
        const n = Math.min(length, 3); // at most three bytes per call: a short write
        chunks.push(Buffer.from(buffer.subarray(offset, offset + n)).toString('latin1'));
        return n;
      },
    });
    sink.write('Grüße, Netzwerk\n');
    expect(Buffer.from(chunks.join(''), 'latin1').toString('utf8')).toBe('Grüße, Netzwerk\n');

    const full = stdoutSink(1, {
      writeSync: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
    });
    expect(() => full.write('x')).toThrow(expect.objectContaining({ code: 'file.stdout-failed', params: { reason: 'ENOSPC' } }));

    let after = 0;
    const closed = stdoutSink(1, {
      writeSync: () => {
        after++;
        throw Object.assign(new Error('pipe'), { code: 'EPIPE' });
      },
    });
    closed.write('a');
    closed.write('b'); // the reader is gone: nothing more is tried, nothing thrown
    expect(after).toBe(1);
  });
});
