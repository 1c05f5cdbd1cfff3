'use strict';
// Loads the built program, dist/netzwerk.cjs (scripts/bundle.mjs: everything in one file), with
// V8's code cache dist/netzwerk.cjs.cache, which the build writes after a run of each command:
// the functions a run needs then start as ready bytecode instead of being parsed and compiled
// again at every start. (Node >= 22 does the same with module.enableCompileCache(); Node 20,
// which our users run, has no such thing.) The cache is used only for the bundle it was made
// from (same size and modification time: a rebuilt or edited bundle does not match), V8 checks
// its checksum (damaged data could crash it) and refuses it after a Node update. Whenever it is
// not used, the bundle is compiled as usual, just a little slower.
const { closeSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'netzwerk.cjs');
const CACHE = `${BUNDLE}.cache`;
/** The cache file begins with the bundle's size and modification time (in seconds: copies keep no more), as text, in 64 bytes. */
const STAMP_BYTES = 64;

/**
 * The bundle's exports (main, processIo), plus `codeCache` ('used', 'rejected' or 'none': what
 * became of the cache, for the tests) and saveCodeCache() for the build.
 */
function loadBundle({ useCache = true } = {}) {
  let bytes;
  let stamp;
  try {
    const fd = openSync(BUNDLE, 'r');
    const info = fstatSync(fd);
    stamp = Buffer.from(`${info.size}:${Math.trunc(info.mtimeMs / 1000)}`.padEnd(STAMP_BYTES));
    bytes = readFileSync(fd);
    closeSync(fd);
  } catch {
    process.stderr.write('netzwerk ist noch nicht gebaut (dist/netzwerk.cjs fehlt): bitte im Ordner des Programms „npm install“ ausführen.\n');
    process.exit(2);
  }
  // V8 then checks the cache data's checksum. This and the setting below change what V8 expects
  // of a code cache, so they are the same when the build makes it (it loads the bundle here too).
  setFlagsFromString('--verify-snapshot-checksum');
  // V8 optimises a function in the background once it has run for a while (this "budget", read
  // whenever V8 counts, so it may be set at run time). A run on a network of a few hundred
  // partners is over before that work pays: it takes the machine's other core, and Node waits
  // for it before the process ends. With four times the budget, 6 functions are optimised
  // instead of 26 and checking the example takes a sixth less time; large networks, which run
  // for seconds, are about 2 % slower (docs/benchmarks.md).
  setFlagsFromString('--interrupt-budget=270336');
  const cache = useCache ? readOptional(CACHE) : undefined;
  const cachedData = cache?.subarray(0, STAMP_BYTES).equals(stamp) ? cache.subarray(STAMP_BYTES) : undefined;
  // The same wrapper Node puts around a CommonJS module.
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, dirname(BUNDLE));
  return {
    ...bundle.exports,
    codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
    saveCodeCache: () => {
      writeFileSync(`${CACHE}.tmp`, Buffer.concat([stamp, script.createCachedData()]));
      renameSync(`${CACHE}.tmp`, CACHE);
    },
  };
}

function readOptional(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { loadBundle };
