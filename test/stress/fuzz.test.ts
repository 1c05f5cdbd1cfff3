// Seeded fuzzing: the example networks, mutated a few hundred times (bytes, YAML tokens, lines,
// words, control characters, long values, huge numbers), through every command in-process.
// Allowed answers: exit 0 (valid) or 1 (invalid data, with diagnostics). Never an uncaught
// exception ("interner Fehler"), never a stack trace, never a raw control character in any
// output, each run bounded in time: no slower than SLOWER_AT_MOST times the same command on the
// unchanged network (a ratio, measured again as the best of three; no wall-clock limit). Same
// seed = same mutations: a failure names the case to reproduce it. FUZZ_CASES (test/support/budget.ts):
// 300 in npm run test:ci, fewer in npm test.
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { prng } from '../../bench/prng.mjs';
import { bestTime, FUZZ_CASES as CASES } from '../support/budget.js';
import { EXAMPLE_NAMES, EXAMPLES, run, STACK_TRACE, tempDir, type RunResult } from '../support/helpers.js';

const SEED = 0x6e65747a; // "netz"
/** A mutated network may cost this many times the unchanged one, no more. */
const SLOWER_AT_MOST = 20;
const TODAY = ['--today', '2026-11-23'];

const TOKENS = [
  ': ',
  '- ',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '!!int ',
  '!foo ',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '#',
  '? ',
  '|',
  '>-',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '<<: *a\n',
  '~',
  'null',
  '\u00a0',
  '\uFEFF',
  '\r',
  '2026-02-30',
  '1e999',
  '0x1F',
];

const CONTROL_ESCAPES = ['\\e]52;c;ZXZpbA==\\a', '\\e[2J', '\\0', '\\x7f', '\\x9b31m', '\\r', '\\e]0;Titel\\x07', '\\x85', '\\b\\b\\b'];
const HUGE_NUMBERS = ['1e308', '-1e308', '1e999', '.inf', '-.inf', '.nan', '99999999999999999999', '2147483648', '0x7fffffff', '100001'];

/** C0 (but TAB, LF and the CR of CRLF), DEL and C1: never in an output (issue 21). */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

type Mutation = (text: Buffer, rand: () => number) => Buffer;
const at = (n: number, rand: () => number) => Math.floor(rand() * n);
const lines = (b: Buffer) => b.toString('latin1').split('\n'); // latin1: every byte survives the round trip
const join_ = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');

