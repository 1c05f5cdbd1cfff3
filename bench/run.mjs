// `npm run bench`: times the commands against two baselines measured in the same run, side by
// side (round-robin, so that a busy machine slows every contender alike), and checks the budgets
// of issue 6. Needs `npm run build` (it runs the real bin). Not a test: nothing here is in `npm test`.
//
//   node bench/run.mjs [--runs 5] [--no-scale10] [--bin bin/netzwerk.cjs] [--compare OTHER_BIN] [--json FILE]
// --compare times another build's bin (e.g. an older checkout) in the same rounds, marked [compare].
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateNetwork } from './generate.mjs';
import { writeReportFiles } from './overview-reports.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const SCALE10 = !args.includes('--no-scale10');
if (!existsSync(join(ROOT, 'dist', 'netzwerk.cjs'))) {
  console.error('bench: dist/ fehlt – bitte zuerst `npm run build`.');
  process.exit(2);
}
// The build under test is copied first, so that a rebuild running meanwhile (other work in the
// same tree) cannot change it halfway through the rounds.
function snapshot(bin) {
  const home = resolve(bin, '..', '..');
  const copy = join(OUT, `build-${home === ROOT ? 'current' : 'compare'}`);
  rmSync(copy, { recursive: true, force: true });
  // (node_modules is not copied: the PDF typesetter is found in the program folder's, above bench/out/)
  for (const part of ['bin', 'dist', 'fonts', 'schemas', 'translations', 'package.json']) {
    if (existsSync(join(home, part))) cpSync(join(home, part), join(copy, part), { recursive: true, preserveTimestamps: true });
  }
  return join(copy, relative(home, bin));
}
const BIN = snapshot(resolve(ROOT, option('--bin', 'bin/netzwerk.cjs')));
const COMPARE = option('--compare') && snapshot(resolve(ROOT, option('--compare')));
const TODAY = '2026-11-23';
const EXAMPLE = join(ROOT, 'examples', 'kreis-kleve');
const OTHER_EXAMPLES = ['herne', 'ratingen', 'siegen-wittgenstein', 'kreis-wesel'];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

mkdirSync(OUT, { recursive: true });
const dirs = { 1: join(OUT, 'scale-1') };
generateNetwork(dirs[1], 1);
if (SCALE10) dirs[10] = generateNetwork(join(OUT, 'scale-10'), 10);

const node = process.execPath;
const cliOf =
  (bin) =>
  (dir, ...rest) => [node, bin, ...rest.slice(0, 1), dir, ...rest.slice(1), '--today', TODAY];
const cli = cliOf(BIN);
/** name → argv; the names are what the table and the budgets refer to. */
const contenders = [
  ['node -e 0', [node, '-e', '0']],
  ['floor example', [node, join(ROOT, 'bench', 'floor.mjs'), EXAMPLE]],
  ['validate example', cli(EXAMPLE, 'validate')],
];
// The PDF against the HTML of the same report (issue 28: typeset in the program, no browser).
const out = (name) => ['--out', join(OUT, name)];
contenders.push(['report html example', cli(EXAMPLE, 'report', ...out('bericht.html'))], ['report pdf example', cli(EXAMPLE, 'report', ...out('bericht.pdf'))]);
// The other examples, for the range of start-up times (the budget is the one of the quick start's example).
for (const name of OTHER_EXAMPLES) {
  contenders.push([`floor example ${name}`, [node, join(ROOT, 'bench', 'floor.mjs'), join(ROOT, 'examples', name)]]);
  contenders.push([`validate example ${name}`, cli(join(ROOT, 'examples', name), 'validate')]);
}
for (const scale of SCALE10 ? [1, 10] : [1]) {
  const dir = dirs[scale];
  contenders.push(
    [`floor ×${scale}`, [node, join(ROOT, 'bench', 'floor.mjs'), dir]],
    [`validate ×${scale}`, cli(dir, 'validate')],
    [`report json ×${scale}`, cli(dir, 'report', '--format', 'json')],
    [`contacts ×${scale}`, cli(dir, 'contacts')],
    [`calendar ×${scale}`, cli(dir, 'calendar')],
  );
}
// The 1,000-partner network's report and directory as PDF (and the report as HTML beside it).
contenders.push(
  ['report html ×1', cli(dirs[1], 'report', ...out('bericht-1.html'))],
  ['report pdf ×1', cli(dirs[1], 'report', ...out('bericht-1.pdf'))],
  ['directory pdf ×1', cli(dirs[1], 'directory', ...out('verzeichnis-1.pdf'))],
);

