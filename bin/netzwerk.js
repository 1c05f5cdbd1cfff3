#!/usr/bin/env node
// Thin on purpose: everything else happens in main(), which tests call in-process.
import { main } from '../dist/main.js';
import { processIo } from '../dist/io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
