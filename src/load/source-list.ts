// The sources a user names on the command line for `overview`: network folders, report files, a
// folder of report files, or a file pattern (`berichte/*.json`: Windows' shells pass the `*` on
// unexpanded). Each becomes a network folder or a file, in a fixed order, named as the user wrote it.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError } from '../errors.js';

export interface SourceEntry {
  /** Absolute. */
  path: string;
  /** As the user wrote it; a file found in a folder or by a pattern: the folder as written, then the name. */
  shown: string;
  kind: 'folder' | 'file';
}

const isPattern = (name: string) => /[*?]/.test(name);
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function kindOf(path: string): 'folder' | 'file' | undefined {
  try {
    const info = statSync(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** A `*` (any characters) and `?` (one) pattern of a file name, matched without regard to case (Windows). */
function patternOf(name: string): RegExp {
  const body = [...name].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'i');
}

function filesIn(dir: string, shownDir: string, match: (name: string) => boolean): SourceEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new FileError('file.folder-unreadable', { dir: shownDir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const shownPrefix = shownDir === '.' ? '' : `${shownDir.replace(/[\\/]+$/, '')}/`;
  return names
    .filter(match)
    .sort(byName)
    .flatMap((name) => (kindOf(join(dir, name)) === 'file' ? [{ path: join(dir, name), shown: `${shownPrefix}${name}`, kind: 'file' as const }] : []));
}

/**
 * A folder with network.yaml is a network; a folder without it stands for the report files
 * (`*.json`) in it; a pattern for the files it matches. Missing, or matching nothing: exit 2.
 */
export function listSources(args: readonly string[], cwd: string): SourceEntry[] {
  return args.flatMap((arg): SourceEntry[] => {
    const path = resolve(cwd, arg);
    if (isPattern(basename(arg))) {
      const dir = dirname(path);
      if (kindOf(dir) !== 'folder') throw new FileError('sources.missing', { source: arg });
      const found = filesIn(dir, dirname(arg), (name) => patternOf(basename(arg)).test(name));
      if (found.length === 0) throw new FileError('sources.none-matching', { source: arg });
      return found;
    }
    const kind = kindOf(path);
    if (kind === undefined) throw new FileError('sources.missing', { source: arg });
    if (kind === 'file' || kindOf(join(path, 'network.yaml')) === 'file') return [{ path, shown: arg, kind }];
    const found = filesIn(path, arg, (name) => /\.json$/i.test(name));
    if (found.length === 0) throw new FileError('sources.empty-folder', { source: arg });
    return found;
  });
}
