// Issue 21, the writing side outside the test process: a named pipe given as --out stays what it
// is, and the built program's standard output that fails (a full disk, a pipe closed by its
// reader) ends with the right exit code and no stack trace. The rest: test/cli/hardening-write.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, copyExample, EXAMPLES, run, STACK_TRACE, tempDir } from '../support/helpers.js';

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

describe('--out never replaces what is not an ordinary file', () => {
  it('a pipe (as /dev/null is a device) stays what it is: exit 2, nothing renamed over it', async () => {
    const { net, root } = scratch();
    const fifo = join(root, 'rohr');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await run(['report', net, '--out', fifo, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ist keine gewöhnliche Datei');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('standard output that fails (issue 21, 3)', () => {
  const net = join(EXAMPLES, 'kreis-kleve');

  it.runIf(existsSync('/dev/full'))('a full disk (> /dev/full) is exit 2 with a message and no stack trace', () => {
    for (const args of [
      ['report', net, '--format', 'html'],
      ['contacts', net],
      ['validate', net],
    ]) {
      const command = [process.execPath, BIN, ...args, ...TODAY].map((a) => `'${a}'`).join(' ');
      const result = spawnSync('sh', ['-c', `${command} > /dev/full`], { encoding: 'utf8', timeout: 30_000 });
      expect(result.status, `${args[0]}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(/^netzwerk: Die Ausgabe kann nicht geschrieben werden \(ENOSPC\)\. Bitte freien Speicher und das Ziel der Ausgabe/);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('a pipe closed by the reader (| head -c1) ends quietly with exit 0', async () => {
    for (const args of [
      ['contacts', net, '--audience', 'internal'],
      ['report', net, '--format', 'html'],
    ]) {
      const child = spawn(process.execPath, [BIN, ...args, ...TODAY], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // the reader is gone before the first byte is written
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code, stderr).toBe(0);
      expect(stderr).toBe('');
    }
    // and through a shell, as a user types it: `netzwerk report … | head -c1`
    const dir = tempDir('netzwerk-pipe-');
    cleanup.push(dir.remove);
    const command = [process.execPath, BIN, 'report', join(EXAMPLES, 'kreis-wesel'), '--format', 'html', ...TODAY].map((a) => `'${a}'`).join(' ');
    const shell = spawnSync('sh', ['-c', `{ ${command} 2>"$1/err"; echo $? >"$1/code"; } | head -c1`, 'sh', dir.dir], { encoding: 'utf8', timeout: 30_000 });
    expect(shell.stdout).toBe('<');
    expect(readFileSync(join(dir.dir, 'code'), 'utf8')).toBe('0\n');
    expect(readFileSync(join(dir.dir, 'err'), 'utf8')).toBe('');
  });
});
