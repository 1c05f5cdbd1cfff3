// Writes V8's code cache of the bundle (bin/load-bundle.cjs reads it): runs commands once on an
// example network, output discarded, so that the cache holds the bytecode of every function a
// real run uses. `node scripts/code-cache.mjs` for the cache of every command; with `validate`,
// the cache read when `validate` runs, which holds only what that needs: V8 reads a cache whole
// at every start, and validate, the command run most (also by editors and scripts), then reads
// a quarter less. A process of its own for each, so that one cache holds nothing of the other.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];
const { loadBundle } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
const bundle = loadBundle({ useCache: false, command });
const discard = { write: () => true, isTTY: false };
const io = { cwd: ROOT, env: { NO_COLOR: '1' }, stdout: discard, stderr: discard };
// A small network: a large one would let V8's young generation grow (src/network/heap.ts), a change
// of V8's settings during the runs, and V8 refuses a cache made under other settings than it
// is read with (test/system/start.test.ts would fail).
const example = 'examples/kreis-kleve';
const validate = [
  ['validate', example],
  ['validate', example, '--format', 'json'],
];
const runs =
  command === 'validate'
    ? validate
    : [
        ...validate,
        ['report', example],
        ['report', example, '--format', 'md'],
        ['report', example, '--format', 'html'],
        ['report', example, '--format', 'json'],
        ['contacts', example],
        ['contacts', example, '--format', 'vcf'],
        ['contacts', example, '--format', 'emails'],
        ['calendar', example],
        ['review', example],
        ['person', 'M\u00fcller', example],
      ];
for (const args of runs) await bundle.main([...args, '--today', '2026-11-23'], io);
bundle.saveCodeCache();
