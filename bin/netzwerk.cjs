#!/usr/bin/env node
'use strict';
// Thin on purpose: everything happens in main() (src/main.ts), which the tests also call in-process.
// CommonJS and load-bundle.cjs only so that the program starts fast (docs/benchmarks.md).
const argv = process.argv.slice(2);
const { main, processIo } = require('./load-bundle.cjs').loadBundle({ command: argv.find((arg) => !arg.startsWith('-')) });

main(argv, processIo()).then((code) => {
  process.exitCode = code;
});
