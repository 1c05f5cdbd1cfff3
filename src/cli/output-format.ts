// The output format of a generating command: `--format`, else the ending of `--out`, else the default.
import { extname } from 'node:path';

export function outputFormat<T extends string>(given: T | undefined, out: string | undefined, byExtension: Readonly<Record<string, T>>, fallback: T): T {
  if (given !== undefined) return given;
  if (out !== undefined) {
    const fromExt = byExtension[extname(out).toLowerCase()];
    if (fromExt) return fromExt;
  }
  return fallback;
}
