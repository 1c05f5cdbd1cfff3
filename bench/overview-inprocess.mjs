// The overview's own work without the process around it: in one process, the best of several runs
// of reading and parsing N report files, against the best of several runs of `overview` over them
// (the built program's main(), as the bin calls it). Prints the times as JSON for bench/run.mjs.
//
//   node bench/overview-inprocess.mjs DIR… [--runs 5] [--format json]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { main } = require('../bin/load-bundle.cjs').loadBundle({ command: 'overview' });
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '5'));
const FORMAT = option('--format', 'text');
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

const sink = { write: () => true, isTTY: false };
const io = { cwd: process.cwd(), env: { NO_COLOR: '1' }, stdout: sink, stderr: { write: (s) => process.stderr.write(s), isTTY: false } };

async function best(work) {
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

const out = {};
for (const dir of dirs) {
  const read = () => {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.json')) JSON.parse(readFileSync(join(dir, name), 'utf8'));
  };
  const overview = async () => {
    const code = await main(['overview', dir, '--format', FORMAT, '--today', '2026-11-23'], io);
    if (code !== 0) throw new Error(`overview exit ${code}`);
  };
  await overview(); // warm-up
  out[dir] = { read: await best(read), overview: await best(overview) };
}
console.log(JSON.stringify(out));
