// That a step is working, for a person at a terminal: a step that takes longer than a second (a
// PDF, an import of hundreds of rows) shows a turning mark and what it does on stderr, removed
// when the step is done. Nothing at all when stderr is not a terminal (a file, a pipe, the tests).
import { t, type Code } from '../i18n/catalogue.js';
import type { Context } from './context.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Shown only after this long: a quick step stays quiet. */
const DELAY_MS = 1000;
const FRAME_MS = 100;

export async function working<T>(ctx: Context, code: Code, step: () => Promise<T>): Promise<T> {
  const stderr = ctx.io.stderr;
  if (!stderr.isTTY) return step();
  const text = t(ctx.lang, code);
  let frame = 0;
  let shown = false;
  let ticker: NodeJS.Timeout | undefined;
  const start = setTimeout(() => {
    shown = true;
    const draw = () => void stderr.write(`\r${FRAMES[frame++ % FRAMES.length]} ${text}`);
    draw();
    ticker = setInterval(draw, FRAME_MS);
  }, DELAY_MS);
  try {
    return await step();
  } finally {
    clearTimeout(start);
    if (ticker) clearInterval(ticker);
    // the line cleared: what follows (the result, an error) starts at its beginning
    if (shown) stderr.write('\r\x1b[2K');
  }
}
