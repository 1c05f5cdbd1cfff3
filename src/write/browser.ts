// Where a Chromium-based browser is on this machine, for printing PDFs: first the environment
// variable the user sets (NETZWERK_BROWSER; also CHROME_PATH and PUPPETEER_EXECUTABLE_PATH, which
// other tools use), then the usual places of Chromium, Chrome and Edge on Linux, macOS and
// Windows. Nothing is downloaded: without a browser, the caller says how to print by hand.
import { posix, win32 } from 'node:path';

export const BROWSER_ENV = 'NETZWERK_BROWSER';
const OTHER_ENVS = ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

export type Found = { path: string; from: 'env'; env: string } | { path: string; from: 'search' };

/** A browser's path as the user's system writes it, for the example in a message (never a Linux path on Windows). */
export function browserExample(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
  if (platform === 'darwin') return '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  return '/usr/bin/chromium';
}

/** The places to look at, in order, for one platform (`process.platform`). */
export function browserCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    const home = env.HOME ? [posix.join(env.HOME, 'Applications')] : [];
    return ['/Applications', ...home].flatMap((dir) => apps.map((app) => posix.join(dir, app)));
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? env.PROGRAMFILES, env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'], env.LocalAppData ?? env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    const programs = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    return programs.flatMap((program) => roots.map((root) => win32.join(root, program)));
  }
  // Linux and the other Unix systems: the usual commands in the usual folders.
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin', '/opt/google/chrome', '/opt/microsoft/msedge'];
  const fromPath = (env.PATH ?? '').split(':').filter((d) => d.startsWith('/'));
  return [...new Set([...dirs, ...fromPath])]
    .flatMap((dir) => names.map((name) => posix.join(dir, name)))
    .concat('/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge');
}

/**
 * The browser to print with, or undefined. A variable that names a missing file is not passed
 * over in silence: `{ from: 'env' }` with that path, and the caller reports it.
 */
export function findBrowser(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  isFile: (path: string) => boolean,
): Found | undefined {
  for (const name of [BROWSER_ENV, ...OTHER_ENVS]) {
    const given = env[name]?.trim();
    if (given) return { path: given, from: 'env', env: name };
  }
  const path = browserCandidates(platform, env).find(isFile);
  return path === undefined ? undefined : { path, from: 'search' };
}
