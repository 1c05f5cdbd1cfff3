// Lighthouse 12.2.3 (pinned: 13 needs Node 22) in Debian's Chromium rates the Wegweiser and the
// report at 100 in accessibility, best practices and SEO, served the way a web site would serve
// them (HTTP on localhost, a favicon answered, no robots.txt). The pages: their meta description,
// language, contrast, no console errors, crawlable. Only at full size (NETZWERK_TEST_SIZE=full:
// vitest.config.ts leaves the file out of npm test).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium-args.js';
import { EXAMPLES, ROOT, run, tempDir } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

const TODAY = ['--today', '2026-11-23'];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

/** Serves one page at / (and nothing else but a favicon) on localhost. */
function serve(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://localhost:${(server.address() as AddressInfo).port}/`, server })));
}

/** Lighthouse's report on a page, through its own command line with Debian's Chromium. */
async function lighthouse(html: string): Promise<Report> {
  const { url, server } = await serve(html);
  const tmp = tempDir();
  try {
    const out = join(tmp.dir, 'lighthouse.json');
    const bin = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
    const args = [
      bin,
      url,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--output=json',
      `--output-path=${out}`,
    ];
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'ignore' });
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  } finally {
    tmp.remove();
    server.close();
  }
}

const failing = (r: Report) =>
  Object.entries(r.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'))
    .map(([id, a]) => `${id}: ${a.title}`);

/** The pages rated (about 15 s each). */
const PAGES: [string, string[]][] = [
  ['the Wegweiser', ['directory', join(EXAMPLES, 'kreis-kleve'), '--audience', 'public']],
  ['the report', ['report', join(EXAMPLES, 'kreis-kleve'), '--format', 'html']],
  ['the Wegweiser in English', ['directory', join(EXAMPLES, 'herne'), '--audience', 'public', '--lang', 'en']],
  [
    'the public report with the comparison',
    ['report', join(EXAMPLES, 'siegen-wittgenstein'), '--format', 'html', '--audience', 'public', '--compare', 'previous'],
  ],
];

// A minute of Chromium per run: at full size only (npm run test:ci, .ci/run), where a missing Chromium fails.
describe.runIf(hasTool('chromium'))('Lighthouse', () => {
  it.each(PAGES)('rates %s at 100 in accessibility, best practices and SEO', { timeout: 180_000 }, async (_name, args) => {
    const r = await run([...args, ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const report = await lighthouse(r.stdout);
    expect(report.lighthouseVersion).toBe('12.2.3');
    expect(failing(report)).toEqual([]);
    for (const c of CATEGORIES) expect(report.categories[c]!.score, c).toBe(1);
  });
});