const MUTATIONS: Record<string, Mutation> = {
  'byte flip': (b, r) => {
    const out = Buffer.from(b);
    if (out.length) out[at(out.length, r)] = at(256, r);
    return out;
  },
  'token insertion': (b, r) => {
    const i = at(b.length + 1, r);
    return Buffer.concat([b.subarray(0, i), Buffer.from(TOKENS[at(TOKENS.length, r)]!, 'utf8'), b.subarray(i)]);
  },
  'duplicated line': (b, r) => {
    const ls = lines(b);
    const i = at(ls.length, r);
    ls.splice(i, 0, ls[i]!);
    return join_(ls);
  },
  'deleted line': (b, r) => {
    const ls = lines(b);
    ls.splice(at(ls.length, r), 1);
    return join_(ls);
  },
  'swapped lines': (b, r) => {
    const ls = lines(b);
    const i = at(ls.length, r);
    const j = at(ls.length, r);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return join_(ls);
  },
  // keeps the YAML well-formed but mixes values up: ids, dates, sectors, references in wrong places
  'swapped words': (b, r) => {
    const text = b.toString('latin1');
    const words = [...text.matchAll(/[\w-]{2,}/g)];
    if (words.length < 2) return b;
    const target = words[at(words.length, r)]!;
    const source = words[at(words.length, r)]![0];
    return Buffer.from(text.slice(0, target.index) + source + text.slice(target.index! + target[0].length), 'latin1');
  },
  // issue 21: control characters (ESC/OSC sequences, NUL, DEL, C1, a lone CR) inside a value,
  // written as YAML escapes, so that they reach the data and every output must show them escaped
  'control characters': (b, r) => {
    const ls = lines(b);
    const candidates = ls.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[a-z_]+: [^"'[{|>&*!#\s][^#]*$/.test(l));
    if (candidates.length === 0) return b;
    const [line, i] = candidates[at(candidates.length, r)]!;
    const [, head, value] = /^(\s*(?:- )?[a-z_]+: )(.*)$/.exec(line)!;
    const escape = CONTROL_ESCAPES[at(CONTROL_ESCAPES.length, r)]!;
    const cut = at(value!.length + 1, r);
    ls[i] = `${head}"${value!.slice(0, cut).replace(/["\\]/g, '')}${escape}${value!.slice(cut).replace(/["\\]/g, '')}"`;
    return join_(ls);
  },
  // issue 21: a very long value, or a long near-copy of another (the did-you-mean distance)
  'long value': (b, r) => {
    const ls = lines(b);
    const candidates = ls.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[a-z_]+: [a-zA-Z0-9]/.test(l));
    if (candidates.length === 0) return b;
    const [line, i] = candidates[at(candidates.length, r)]!;
    const [, head, value] = /^(\s*(?:- )?[a-z_]+: )(.*)$/.exec(line)!;
    ls[i] = `${head}${value!.replace(/\s*#.*$/, '').repeat(1 + at(3_000, r))}${r() < 0.5 ? 'x' : ''}`;
    return join_(ls);
  },
  // issue 21: huge, infinite and not-a-number values where integers belong
  'huge number': (b, r) => {
    const text = b.toString('latin1');
    const numbers = [...text.matchAll(/(?<=: )\d+(?=\s*($|[,}#]))/gm)];
    if (numbers.length === 0) return b;
    const target = numbers[at(numbers.length, r)]!;
    const huge = HUGE_NUMBERS[at(HUGE_NUMBERS.length, r)]!;
    return Buffer.from(text.slice(0, target.index) + huge + text.slice(target.index! + target[0].length), 'latin1');
  },
  'indentation change': (b, r) => {
    const ls = lines(b);
    const i = at(ls.length, r);
    ls[i] = r() < 0.5 ? `  ${ls[i]}` : ls[i]!.replace(/^ {1,2}/, '');
    return join_(ls);
  },
};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(entry)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const COMMANDS: string[][] = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['report', '--format', 'json'],
  ['contacts'],
  ['calendar'],
  ['directory', '--audience', 'public'],
  ['directory', '--format', 'csv'],
  ['review'],
  ['person', 'Müller'],
];

/** The argv for a command on a network folder (person takes its query before the folder). */
const argv = (command: string[], dir: string) => (command[0] === 'person' ? [...command, dir, ...TODAY] : [command[0]!, dir, ...command.slice(1), ...TODAY]);

describe(`fuzzing the examples (seed ${SEED}, ${CASES} cases)`, () => {
  const scratch = tempDir('netzwerk-fuzz-');
  const networks = EXAMPLE_NAMES.map((name) => {
    const dir = join(scratch.dir, name);
    return { name, dir };
  });
  beforeAll(() => {
    for (const { name, dir } of networks) cpSync(join(EXAMPLES, name), dir, { recursive: true });
  });
  afterAll(() => scratch.remove());

  it('every command answers every mutation with exit 0 or 1, a message, no crash, in bounded time', async () => {
    const rand = prng(SEED);
    const names = Object.keys(MUTATIONS);
    const failures: string[] = [];
    const tally: Record<number, number> = { 0: 0, 1: 0 };
    const timings: Timing[] = [];
    for (let n = 0; n < CASES && failures.length < 5; n++) {
      const network = networks[at(networks.length, rand)]!;
      const files = yamlFiles(network.dir);
      const file = files[at(files.length, rand)]!;
      const original = readFileSync(file);
      let bytes: Buffer = original;
      const applied: string[] = [];
      for (let k = 1 + at(3, rand); k > 0; k--) {
        const name = names[at(names.length, rand)]!;
        bytes = MUTATIONS[name]!(bytes, rand);
        applied.push(name);
      }
      writeFileSync(file, bytes);
      const english = yamlSentences(bytes.toString('utf8'));
      try {
        // Invalid data stops every command at the same shared front: validate plus one other
        // command then cover it. Valid mutations go through every generator.
        const first = await timed(argv(COMMANDS[0]!, network.dir));
        const others = first.result.code === 0 ? COMMANDS.slice(1) : [COMMANDS[1 + at(COMMANDS.length - 1, rand)]!];
        const runs: [string[], { result: RunResult; ms: number }][] = [[COMMANDS[0]!, first]];
        for (const command of others) runs.push([command, await timed(argv(command, network.dir))]);
        for (const [command, { result, ms }] of runs) {
          const problem = judge(result, english, command);
          tally[result.code] = (tally[result.code] ?? 0) + 1;
          const label = `case ${n} (${network.name}/${relative(network.dir, file)}: ${applied.join(', ')}) → netzwerk ${command.join(' ')}`;
          if (problem) failures.push(`${label}: ${problem}\n${(result.stdout + result.stderr).slice(0, 600)}`);
          timings.push({ label, dir: network.dir, file, bytes, command, ms });
        }
      } finally {
        writeFileSync(file, original);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
    const slow = await tooSlow(timings);
    expect(slow, slow.join('\n')).toEqual([]);
    // the mutations must really reach both outcomes, or the test tests nothing
    expect(tally[0]).toBeGreaterThan(10);
    expect(tally[1]).toBeGreaterThan(10);
  }, 300_000);
});

interface Timing {
  label: string;
  dir: string;
  file: string;
  bytes: Buffer;
  command: string[];
  ms: number;
}

/**
 * The runs that took more than SLOWER_AT_MOST times the same command on the unchanged network.
 * Suspects are those above four times the median of their command in this run; each is measured
 * again, mutated and unchanged, as the best of three, so that a busy moment is not a failure.
 */
async function tooSlow(timings: Timing[]): Promise<string[]> {
  const median = new Map<string, number>();
  for (const key of new Set(timings.map((t) => t.command.join(' ')))) {
    const ms = timings
      .filter((t) => t.command.join(' ') === key)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    median.set(key, ms[ms.length >> 1]!);
  }
  const suspects = timings
    .filter((t) => t.ms > 4 * median.get(t.command.join(' '))!)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
  const unchanged = new Map<string, number>();
  const slow: string[] = [];
  for (const t of suspects) {
    const args = argv(t.command, t.dir);
    const original = readFileSync(t.file);
    const key = `${t.dir} ${t.command.join(' ')}`;
    if (!unchanged.has(key)) unchanged.set(key, await bestTime(() => run(args)));
    writeFileSync(t.file, t.bytes);
    try {
      const mutated = await bestTime(() => run(args));
      const ratio = mutated / unchanged.get(key)!;
      if (ratio > SLOWER_AT_MOST)
        slow.push(`${t.label}: ${Math.round(mutated)} ms, ${ratio.toFixed(1)} times the unchanged network (at most ${SLOWER_AT_MOST})`);
    } finally {
      writeFileSync(t.file, original);
    }
  }
  return slow;
}

async function timed(args: string[]): Promise<{ result: RunResult; ms: number }> {
  const start = performance.now();
  const result = await run(args);
  return { result, ms: performance.now() - start };
}

/** The yaml package's own (English) messages for a text: none of them may reach the user. */
function yamlSentences(text: string): string[] {
  const docs = parseAllDocuments(text.replace(/^\uFEFF/, ''), { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const list = Array.isArray(docs) ? docs : [];
  return list.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')));
}

function judge(result: RunResult, english: string[], command: string[]): string | undefined {
  const output = result.stdout + result.stderr;
  const leaked = english.find((sentence) => output.includes(sentence));
  if (leaked) return `the yaml package's own message reached the user: ${leaked}`;
  if (command.includes('json') && command[0] === 'validate') {
    // one slip, one message: a file reports at most one syntax problem
    const files = (JSON.parse(result.stdout) as { errors: { file: string; code: string }[] }).errors
      .filter((e) => e.code.startsWith('yaml-'))
      .map((e) => e.file);
    if (new Set(files).size !== files.length) return 'more than one syntax message for one file';
  }
  if (/interner Fehler|internal error/.test(output)) return 'uncaught exception';
  if (STACK_TRACE.test(output)) return 'stack trace in the output';
  if (RAW_CONTROL.test(output)) return 'a raw control character in the output';
  if (result.code !== 0 && result.code !== 1) return `exit ${result.code}`;
  if (result.code === 1 && result.stderr.trim() === '' && result.stdout.trim() === '') return 'exit 1 without a message';
  return undefined;
}
