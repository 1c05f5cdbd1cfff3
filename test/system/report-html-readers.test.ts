// The HTML report read back by independent programs: valid for tidy, and no accessibility
// violations for axe-core in a real Chromium (photographed with SCREENSHOTS=1). The rest of the
// HTML report: test/cli/report-html.test.ts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshotPath, withChromium } from '../support/chromium.js';
import { EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { hasTool } from '../support/tools.js';

const NETWORKS = [join(FIXTURES, 'report', 'musterkreis'), join(EXAMPLES, 'kreis-kleve'), join(EXAMPLES, 'ratingen')];
const hasTidy = hasTool('tidy');
const hasChromium = hasTool('chromium');

async function html(dir: string, ...extra: string[]): Promise<string> {
  const r = await run(['report', dir, '--format', 'html', '--today', '2026-11-23', ...extra]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('HTML report, read back', () => {
  it
    .runIf(hasTidy)
    .each([...NETWORKS.map((dir) => [dir, []]), [NETWORKS[1], ['--compare', 'previous']], [NETWORKS[1], ['--profile', 'fruehe-hilfen']]] as [
      string,
      string[],
    ][])('passes tidy without errors or warnings: %s %s', async (dir, extra) => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'report.html');
      writeFileSync(file, await html(dir, ...extra));
      const r = spawnSync('tidy', ['-errors', '-quiet', '-utf8', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  it.runIf(hasChromium)('has no accessibility violations in a real Chromium (axe-core), for each audience', { timeout: 180_000 }, async () => {
    await withChromium(async (browser) => {
      for (const audience of ['internal', 'network', 'public']) {
        const shot = screenshotPath(`report-${audience}`);
        expect(await axeViolations(browser, await html(join(EXAMPLES, 'kreis-kleve'), '--audience', audience), shot), audience).toEqual([]);
      }
      // The comparison's charts and tables too.
      const shot = screenshotPath('report-compare');
      expect(await axeViolations(browser, await html(join(EXAMPLES, 'kreis-kleve'), '--compare', 'previous', '--lang', 'en'), shot)).toEqual([]);
      // The Frühe-Hilfen section's tables.
      const fh = screenshotPath('report-fruehe-hilfen');
      expect(await axeViolations(browser, await html(join(EXAMPLES, 'kreis-kleve'), '--profile', 'fruehe-hilfen', '--audience', 'public'), fh)).toEqual([]);
    });
  });
});
