// The system project's globalSetup (vitest.config.ts): one headless Chromium for the whole run
// (Debian's /usr/bin/chromium; never a downloaded one), whose address the test files get with
// inject('chromium') and connect to (test/support/chromium.ts): a page per check instead of a
// browser per test. With SCREENSHOTS=1 the pages are photographed into one temporary folder
// (SCREENSHOTS=FOLDER: into that one), named when the run starts.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'puppeteer-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium-args.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's DevTools websocket, when Chromium is installed. */
    chromium?: string;
    /** Where screenshots go; none are taken without. */
    screenshots?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shots = process.env.SCREENSHOTS;
  let folder: string | undefined;
  if (shots) {
    folder = shots === '1' ? mkdtempSync(join(tmpdir(), 'netzwerk-screenshots-')) : resolve(shots);
    mkdirSync(folder, { recursive: true });
    project.provide('screenshots', folder);
    console.log(`screenshots: ${folder}`);
  }
  if (!existsSync(CHROMIUM)) return async () => {}; // the tests skip, or fail with CI=true (tools.ts)
  const profile = mkdtempSync(join(tmpdir(), 'netzwerk-chromium-'));
  const browser = await launch({ executablePath: CHROMIUM, headless: true, userDataDir: profile, args: CHROMIUM_ARGS });
  project.provide('chromium', browser.wsEndpoint());
  return async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
}
