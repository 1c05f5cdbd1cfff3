// Offline by construction: the program never talks to a network. Two checks on the built bin
// (`npm test` builds first):
// 1. at run time, every command in a child process with a preload that records each module Node
//    loads (process.moduleLoadList) and each built-in module that JavaScript code requires;
// 2. in the built code itself (dist/netzwerk.cjs, the bundle the bin runs): no import of a network module.
// Node's own `net` (and `dgram`) may show up as internals of `tty` (colour detection, a terminal)
// and `child_process` (which commander loads for subcommands run as programs, unused here): that
// is Node's plumbing, not a connection; the check allows them only together with one of those.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, ROOT, tempDir } from '../support/helpers.js';

const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram'];
/**
 * Modules that only exist to speak a network protocol: never loaded, by anybody. (Node's `net`
 * loads internal/dns/utils for its IP address helpers; the resolver itself is `dns`.)
 */
const NEVER_LOADED =
  /^NativeModule (http|https|http2|tls|dns|dns\/promises|_http_\w+|_tls_\w+|internal\/http(\/.*)?|internal\/http2\/.*|internal\/dns\/(promises|callback_resolver)|internal\/tls\/.*)$/;

const scratch = tempDir('netzwerk-offline-');
afterAll(() => scratch.remove());

/** Runs as --import before the bin: records the module list and every require() of a built-in. */
const PRELOAD = `
import Module from 'node:module';
import { writeFileSync } from 'node:fs';
const requested = new Set();
const lazy = new Set();
const load = Module._load;
Module._load = function (request, ...rest) {
  if (Module.isBuiltin(request)) requested.add(request.replace(/^node:/, ''));
  const bundled = /[\\/]dist[\\/]lazy[\\/](.+)\\.cjs$/.exec(request);
  if (bundled) lazy.add(bundled[1].replaceAll('\\\\', '/'));
  return load.call(this, request, ...rest);
};
process.on('exit', () => writeFileSync(process.env.NETZWERK_OFFLINE_RECORD, JSON.stringify({ loaded: process.moduleLoadList, requested: [...requested], lazy: [...lazy] })));
`;

const COMMANDS: string[][] = [
  ['validate', join(EXAMPLES, 'kreis-kleve')],
  ['report', join(EXAMPLES, 'kreis-kleve'), '--format', 'json'],
  ['report', join(EXAMPLES, 'kreis-kleve'), '--format', 'html'],
  ['contacts', join(EXAMPLES, 'kreis-wesel')],
  ['contacts', join(EXAMPLES, 'kreis-wesel'), '--format', 'vcf'],
  ['calendar', join(EXAMPLES, 'siegen-wittgenstein')],
  ['directory', join(EXAMPLES, 'kreis-kleve'), '--audience', 'public'],
  ['directory', join(EXAMPLES, 'herne'), '--format', 'csv'],
  ['review', join(EXAMPLES, 'herne')],
  ['person', 'Müller', join(EXAMPLES, 'ratingen')],
  ['init', join(scratch.dir, 'neu')],
  ['--help'],
];

/** Runs the built bin with the preload above: what it loaded, required, and which of dist/lazy/. */
async function record(args: string[]): Promise<{ loaded: string[]; requested: string[]; lazy: string[] }> {
  const name = `${args[0]}-${Math.random().toString(36).slice(2)}`;
  const file = join(scratch.dir, `record-${name}.json`);
  // stdout and stderr to files: a pipe would make Node itself open a socket for them
  const output = join(scratch.dir, `out-${name}.txt`);
  const out = openSync(output, 'w');
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(PRELOAD)}`, BIN, ...args, '--today', '2026-11-23'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NETZWERK_OFFLINE_RECORD: file },
    stdio: ['ignore', out, out],
    timeout: 30_000,
  });
  const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  closeSync(out);
  expect(status, readFileSync(output, 'utf8').slice(0, 500)).not.toBeNull();
  return JSON.parse(readFileSync(file, 'utf8')) as { loaded: string[]; requested: string[]; lazy: string[] };
}

describe('each dependency only where it is needed (issue 12)', () => {
  it('checking, the report as JSON and HTML, contact lists (CSV, vCard) and the calendar load none of the parts bundled apart', async () => {
    const records = await Promise.all(COMMANDS.slice(0, 6).map((args) => record(args)));
    records.forEach((r, i) => expect(r.lazy, COMMANDS[i]!.join(' ')).toEqual([]));
  }, 60_000);

  it('an Excel list loads exceljs, and nothing else of them', async () => {
    expect((await record(['contacts', join(EXAMPLES, 'kreis-wesel'), '--out', join(scratch.dir, 'liste.xlsx')])).lazy).toEqual(['exceljs']);
  }, 40_000);
});

describe('offline by construction', () => {
  for (const args of COMMANDS) {
    it.concurrent(
      `netzwerk ${args.filter((a) => !a.startsWith('/')).join(' ')} loads no network module`,
      async ({ expect }) => {
        const { loaded, requested } = await record(args);
        expect(loaded.filter((m) => NEVER_LOADED.test(m))).toEqual([]);
        expect(requested.filter((m) => NETWORK_MODULES.includes(m))).toEqual([]);
        const plumbing = loaded.includes('NativeModule tty') || loaded.includes('NativeModule child_process');
        for (const m of ['NativeModule net', 'NativeModule dgram']) if (loaded.includes(m)) expect(plumbing, `${m} without tty or child_process`).toBe(true);
      },
      40_000,
    );
  }

  it('the built program imports no network module', () => {
    const code = readFileSync(join(ROOT, 'dist', 'netzwerk.cjs'), 'utf8');
    const imports = new Set<string>();
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'](?:node:)?([\w/]+)["']/g)) imports.add(m[1]!);
    expect(imports.has('fs')).toBe(true); // the scan sees imports at all
    expect([...imports].filter((m) => NETWORK_MODULES.includes(m))).toEqual([]);
  });
});
