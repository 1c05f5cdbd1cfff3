// The bin without the bundle (tsc's dist/main.js), to measure what bundling gains:
//   node bench/run.mjs --bin bench/unbundled.mjs
import { main } from '../dist/main.js';
import { processIo } from '../dist/write/process-io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
