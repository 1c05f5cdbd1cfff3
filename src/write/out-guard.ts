// `--out` never replaces a file of the network itself. Names alone cannot tell: `netlink/network.yaml`
// (a link to the network folder), `bericht.txt` (a link to network.yaml), `Network.yaml` on a disk
// that ignores case (Windows, macOS) and a hard link all name network.yaml. So the guard compares
// FILES (device and inode, through every link) and, for a file not yet there, the real folder it
// would be created in:
// - an existing target that is network.yaml or a collection file (partners.yaml …) is refused;
// - a target in a collection folder (partners/, meetings/, agreements/, activities/) or below is refused, even
//   a new one: it would become part of the network at the next run;
// - a new target in the network folder named like a network file is refused in any spelling of
//   upper and lower case: on Windows and macOS it is the same file, and a folder copied there
//   from Linux would have two.
import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError } from '../errors.js';
import { COLLECTIONS } from '../model/vocabulary.js';

const OWN_FILES = ['network.yaml', ...COLLECTIONS.flatMap((c) => [`${c}.yaml`, `${c}.yml`])];
const OWN_NAME = new RegExp(`^(network|${COLLECTIONS.join('|')})\\.ya?ml$`);

/** Throws FileError `file.out-network-file` when writing `target` would replace or add a file of the network in `networkDir`. */
export function refuseNetworkFiles(target: string, networkDir: string, out: string): void {
  const network = statOf(networkDir);
  if (!network) return; // no network folder, nothing to protect
  const refuse = () => {
    throw new FileError('file.out-network-file', { out });
  };
  const own = OWN_FILES.map((f) => statOf(join(networkDir, f))).filter((s): s is Stats => s !== undefined);
  const collections = COLLECTIONS.map((c) => statOf(join(networkDir, c))).filter((s): s is Stats => s?.isDirectory() === true);

  const existing = statOf(target); // through every link
  if (existing && own.some((s) => sameFile(s, existing))) refuse();

  const folder = realFolder(dirname(target));
  if (folder === undefined) return; // a missing folder: writeOutput says so
  for (let dir = folder; ; dir = dirname(dir)) {
    const info = statOf(dir);
    if (info && collections.some((s) => sameFile(s, info))) refuse();
    if (dirname(dir) === dir) break;
  }
  const folderInfo = statOf(folder);
  if (folderInfo && sameFile(folderInfo, network)) {
    const name = basename(target);
    if (OWN_NAME.test(name.toLowerCase())) refuse();
  }
}

/**
 * An output folder (`invite --out-dir`) is never the network folder itself, a collection folder
 * or a folder inside one (the files would become part of the network, or lie among its own);
 * compared by device and inode through every link. Throws FileError `file.out-dir-network`.
 */
export function refuseNetworkFolder(target: string, networkDir: string, out: string): void {
  const network = statOf(networkDir);
  if (!network) return;
  const collections = COLLECTIONS.map((c) => statOf(join(networkDir, c))).filter((s): s is Stats => s?.isDirectory() === true);
  const start = realFolder(target) ?? realFolder(dirname(target));
  if (start === undefined) return; // a missing parent folder: the writer says so
  const own = statOf(start);
  if (own && realFolder(target) !== undefined && sameFile(own, network)) throw new FileError('file.out-dir-network', { out });
  for (let dir = start; ; dir = dirname(dir)) {
    const info = statOf(dir);
    if (info && collections.some((s) => sameFile(s, info))) throw new FileError('file.out-dir-network', { out });
    if (dirname(dir) === dir) break;
  }
}

/**
 * `--out` never replaces a file the command reads (a report `overview` reads): compared as files,
 * through every link. Throws FileError `file.out-source-file`.
 */
export function refuseSourceFiles(target: string, sources: readonly string[], out: string): void {
  const existing = statOf(target);
  if (
    existing &&
    sources.some((path) => {
      const info = statOf(path);
      return info !== undefined && sameFile(info, existing);
    })
  )
    throw new FileError('file.out-source-file', { out });
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realFolder(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
