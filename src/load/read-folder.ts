// Stage 1: the network folder on disk → the raw bytes of its YAML files.
// Synchronous on purpose: a CLI has nothing to do meanwhile, and a thousand files read one by
// one through the thread pool spent a fifth of `validate`'s time waiting (docs/benchmarks.md).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { FileError } from '../errors.js';
import { COLLECTIONS, type Collection } from '../model/vocabulary.js';
import { MAX_FILE_BYTES, type SourceFile } from './source.js';

export type { SourceFile } from './source.js';

export interface NetworkFolder {
  dir: string;
  network: SourceFile;
  collections: Record<Collection, SourceFile[]>;
  /** Whether a path relative to the folder (`protokolle/2024-03.pdf`) is a file there: for paths the data names. */
  exists(path: string): boolean;
  /** Whether a path relative to the folder is a folder there (an empty `partners/` is the network's choice, too). */
  isFolder(path: string): boolean;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads network.yaml and every collection file. Missing folder or network.yaml, unreadable files:
 * exit 2. `shown` is the folder as the user gave it, for messages (default: `dir`).
 */
export function readNetworkFolder(dir: string, shown = dir): NetworkFolder {
  const info = statOrUndefined(dir);
  if (!info?.isDirectory()) {
    throw new FileError('file.folder-missing', { dir: shown });
  }
  const network = readOptional(join(dir, 'network.yaml'), 'network.yaml');
  if (!network) {
    throw new FileError('file.network-missing', { dir: shown });
  }
  const collections = {} as Record<Collection, SourceFile[]>;
  for (const name of COLLECTIONS) {
    const files: SourceFile[] = [];
    for (const ext of ['yaml', 'yml']) {
      const source = readOptional(join(dir, `${name}.${ext}`), `${name}.${ext}`);
      if (source) files.push({ file: `${name}.${ext}`, ...source });
    }
    files.push(...readCollectionFolder(dir, name));
    collections[name] = files;
  }
  const exists = (path: string) => statOrUndefined(join(dir, path))?.isFile() === true;
  const isFolder = (path: string) => statOrUndefined(join(dir, path))?.isDirectory() === true;
  return { dir, network: { file: 'network.yaml', ...network }, collections, exists, isFolder };
}

function readOptional(path: string, shown: string): Pick<SourceFile, 'bytes' | 'size'> | undefined {
  const info = statOrUndefined(path);
  if (!info?.isFile()) return undefined;
  return readSource(path, shown, info.size);
}

/**
 * The bytes of one file whose size the caller has from its stat. The size is checked BEFORE
 * reading: a 50 MB file (an export gone wrong, a video renamed .yaml) is refused at once with a
 * message instead of being read and parsed.
 */
function readSource(path: string, shown: string, size: number): Pick<SourceFile, 'bytes' | 'size'> {
  try {
    return { bytes: size > MAX_FILE_BYTES ? Buffer.alloc(0) : readFileSync(path), size };
  } catch (e) {
    throw new FileError('file.unreadable', { file: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** All `*.yaml`/`*.yml` files below `dir/name/`, in sorted order; hidden entries and link loops skipped. */
function readCollectionFolder(dir: string, name: string): SourceFile[] {
  const root = join(dir, name);
  const info = statOrUndefined(root);
  if (!info?.isDirectory()) return [];
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const rootReal = realpathSync(root);
  const walk = (abs: string, rel: string): void => {
    const real = attempt(() => realpathSync(abs));
    if (!real || seen.has(real)) return; // a link loop or a dangling link
    if (rootReal.startsWith(real + sep)) return; // a link up to an enclosing folder: a loop, too
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(abs).sort();
    } catch (e) {
      throw new FileError('file.folder-unreadable', { dir: rel, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const childAbs = join(abs, entry);
      const childRel = `${rel}/${entry}`;
      const link = attempt(() => lstatSync(childAbs));
      const target = link?.isSymbolicLink() ? statOrUndefined(childAbs) : link;
      if (!target) continue;
      if (target.isDirectory()) walk(childAbs, childRel);
      else if (target.isFile() && YAML_FILE.test(entry)) {
        out.push({ file: childRel, ...readSource(childAbs, childRel, target.size) });
      }
    }
  };
  walk(root, name);
  return out;
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const statOrUndefined = (path: string): Stats | undefined => attempt(() => statSync(path));
