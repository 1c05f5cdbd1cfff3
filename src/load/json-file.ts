// A JSON file a user brings (a report a network sent for `overview`): bytes → parsed value.
// Missing, unreadable, too large, not UTF-8 or not JSON: exit 2 with the file's name and, for
// broken JSON, where it breaks.
import { readFileSync, statSync } from 'node:fs';
import { FileError } from '../errors.js';
import { firstInvalidUtf8 } from './parse-yaml.js';
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FileError('file.unreadable', { file: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  if (firstInvalidUtf8(bytes) >= 0) throw new FileError('json.not-utf8', { file: shown });
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
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
