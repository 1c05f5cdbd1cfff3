#!/usr/bin/env node
'use strict';
// Thin on purpose: everything happens in main() (src/main.ts), which the tests also call in-process.
// CommonJS and load-bundle.cjs only so that the program starts fast (docs/benchmarks.md).
const { main, processIo } = require('./load-bundle.cjs').loadBundle();

main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
