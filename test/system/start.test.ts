// The bin's fast start (bin/load-bundle.cjs): the build's code cache is accepted by this Node,
// and a cache that does not fit (a changed bundle, a broken file) or none at all changes nothing
// but the speed. Each case runs the real bin from a copy of the built program.
import { cpSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runBin, runNode, STACK_TRACE, tempDir } from '../support/helpers.js';

const scratch = tempDir('netzwerk-start-');
afterAll(() => scratch.remove());

let copies = 0;
/**
 * A copy of what the bin needs: bin/, the bundle and its cache, schemas/, package.json; with the
 * files' times kept, or with new ones like a package that npm installs (the time of unpacking).
 */
function installedCopy({ preserveTimestamps = true } = {}): string {
  const home = join(scratch.dir, `copy-${copies++}`);
  for (const part of ['bin', 'dist/netzwerk.cjs', 'dist/netzwerk.cjs.cache', 'dist/netzwerk.cjs.validate.cache', 'schemas', 'package.json']) {
    cpSync(join(ROOT, part), join(home, part), { recursive: true, preserveTimestamps });
  }
  return home;
}

/** The copy's bin; no node_modules beside or above the copy: the bundle holds every module it needs. */
const validate = (home: string) => runBin(['validate', join(EXAMPLES, 'kreis-kleve'), '--today', '2026-11-23'], { bin: join(home, 'bin', 'netzwerk.cjs') });

/** What the loader did with the cache (of every command, or of `validate`), asked in a plain `node` like the bin's. */
async function cacheStatus(home: string, command?: 'validate'): Promise<string> {
  const loader = JSON.stringify(join(home, 'bin', 'load-bundle.cjs'));
  const options = JSON.stringify({ command });
  return (await runNode(['-e', `process.stdout.write(require(${loader}).loadBundle(${options}).codeCache)`])).stdout;
}

const CACHES = ['dist/netzwerk.cjs.cache', 'dist/netzwerk.cjs.validate.cache'] as const;

describe('start-up with the code cache', () => {
  it('the caches written by the build are accepted by this Node.js, also in an exact copy', async () => {
    expect(await cacheStatus(ROOT)).toBe('used');
    expect(await cacheStatus(ROOT, 'validate')).toBe('used');
    const copy = installedCopy();
    expect(await cacheStatus(copy)).toBe('used');
    expect(await cacheStatus(copy, 'validate')).toBe('used');
  });

  it("validate's own cache holds only what validate needs: less to read at its every start", async () => {
    const [all, validateOnly] = CACHES.map((file) => statSync(join(ROOT, file)).size);
    expect(validateOnly).toBeLessThan(all! * 0.85);
  });

  it('in a copy with new file times (an npm installation) the cache is used after comparing the bytes, and then at once', async () => {
    const home = installedCopy({ preserveTimestamps: false });
    const bundle = join(home, 'dist', 'netzwerk.cjs');
    const stampOf = (cache: string) => readFileSync(join(home, cache)).subarray(0, 128).toString('latin1').trim();
    const stamp = (file: string) => `${statSync(file).size}:${Math.trunc(statSync(file).mtimeMs / 1000)}:`;
    // a time the build's stamp cannot have: the copy's bundle is a minute older than the original
    const minuteAgo = new Date(statSync(join(ROOT, 'dist', 'netzwerk.cjs')).mtimeMs - 60_000);
    utimesSync(bundle, minuteAgo, minuteAgo);
    for (const [cache, command] of [
      [CACHES[0], undefined],
      [CACHES[1], 'validate'],
    ] as const) {
      expect(stampOf(cache).startsWith(stamp(bundle))).toBe(false);
      expect(await cacheStatus(home, command)).toBe('checked');
      expect(stampOf(cache).startsWith(stamp(bundle))).toBe(true); // renewed for the copy's time
      expect(await cacheStatus(home, command)).toBe('used');
    }
  });

  let expected: Awaited<ReturnType<typeof validate>>;
  beforeAll(async () => {
    expected = await validate(ROOT);
  });

  it('runs without node_modules, and V8 knows every setting the bin gives it (no complaint on stderr)', async () => {
    const result = await validate(installedCopy());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Keine Fehler');
    expect(result.stderr).toBe('');
  });

  it('a cache that belongs to another bundle is not used, and the result is the same', async () => {
    expect(expected.code).toBe(0);
    const home = installedCopy();
    const bundle = join(home, 'dist', 'netzwerk.cjs');
    // the same length, one character different: V8 alone would take the old cache for it
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('Keine Fehler', 'Keine Fehlxr'));
    expect(await cacheStatus(home)).toBe('none');
    const result = await validate(home);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected.stdout.replace('Keine Fehler', 'Keine Fehlxr'));
  });

  it('a damaged or missing cache changes nothing but the speed', async () => {
    const home = installedCopy();
    for (const cache of CACHES) {
      const bytes = readFileSync(join(home, cache));
      bytes.fill(7, bytes.length >> 1, (bytes.length >> 1) + 4000); // V8 crashes on this unless it checks the checksum
      writeFileSync(join(home, cache), bytes);
    }
    expect(await cacheStatus(home)).toBe('rejected');
    expect(await cacheStatus(home, 'validate')).toBe('rejected');
    expect(await validate(home)).toEqual(expected);
    for (const cache of CACHES) rmSync(join(home, cache));
    expect(await cacheStatus(home, 'validate')).toBe('none');
    expect(await validate(home)).toEqual(expected);
  });

  it('without a build, the bin says what to do (exit 2, no stack trace)', async () => {
    const home = installedCopy();
    rmSync(join(home, 'dist'), { recursive: true });
    const result = await validate(home);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm install');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
