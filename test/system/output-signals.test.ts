// "Nothing is lost" when the writing is interrupted: SIGINT and SIGTERM in the middle of `--out`
// remove the temporary file and end the process by that signal (the other clauses of `--out`:
// test/cli/output.test.ts).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/helpers.js';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

function scratch(): { out: string } {
  const out = tempDir('netzwerk-out-');
  cleanup.push(out.remove);
  return { out: out.dir };
}

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** src/write/output.ts as one ES module (the bin's bundle does not export writeOutput). */
const bundle = tempDir('netzwerk-output-module-');
const bundled = join(bundle.dir, 'output.mjs');
beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT, 'src', 'write', 'output.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: bundled,
    logLevel: 'warning',
  });
});
afterAll(() => bundle.remove());

describe('--out writes atomically', () => {
  // A child process writes through writeOutput (bundled from src/ for it); its file handle stops
  // after half the bytes (so the interrupt hits mid-write every time, on any machine) and the
  // test sends the signal.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-write removes the temporary file and ends by ${signal}, leaving no partial file`, async () => {
      const { out } = scratch();
      const script = `
        import { open } from 'node:fs/promises';
        import { writeOutput } from ${JSON.stringify(pathToFileURL(bundled).href)};
        const probe = await open('/dev/null');
        const FileHandle = Object.getPrototypeOf(probe);
        await probe.close();
        FileHandle.writeFile = async function (data) {
          await this.write(data.subarray(0, data.length / 2));
          process.stdout.write('half\\n');
          await new Promise(() => setInterval(() => {}, 1000));
        };
        const io = { cwd: ${JSON.stringify(out)}, env: {}, stdout: process.stdout, stderr: process.stderr };
        await writeOutput({ io, lang: 'de' }, 'bericht.html', Buffer.alloc(1 << 20, 65), ${JSON.stringify(out)});
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: out, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      await new Promise<void>((resolveHalf, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('half') && resolveHalf());
        child.on('exit', () => reject(new Error(`child ended before the write: ${stderr}`)));
      });
      const partial = leftovers(out);
      expect(partial).toHaveLength(1); // the temporary file, in the target folder, half written
      expect(partial[0]).toMatch(/^\.bericht\.html\.[0-9a-f]{12}\.tmp$/);
      const exited = new Promise<NodeJS.Signals | null>((resolveExit) => child.on('exit', (_code, by) => resolveExit(by)));
      child.kill(signal);
      expect(await exited).toBe(signal); // as a shell sees it: exit status 128 + the signal's number
      expect(readdirSync(out)).toEqual([]); // neither the temporary file nor a partial bericht.html
    }, 30_000);
  }
});
