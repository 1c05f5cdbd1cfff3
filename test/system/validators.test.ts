// The schemas are compiled at build time (scripts/build-validators.mjs) into a committed file. The
// build checks it (`--check`) instead of rewriting it, so a schema changed without `npm run
// generate` fails `npm run build` and with it `npm test`. Here: that check finds a stale file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/helpers.js';

const SCRIPT = join(ROOT, 'scripts', 'build-validators.mjs');
const TARGET = join(ROOT, 'src', 'validate', 'generated', 'validators.ts');
const check = (target: string) => spawnSync(process.execPath, [SCRIPT, '--check', '--target', target], { encoding: 'utf8' });

describe('generated validators', () => {
  it('the committed file matches schemas/*.schema.json', () => {
    const r = check(TARGET);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a stale file fails the check with a message that says what to do', () => {
    const tmp = tempDir();
    try {
      const stale = join(tmp.dir, 'validators.ts');
      // As if a schema had gained a sector and nobody regenerated: the pattern of ids changed, too.
      writeFileSync(stale, readFileSync(TARGET, 'utf8').replace('"jugendamt"', '"jugendamt_alt"'));
      const r = check(stale);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('npm run generate');
      copyFileSync(TARGET, stale);
      expect(check(stale).status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it('the build runs the check (so npm test fails on a stale file)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/^(node scripts\/build-schemas-en\.mjs --check && )?node scripts\/build-validators\.mjs --check && /);
    expect(pkg.scripts.test).toMatch(/npm run build/);
  });
});