// The overview over many networks: 50 and 200 report files as networks send them (from the public
// reports of the examples, bench/overview-reports.mjs), against merely reading and parsing them.
const bases = ['herne', 'kreis-kleve', 'kreis-wesel', 'ratingen', 'siegen-wittgenstein'].map((name) => {
  const r = spawnSync(node, [BIN, 'report', join(ROOT, 'examples', name), '--audience', 'public', '--format', 'json', '--today', TODAY], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: report of ${name} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
});
for (const count of [50, 200]) {
  const dir = join(OUT, `reports-${count}`);
  rmSync(dir, { recursive: true, force: true });
  writeReportFiles(dir, count, bases);
  contenders.push(
    [`read reports ×${count}`, [node, join(ROOT, 'bench', 'read-reports.mjs'), dir]],
    [`overview ×${count}`, [node, BIN, 'overview', dir, '--today', TODAY]],
  );
}

if (COMPARE) {
  const other = cliOf(COMPARE);
  contenders.push(
    ['validate example [compare]', other(EXAMPLE, 'validate')],
    ['validate ×1 [compare]', other(dirs[1], 'validate')],
    ['report json ×1 [compare]', other(dirs[1], 'report', '--format', 'json')],
    ['contacts ×1 [compare]', other(dirs[1], 'contacts')],
    ['calendar ×1 [compare]', other(dirs[1], 'calendar')],
  );
}

/** One run: wall time in ms, peak RSS in MB (from GNU time, when there), exit code. */
function once(argv) {
  const rssFile = join(OUT, 'rss.txt');
  const full = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rss;
  if (TIME && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    rss = Number.isFinite(kb) ? kb / 1024 : undefined;
    rmSync(rssFile);
  }
  return { ms, rss, code: r.status ?? -1, stderr: String(r.stderr ?? '').split('\n')[0] };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = new Map(contenders.map(([name]) => [name, []]));
console.error(`bench: ${RUNS} Runden × ${contenders.length} Messungen …`);
for (let round = 0; round < RUNS; round++) {
  for (const [name, argv] of contenders) samples.get(name).push(once(argv));
  console.error(`  Runde ${round + 1}/${RUNS} fertig`);
}

const results = new Map();
for (const [name, runs] of samples) {
  const codes = [...new Set(runs.map((r) => r.code))];
  const ok = codes.length === 1 && codes[0] === 0;
  results.set(name, {
    ms: median(runs.map((r) => r.ms)),
    rss: Math.max(...runs.map((r) => r.rss ?? 0)) || undefined,
    ok,
    note: ok ? '' : `exit ${codes.join('/')}: ${runs.find((r) => r.code !== 0)?.stderr ?? ''}`,
  });
}

const base = results.get('node -e 0').ms;
const floorOf = (name) => results.get(`floor ×${/×10\b/.test(name) ? 10 : 1}`)?.ms;
const fmt = (x, d = 2) => (x === undefined ? '–' : x.toFixed(d));
const rows = [...results].map(([name, r]) => {
  const floor =
    name.startsWith('floor') || name.startsWith('read reports') || name === 'node -e 0'
      ? undefined
      : name.startsWith('validate example')
        ? results.get(name.replace(' [compare]', '').replace('validate', 'floor')).ms
        : name.startsWith('overview')
          ? results.get(name.replace('overview', 'read reports')).ms
          : floorOf(name);
  return [name, fmt(r.ms, 0), fmt(r.ms / base), floor ? fmt(r.ms / floor) : '–', r.rss ? fmt(r.rss, 0) : '–', r.note];
});

const budgets = [];
const budget = (what, value, limit, usable = true, why = '') =>
  budgets.push({ what, value: usable ? value : undefined, limit, pass: usable && value <= limit, why: usable ? '' : why });
const get = (name) => results.get(name);
const usable = (name) => get(name)?.ok === true;
budget('validate example / node -e 0', get('validate example').ms / base, 2.0, usable('validate example'), get('validate example').note);
budget('validate ×1 / floor ×1', get('validate ×1').ms / floorOf('×1'), 1.2, usable('validate ×1'), get('validate ×1').note);
for (const c of ['report json', 'contacts', 'calendar']) {
  budget(`${c} ×1 / floor ×1`, get(`${c} ×1`).ms / floorOf('×1'), 2, usable(`${c} ×1`), get(`${c} ×1`).note);
}
if (SCALE10) {
  for (const c of ['floor', 'validate', 'report json', 'contacts', 'calendar']) {
    budget(
      `${c} ×10 / ${c} ×1`,
      get(`${c} ×10`).ms / get(`${c} ×1`).ms,
      11,
      usable(`${c} ×10`) && usable(`${c} ×1`),
      get(`${c} ×10`).note || get(`${c} ×1`).note,
    );
  }
}
// The overview against merely reading the files, both in one process (the start-up of a process,
// netzwerk's or node's, would otherwise be most of both): bench/overview-inprocess.mjs, the best of
// at least 15 runs (a run takes milliseconds; with fewer, a busy machine decides the ratio).
const reportDirs = [50, 200].map((count) => join(OUT, `reports-${count}`));
const inProcess = Object.fromEntries(
  ['json', 'text'].map((format) => {
    const r = spawnSync(node, [join(ROOT, 'bench', 'overview-inprocess.mjs'), ...reportDirs, '--format', format, '--runs', String(Math.max(RUNS * 3, 15))], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`bench: overview in-process failed: ${r.stderr}`);
    const times = JSON.parse(r.stdout);
    return [format, { 50: times[reportDirs[0]], 200: times[reportDirs[1]] }];
  }),
);
for (const format of ['json', 'text']) {
  for (const count of [50, 200]) {
    const t = inProcess[format][count];
    rows.push([`in-process: overview ${format} ×${count}`, fmt(t.overview, 1), '–', fmt(t.overview / t.read), '–', `reading alone ${fmt(t.read, 1)} ms`]);
  }
}
budget('overview json ×200 / reading ×200, in-process', inProcess.json[200].overview / inProcess.json[200].read, 2);
budget('overview json ×200 / overview json ×50, in-process', inProcess.json[200].overview / inProcess.json[50].overview, 6);
budget(
  'overview ×200 / overview ×50',
  get('overview ×200').ms / get('overview ×50').ms,
  4.4,
  usable('overview ×200') && usable('overview ×50'),
  get('overview ×200').note,
);
for (const c of ['validate', 'report json', 'contacts', 'calendar']) {
  const r = get(`${c} ×1`);
  budget(`${c} ×1 peak RSS (MB)`, r.rss ?? NaN, 400, usable(`${c} ×1`) && r.rss !== undefined, r.note || 'no /usr/bin/time');
}
// PDF: within twice the HTML's time for the same report, in a few seconds for 1,000 partners,
// under 300 MB (issue 28): the example's report meets it; the 1,000-partner directory does not
// (about 500 MB: Typst's layout, docs/benchmarks.md), and its line says so.
const both = (a, b) => usable(a) && usable(b);
budget(
  'report pdf / report html (example)',
  get('report pdf example').ms / get('report html example').ms,
  2,
  both('report pdf example', 'report html example'),
);
budget('report pdf / report html (×1)', get('report pdf ×1').ms / get('report html ×1').ms, 2, both('report pdf ×1', 'report html ×1'));
budget('directory pdf ×1 (s)', get('directory pdf ×1').ms / 1000, 6, usable('directory pdf ×1'), get('directory pdf ×1').note);
const pdfRss = get('report pdf example');
budget('report pdf example peak RSS (MB)', pdfRss.rss ?? NaN, 300, usable('report pdf example') && pdfRss.rss !== undefined, pdfRss.note || 'no /usr/bin/time');
const directoryRss = get('directory pdf ×1');
budget(
  'directory pdf ×1 peak RSS (MB)',
  directoryRss.rss ?? NaN,
  300,
  usable('directory pdf ×1') && directoryRss.rss !== undefined,
  directoryRss.note || 'no /usr/bin/time',
);

const table = (head, body) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
};

const cpu = cpus()[0]?.model ?? '?';
const machine = `${COMPARE ? `compare: ${relative(ROOT, COMPARE)}; ` : ''}${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, median of ${RUNS}`;
const report = [
  `Machine: ${machine}`,
  '',
  table(['command', 'median ms', '× node -e 0', '× floor', 'peak RSS MB', 'note'], rows),
  '',
  table(
    ['budget', 'measured', 'limit', 'result'],
    budgets.map((b) => [
      b.what,
      b.value === undefined ? '–' : fmt(b.value),
      String(b.limit),
      b.pass ? 'PASS' : b.value === undefined ? `FAIL (not measurable: ${b.why})` : 'FAIL',
    ]),
  ),
].join('\n');
console.log(report);
const json = option('--json', join(OUT, 'results.json'));
writeFileSync(json, JSON.stringify({ machine, runs: RUNS, results: Object.fromEntries(results), budgets }, null, 2) + '\n');
writeFileSync(join(OUT, 'results.md'), report + '\n');
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
