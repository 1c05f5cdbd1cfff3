// `report --out bericht.pdf` without printing: a browser that is not there, an ending that cannot
// be written, and where netzwerk looks for a browser; without one, exit 2 and how to print by
// hand. Printing itself: test/system/report-pdf.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/errors.js';
import { t } from '../../src/i18n/catalogue.js';
import { browserCandidates, findBrowser } from '../../src/write/browser.js';
import { htmlToPdf } from '../../src/write/pdf.js';
import { EXAMPLES, run, tempDir } from '../support/helpers.js';

const TODAY = ['--today', '2026-11-23'];
const ENV = { PATH: process.env.PATH ?? '' };

describe('a browser that is not there', () => {
  it('NETZWERK_BROWSER naming a missing program is exit 2, nothing written', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', join(EXAMPLES, 'ratingen'), '--out', 'bericht.pdf', ...TODAY], {
        cwd: tmp.dir,
        env: { ...ENV, NETZWERK_BROWSER: '/gibt/es/nicht/chrome' },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'netzwerk: NETZWERK_BROWSER nennt „/gibt/es/nicht/chrome“, dort ist aber kein Programm. Bitte den Pfad zu Chrome, Edge oder Chromium angeben.\n',
      );
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.remove();
    }
  });
});

describe('--out bericht.docx', () => {
  it('exits 2 and writes nothing', async () => {
    const tmp = tempDir();
    try {
      const r = await run(['report', join(EXAMPLES, 'ratingen'), '--out', 'bericht.docx', ...TODAY], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--out: Dateien mit der Endung „.docx“ kann dieser Befehl nicht schreiben');
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.remove();
    }
  });
});

describe('finding the browser', () => {
  it('takes NETZWERK_BROWSER first, then CHROME_PATH and PUPPETEER_EXECUTABLE_PATH', () => {
    const none = () => false;
    expect(findBrowser({ NETZWERK_BROWSER: '/a', CHROME_PATH: '/b' }, 'linux', none)).toEqual({ path: '/a', from: 'env', env: 'NETZWERK_BROWSER' });
    expect(findBrowser({ CHROME_PATH: '/b', PUPPETEER_EXECUTABLE_PATH: '/c' }, 'linux', none)).toEqual({ path: '/b', from: 'env', env: 'CHROME_PATH' });
    expect(findBrowser({}, 'linux', none)).toBeUndefined();
  });

  it('looks in the usual places of Linux, macOS and Windows', () => {
    expect(browserCandidates('linux', {})).toEqual(
      expect.arrayContaining([
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
      ]),
    );
    expect(browserCandidates('darwin', { HOME: '/Users/koord' })).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Users/koord/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ]),
    );
    const win = browserCandidates('win32', {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LocalAppData: 'C:\\Users\\k\\AppData\\Local',
    });
    expect(win).toEqual(
      expect.arrayContaining([
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Users\\k\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      ]),
    );
    expect(findBrowser({}, 'linux', (p) => p === '/usr/bin/google-chrome')).toEqual({ path: '/usr/bin/google-chrome', from: 'search' });
  });

  it('without a browser: exit 2 (FileError) and how to print the HTML by hand, naming the variable', async () => {
    // A Windows machine without Chrome or Edge: no place to look at.
    const error = await htmlToPdf(
      { env: {} },
      { html: '<p>x</p>', footer: { text: '', pageOf: '' }, date: '2026-11-23', out: 'bericht.pdf', htmlCommand: '--out bericht.html' },
      'win32',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).exitCode).toBe(2);
    const message = t('de', (error as MessageError).code, (error as MessageError).params);
    expect(message).toContain('„bericht.pdf“ wurde nicht angelegt');
    expect(message).toContain('die Seite als HTML schreiben (--out bericht.html), im Browser öffnen, Drucken → „Als PDF speichern“');
    // the example in the style of the system the program runs on (here 'win32'): never a Linux path on Windows
    expect(message).toContain('in der Umgebungsvariable NETZWERK_BROWSER angeben, z. B. „C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe“.');
    expect(message).not.toContain('/usr/');
  });
});
