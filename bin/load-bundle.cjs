'use strict';
// Loads the built program, dist/netzwerk.cjs (scripts/bundle.mjs: everything in one file), with
// V8's code cache dist/netzwerk.cjs.cache, which the build writes after a run of each command:
// the functions a run needs then start as ready bytecode instead of being parsed and compiled
// again at every start. (Node >= 22 does the same with module.enableCompileCache(); Node 20,
// which our users run, has no such thing.) The cache is used only for the bundle it was made
// from: same size and modification time, or, in a copy that did not keep the time (npm gives
// every file of an installed package the time of unpacking), the same SHA-256 of its bytes; the
// cache's stamp then takes the copy's time, so that the next start does not hash again. V8
// checks the cache's checksum (damaged data could crash it) and refuses it after a Node update.
// Whenever it is not used, the bundle is compiled as usual, just a little slower.
const { closeSync, fstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'netzwerk.cjs');
const CACHE = `${BUNDLE}.cache`;
/**
 * The cache file begins with its stamp, as text in 128 bytes: the bundle's size, modification
 * time (in seconds: copies keep no more) and SHA-256, as `size:time:sha256`.
 */
const STAMP_BYTES = 128;

/**
 * The bundle's exports (main, processIo), plus `codeCache` (what became of the cache, for the
 * tests: 'used'; 'checked' when it was used after comparing the bytes, in a copy; 'rejected' by
 * V8; or 'none') and saveCodeCache() for the build.
 */
function loadBundle({ useCache = true } = {}) {
  let bytes;
  let info;
  try {
    const fd = openSync(BUNDLE, 'r');
    info = fstatSync(fd);
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
  const seconds = Math.trunc(info.mtimeMs / 1000);
  const cache = useCache ? readOptional(CACHE) : undefined;
  const [size, time, hash] = cache?.subarray(0, STAMP_BYTES).toString('latin1').trimEnd().split(':') ?? [];
  let fits = Number(size) === info.size && Number(time) === seconds;
  const checked = !fits && Number(size) === info.size && hash !== undefined && hash === sha256(bytes);
  if (checked) {
    fits = true;
    writeCache(stampOf(info.size, seconds, hash), cache.subarray(STAMP_BYTES)); // best effort: the folder may be read-only
  }
  const cachedData = fits ? cache.subarray(STAMP_BYTES) : undefined;
  // The same wrapper Node puts around a CommonJS module. The bundle is pure ASCII (scripts/bundle.mjs),
  // so latin1 reads it as a one-byte string, without decoding UTF-8.
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('latin1')}\n})`;
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, dirname(BUNDLE));
  return {
    ...bundle.exports,
    codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : checked ? 'checked' : 'used',
    saveCodeCache: () => {
      if (!writeCache(stampOf(info.size, seconds, sha256(bytes)), script.createCachedData())) throw new Error(`cannot write ${CACHE}`);
    },
  };
}

const stampOf = (size, seconds, hash) => Buffer.from(`${size}:${seconds}:${hash}`.padEnd(STAMP_BYTES));

const sha256 = (bytes) => require('node:crypto').createHash('sha256').update(bytes).digest('hex');

/** Writes the cache atomically (a temporary file of this process, then renamed); false if that fails. */
function writeCache(stamp, data) {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([stamp, data]));
    renameSync(temporary, CACHE);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

function readOptional(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

module.exports = { loadBundle };
