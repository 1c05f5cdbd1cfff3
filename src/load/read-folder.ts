// Stage 1: the network folder on disk → the raw bytes of its YAML files.
// Synchronous on purpose: a CLI has nothing to do meanwhile, and a thousand files read one by
// one through the thread pool spent a fifth of `validate`'s time waiting (docs/benchmarks.md).
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { FileError } from '../errors.js';
import { COLLECTIONS, type Collection } from '../model/vocabulary.js';
import { showControls } from '../safe-text.js';
import { firstInvalidUtf8 } from './parse-yaml.js';
import { shellArg } from '../paths.js';
import { isProgramFolder } from './program-folder.js';
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

/** Every file of the network: network.yaml, then each collection's files in the order they were read. */
export const folderFiles = (folder: Pick<NetworkFolder, 'network' | 'collections'>): SourceFile[] => [
  folder.network,
  ...COLLECTIONS.flatMap((c) => folder.collections[c]),
];

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads network.yaml and every collection file. Missing folder or network.yaml, unreadable files:
 * exit 2 (the program's own folder is said to be that, not a network). `shown` is the folder as
 * the user gave it, for messages (default: `dir`).
 */
export function readNetworkFolder(dir: string, shown = dir): NetworkFolder {
  const info = statIfThere(dir, shown, 'folder');
  if (!info?.isDirectory()) {
    throw new FileError('file.folder-missing', { dir: shown });
  }
  const network = readOptional(join(dir, 'network.yaml'), 'network.yaml');
  if (!network) {
    if (isProgramFolder(dir)) throw new FileError('file.program-folder', { dir: shown });
    throw new FileError('file.network-missing', { dir: shown, arg: shellArg(shown) });
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
  const info = statIfThere(path, shown);
  if (!info?.isFile()) return undefined;
  return readSource(path, shown);
}

/**
 * The bytes of one file. Its size is checked BEFORE reading: a 50 MB file (an export gone wrong,
 * a video renamed .yaml) is refused at once with a message instead of being read and parsed.
 */
function readSource(path: string, shown: string): Pick<SourceFile, 'bytes' | 'size'> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    return { bytes: size > MAX_FILE_BYTES ? Buffer.alloc(0) : readFileSync(fd), size };
  } catch (e) {
    throw new FileError('file.unreadable', { file: shown, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * All `*.yaml`/`*.yml` files below `dir/name/`, in sorted order; hidden entries and link loops
 * skipped. Names are read as bytes: a name that is not UTF-8 (a Windows archive's `m\xf6rs.yaml`)
 * is an error naming the file, never a file left out. A link is followed only to a place inside
 * the network folder; a link to anywhere else (`partners/usr -> /usr`) is an error naming it.
 */
function readCollectionFolder(dir: string, name: string): SourceFile[] {
  const root = join(dir, name);
  const info = statIfThere(root, name, 'folder');
  if (!info?.isDirectory()) return [];
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const rootReal = realpathSync(root);
  const networkReal = realpathSync(dir);
  const inside = (real: string) => within(real, networkReal) || within(real, rootReal);
  const walk = (abs: string, rel: string): void => {
    const real = attempt(() => realpathSync(abs));
    if (!real || seen.has(real)) return; // a link loop or a dangling link
    if (rootReal.startsWith(real + sep)) return; // a link up to an enclosing folder: a loop, too
    seen.add(real);
    // With their kinds (from the folder itself: no lstat per file, a tenth of reading a thousand files).
    let entries: { raw: Buffer; entry: string; kind: Dirent<Buffer> }[];
    try {
      entries = readdirSync(abs, { encoding: 'buffer', withFileTypes: true })
        .map((kind) => ({ raw: kind.name, entry: kind.name.toString('utf8'), kind }))
        .sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : Buffer.compare(a.raw, b.raw)));
    } catch (e) {
      throw new FileError('file.folder-unreadable', { dir: rel, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    for (const { raw, entry, kind } of entries) {
      if (raw[0] === 0x2e) continue; // hidden: `.`, `..`, `.git`, an editor's `.x.yaml.swp`
      const childRel = `${rel}/${shownName(raw)}`;
      if (firstInvalidUtf8(raw) >= 0) {
        const kind = attempt(() => lstatSync(Buffer.concat([Buffer.from(abs + sep), raw])));
        if (kind?.isDirectory() || YAML_FILE.test(raw.toString('latin1'))) throw new FileError('file.name-not-utf8', { file: childRel });
        continue;
      }
      const childAbs = join(abs, entry);
      const link = kind.isSymbolicLink();
      const target = link ? statOrUndefined(childAbs) : kind;
      if (!target) continue;
      const wanted = target.isDirectory() || (target.isFile() && YAML_FILE.test(entry));
      if (wanted && link) {
        const real = attempt(() => realpathSync(childAbs));
        if (real !== undefined && !inside(real)) throw new FileError('file.link-outside', { file: childRel, target: showControls(real, true) });
      }
      if (target.isDirectory()) walk(childAbs, childRel);
      else if (wanted) out.push({ file: childRel, ...readSource(childAbs, childRel) });
    }
  };
  walk(root, name);
  return out;
}

/** `path` is `base` or below it. */
const within = (path: string, base: string) => path === base || path.startsWith(base.endsWith(sep) ? base : base + sep);

/** A file name as it can be shown: bytes that are not UTF-8 as `\xf6`, control characters as `\n`, `\u001b`. */
function shownName(raw: Buffer): string {
  let out = '';
  let rest = raw;
  for (let bad = firstInvalidUtf8(rest); bad >= 0; bad = firstInvalidUtf8(rest)) {
    out += rest.subarray(0, bad).toString('utf8') + `\\x${rest[bad]!.toString(16).padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return showControls(out + rest.toString('utf8'), true);
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const statOrUndefined = (path: string): Stats | undefined => attempt(() => statSync(path));

/** Absent: not there at all. Anything else stays an error: a file of OneDrive's that cannot be fetched is not a missing file. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

/**
 * The file's or folder's kind, or undefined when it is not there; a failure to look (EIO, EACCES,
 * EBUSY, a share that went away) is an error naming it, never taken as "not there": a collection
 * file left out would make its entries disappear from every output without a word.
 */
function statIfThere(path: string, shown: string, kind: 'file' | 'folder' = 'file'): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    if (ABSENT.has(reason)) return undefined;
    throw kind === 'folder' ? new FileError('file.folder-unreadable', { dir: shown, reason }) : new FileError('file.unreadable', { file: shown, reason });
  }
}
