// The program's own folder is not a network. It is recognised by its package.json, the one of
// this program (name "netzwerk"): a downloaded or cloned copy, or where npm installed it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfAndAncestors } from '../paths.js';

export function isProgramFolder(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'netzwerk';
  } catch {
    return false;
  }
}

/** The program folder that `dir` is, or lies in (at any depth), if there is one. */
export function programFolderAround(dir: string): string | undefined {
  return selfAndAncestors(dir).find(isProgramFolder);
}
