'use strict';
// Loads the built program, dist/netzwerk.cjs (scripts/bundle.mjs: everything in one file), with
// V8's code cache dist/netzwerk.cjs.cache (validate: dist/netzwerk.cjs.validate.cache), which the
// build writes after a run of each command (scripts/code-cache.mjs):
// the functions a run needs then start as ready bytecode instead of being parsed and compiled
// again at every start. (Node >= 22 does the same with module.enableCompileCache(); Node 20,
// which our users run, has no such thing.) The cache is used only for the bundle it was made
// from: same size and modification time, or, in a copy that did not keep the time (npm gives
// every file of an installed package the time of unpacking), the same SHA-256 of its bytes; the
// cache's stamp then takes the copy's time, so that the next start does not hash again. V8
// checks the cache's checksum (damaged data could crash it) and refuses it after a Node update.
// Whenever it is not used, the bundle is compiled as usual, just a little slower.
const { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'netzwerk.cjs');
/**
 * The cache of every command, and those of commands that have one of their own, with only what
 * they need (scripts/code-cache.mjs): V8 reads a cache whole, so a smaller one starts sooner.
 */
const OWN_CACHE = ['validate'];
const cacheOf = (command) => (OWN_CACHE.includes(command) ? `${BUNDLE}.${command}.cache` : `${BUNDLE}.cache`);
/**
 * The cache file begins with its stamp, as text in 128 bytes: the bundle's size, modification
 * time (in seconds: copies keep no more) and SHA-256, as `size:time:sha256`.
 */
const STAMP_BYTES = 128;

/**
 * The bundle's exports (main, processIo), plus `codeCache` (what became of the cache, for the
 * tests: 'used'; 'checked' when it was used after comparing the bytes, in a copy; 'rejected' by
 * V8; or 'none') and saveCodeCache() for the build. `command`: the command the line runs, which
 * chooses the cache (a wrong guess costs only time).
 */
function loadBundle({ useCache = true, command } = {}) {
  const cachePath = cacheOf(command);
  // V8 then checks the cache data's checksum. This and the settings below change what V8 expects
  // of a code cache, so they are the same when the build makes it (it loads the bundle here too).
  setFlagsFromString('--verify-snapshot-checksum');
  // V8 optimises a function in the background once it has run for a while (this "budget", read
  // whenever V8 counts, so it may be set at run time). A run on a network of a few hundred
  // partners is over before that work pays: it takes the machine's other core, and Node waits
  // for it before the process ends. With four times the budget, 6 functions are optimised
  // instead of 26 and checking the example takes a sixth less time; large networks, which run
  // for seconds, are about 2 % slower (docs/benchmarks.md).
  setFlagsFromString('--interrupt-budget=270336');
  // V8's young generation stays at its first size: see src/network/heap.ts, which lets it grow again
  // for a large network.
  setFlagsFromString('--semi-space-growth-factor=1');
  // One buffer for both files, the bundle first, then the cache: memory the program touches
  // for the first time is dear at start-up (docs/benchmarks.md), and the bundle's bytes are no
  // longer needed once they are a string. The bundle is pure ASCII and already wrapped as Node
  // wraps a CommonJS module (scripts/bundle.mjs), so latin1 makes it a one-byte string as it is.
  let info;
  let buffer;
  let source;
  let cacheFile;
  try {
    const fd = openSync(BUNDLE, 'r');
    info = fstatSync(fd);
    if (!info.isFile()) throw new Error('not a file');
    cacheFile = useCache ? openOptional(cachePath) : undefined;
    buffer = Buffer.allocUnsafeSlow(Math.max(info.size, cacheFile?.size ?? 0));
    source = buffer.latin1Slice(0, readAll(fd, buffer, info.size));
  } catch {
    process.stderr.write('netzwerk ist noch nicht gebaut (dist/netzwerk.cjs fehlt): bitte im Ordner des Programms „npm install“ ausführen.\n');
    process.exit(2);
  }
  const cache = cacheFile && readOptional(cacheFile, buffer);
  const seconds = Math.trunc(info.mtimeMs / 1000);
  const [size, time, hash] = cache?.subarray(0, STAMP_BYTES).toString('latin1').trimEnd().split(':') ?? [];
  let fits = Number(size) === info.size && Number(time) === seconds;
  const checked = !fits && Number(size) === info.size && hash !== undefined && hash === sha256(source);
  if (checked) {
    fits = true;
    writeCache(cachePath, stampOf(info.size, seconds, hash), cache.subarray(STAMP_BYTES)); // best effort: the folder may be read-only
  }
  const cachedData = fits ? cache.subarray(STAMP_BYTES) : undefined;
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, dirname(BUNDLE));
  return {
    ...bundle.exports,
    codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : checked ? 'checked' : 'used',
    saveCodeCache: () => {
      if (!writeCache(cachePath, stampOf(info.size, seconds, sha256(source)), script.createCachedData())) throw new Error(`cannot write ${cachePath}`);
    },
  };
}

/** Reads up to `length` bytes of an open file into the start of `buffer`, closes it and says how many it read. */
function readAll(fd, buffer, length) {
  let done = 0;
  try {
    for (let n = 1; done < length && n > 0; done += n) n = readSync(fd, buffer, done, length - done, null);
  } finally {
    closeSync(fd);
  }
  return done;
}

/** The cache file, opened, with its size; undefined when there is none (or it cannot be read). */
function openOptional(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isFile()) return { fd, size: info.size };
  } catch {
    // no cache: the bundle is compiled as usual
  }
  if (fd !== undefined) closeSync(fd);
  return undefined;
}

/** The opened cache file's bytes, read into `buffer`; undefined if reading fails. */
function readOptional({ fd, size }, buffer) {
  try {
    return buffer.subarray(0, readAll(fd, buffer, size));
  } catch {
    return undefined;
  }
}

const stampOf = (size, seconds, hash) => Buffer.from(`${size}:${seconds}:${hash}`.padEnd(STAMP_BYTES));

const sha256 = (source) => require('node:crypto').createHash('sha256').update(source, 'latin1').digest('hex');

/** Writes a cache file atomically (a temporary file of this process, then renamed); false if that fails. */
function writeCache(file, stamp, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([stamp, data]));
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

module.exports = { loadBundle };
