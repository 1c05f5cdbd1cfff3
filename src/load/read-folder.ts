// Stage 1: the network folder on disk → the raw bytes of its YAML files.
// Synchronous on purpose: a CLI has nothing to do meanwhile, and a thousand files read one by
// one through the thread pool spent a fifth of `validate`'s time waiting (docs/benchmarks.md).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { MAX_FILE_BYTES } from './parse-yaml.js';
import type { Lang } from '../i18n/lang.js';
import { COLLECTIONS, type Collection } from '../model/vocabulary.js';

export interface SourceFile {
  /** Relative to the network folder, `/`-separated: `partners/kita-sonnenschein.yaml`. */
  file: string;
  bytes: Buffer;
  /** The file's size on disk; above MAX_FILE_BYTES the bytes are not read (left empty). */
  size: number;
}

export interface NetworkFolder {
  dir: string;
  network: SourceFile;
  collections: Record<Collection, SourceFile[]>;
}

const YAML_FILE = /\.ya?ml$/i;

/** Reads network.yaml and every collection file. Missing folder or network.yaml, unreadable files: exit 2. */
export function readNetworkFolder(dir: string, lang: Lang): NetworkFolder {
  const info = statOrUndefined(dir);
  if (!info?.isDirectory()) {
    throw new UsageError(
      lang === 'de'
        ? `Der Ordner „${dir}“ wurde nicht gefunden.`
        : `The folder "${dir}" was not found.`,
    );
  }
  const network = readOptional(join(dir, 'network.yaml'), 'network.yaml', lang);
  if (!network) {
    throw new UsageError(
      lang === 'de'
        ? `Im Ordner „${dir}“ gibt es keine network.yaml – ist das der Ordner eines Netzwerks? Ein neues Netzwerk legt „netzwerk init ${dir}“ an.`
        : `There is no network.yaml in "${dir}" – is this a network folder? "netzwerk init ${dir}" creates a new network.`,
    );
  }
  const collections = {} as Record<Collection, SourceFile[]>;
  for (const name of COLLECTIONS) {
    const files: SourceFile[] = [];
    for (const ext of ['yaml', 'yml']) {
      const source = readOptional(join(dir, `${name}.${ext}`), `${name}.${ext}`, lang);
      if (source) files.push({ file: `${name}.${ext}`, ...source });
    }
    files.push(...readCollectionFolder(dir, name, lang));
    collections[name] = files;
  }
  return { dir, network: { file: 'network.yaml', ...network }, collections };
}

function readOptional(path: string, shown: string, lang: Lang): Pick<SourceFile, 'bytes' | 'size'> | undefined {
  const info = statOrUndefined(path);
  if (!info?.isFile()) return undefined;
  return readSource(path, shown, info.size, lang);
}

/**
 * The bytes of one file whose size the caller has from its stat. The size is checked BEFORE
 * reading: a 50 MB file (an export gone wrong, a video renamed .yaml) is refused at once with a
 * message instead of being read and parsed.
 */
function readSource(path: string, shown: string, size: number, lang: Lang): Pick<SourceFile, 'bytes' | 'size'> {
  try {
    return { bytes: size > MAX_FILE_BYTES ? Buffer.alloc(0) : readFileSync(path), size };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(
      lang === 'de'
        ? `Die Datei „${shown}“ kann nicht gelesen werden (${reason}). Bitte die Zugriffsrechte prüfen.`
        : `The file "${shown}" cannot be read (${reason}). Please check its permissions.`,
    );
  }
}

/** All `*.yaml`/`*.yml` files below `dir/name/`, in sorted order; hidden entries and link loops skipped. */
function readCollectionFolder(dir: string, name: string, lang: Lang): SourceFile[] {
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
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new UsageError(
        lang === 'de'
          ? `Der Ordner „${rel}“ kann nicht gelesen werden (${reason}).`
          : `The folder "${rel}" cannot be read (${reason}).`,
      );
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
        out.push({ file: childRel, ...readSource(childAbs, childRel, target.size, lang) });
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
