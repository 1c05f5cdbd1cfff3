// A JSON file a user brings (a report a network sent for `overview`): bytes → parsed value.
// Missing, unreadable, too large, not UTF-8 or not JSON: exit 2 with the file's name and, for
// broken JSON, where it breaks.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { FileError } from '../errors.js';
import { MAX_FILE_BYTES } from './source.js';

export function readJsonFile(path: string, shown: string): unknown {
  const info = (() => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  })();
  if (!info?.isFile()) throw new FileError('json.missing', { file: shown });
  if (info.size > MAX_FILE_BYTES) throw new FileError('json.too-large', { file: shown, size: Math.ceil(info.size / 1048576), limit: MAX_FILE_BYTES / 1048576 });
  let text: string;
  try {
    // Decoded as UTF-8 by Node itself (the fastest way in); only a text with a replacement
    // character may have had bytes that are not UTF-8, and is checked byte for byte.
    text = readFileSync(path, 'utf8');
    if (text.includes('\uFFFD') && !isUtf8(readFileSync(path))) throw new FileError('json.not-utf8', { file: shown });
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('file.unreadable', { file: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  text = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // V8 says where: "… in JSON at position 12 (line 2 column 3)"; older ones only the position.
    const m = /line (\d+) column (\d+)/.exec((e as Error).message) ?? undefined;
    const position = /position (\d+)/.exec((e as Error).message)?.[1];
    const line = m?.[1] ?? (position === undefined ? undefined : String(text.slice(0, Number(position)).split('\n').length));
    throw new FileError('json.invalid', { file: shown, line });
  }
}
