// Stage 1: the network folder on disk → the raw bytes of its YAML files.
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { COLLECTIONS, type Collection } from '../model/vocabulary.js';

export interface SourceFile {
  /** Relative to the network folder, `/`-separated: `partners/kita-sonnenschein.yaml`. */
  file: string;
  bytes: Buffer;
}

export interface NetworkFolder {
  dir: string;
  network: SourceFile;
  collections: Record<Collection, SourceFile[]>;
}

const YAML_FILE = /\.ya?ml$/i;

/** Reads network.yaml and every collection file. Missing folder or network.yaml, unreadable files: exit 2. */
export async function readNetworkFolder(dir: string, lang: Lang): Promise<NetworkFolder> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new UsageError(
      lang === 'de'
        ? `Der Ordner „${dir}“ wurde nicht gefunden.`
        : `The folder "${dir}" was not found.`,
    );
  }
  const networkBytes = await readOptional(join(dir, 'network.yaml'), 'network.yaml', lang);
  if (!networkBytes) {
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
      const bytes = await readOptional(join(dir, `${name}.${ext}`), `${name}.${ext}`, lang);
      if (bytes) files.push({ file: `${name}.${ext}`, bytes });
    }
    files.push(...(await readCollectionFolder(dir, name, lang)));
    collections[name] = files;
  }
  return { dir, network: { file: 'network.yaml', bytes: networkBytes }, collections };
}

async function readOptional(path: string, shown: string, lang: Lang): Promise<Buffer | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) return undefined;
  return readSource(path, shown, lang);
}

async function readSource(path: string, shown: string, lang: Lang): Promise<Buffer> {
  try {
    return await readFile(path);
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
async function readCollectionFolder(dir: string, name: string, lang: Lang): Promise<SourceFile[]> {
  const root = join(dir, name);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs).catch(() => undefined);
    if (!real || seen.has(real)) return; // a link loop or a dangling link
    seen.add(real);
    let entries: string[];
    try {
      entries = (await readdir(abs)).sort();
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
      const link = await lstat(childAbs).catch(() => undefined);
      const target = link?.isSymbolicLink() ? await stat(childAbs).catch(() => undefined) : link;
      if (!target) continue;
      if (target.isDirectory()) await walk(childAbs, childRel);
      else if (target.isFile() && YAML_FILE.test(entry)) {
        out.push({ file: childRel, bytes: await readSource(childAbs, childRel, lang) });
      }
    }
  };
  await walk(root, name);
  return out;
}
