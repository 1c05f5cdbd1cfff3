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
  /** A file's size in bytes (0 for a folder). */
  size: number;
}

const isPattern = (name: string) => /[*?]/.test(name);
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function infoOf(path: string): { kind: 'folder' | 'file'; size: number } | undefined {
  try {
    const info = statSync(path);
    return info.isDirectory() ? { kind: 'folder', size: 0 } : info.isFile() ? { kind: 'file', size: info.size } : undefined;
  } catch {
    return undefined;
  }
}
const kindOf = (path: string) => infoOf(path)?.kind;

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
    .flatMap((name) => {
      const info = infoOf(join(dir, name));
      return info?.kind === 'file' ? [{ path: join(dir, name), shown: `${shownPrefix}${name}`, kind: 'file' as const, size: info.size }] : [];
    });
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
    const info = infoOf(path);
    if (info === undefined) throw new FileError('sources.missing', { source: arg });
    if (info.kind === 'file' || kindOf(join(path, 'network.yaml')) === 'file') return [{ path, shown: arg, ...info }];
    const found = filesIn(path, arg, (name) => /\.json$/i.test(name));
    if (found.length === 0) throw new FileError('sources.empty-folder', { source: arg });
    return found;
  });
}
