// Where a new entry of a collection goes, and the text of a new file: appended to the collection
// file (partners.yaml) when the network has one, else a new file named after the id in the
// collection's folder (partners/<id>.yaml) when it uses one, else a new collection file.
// New files start with the editor's schema line, taken from their neighbours (docs/format.md § 3).
import { posix } from 'node:path';
import { parseDocument } from 'yaml';
import { folderFiles, type NetworkFolder } from '../load/read-folder.js';
import type { Collection } from '../model/vocabulary.js';
import { renderLines, styleOf } from './style.js';
import type { Edit, Value } from './types.js';

/** What a command writes: edits of a file the network has, or a new file. */
export type Change = { file: string; edits: readonly Edit[] } | { file: string; create: string };

const BOM = '\uFEFF';
const MODELINE = /^# yaml-language-server: \$schema=(\S+)\s*$/;

/** The text of a file as the edit layer works on it: UTF-8, without a byte order mark. */
export function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Where to put a new entry `item` with this `id`; `taken` are file names already planned in this run. */
export function placeNew(folder: NetworkFolder, collection: Collection, id: string, item: Value, taken: ReadonlySet<string> = new Set()): Change {
  const files = folder.collections[collection];
  const top = files.find((f) => f.file === `${collection}.yaml` || f.file === `${collection}.yml`);
  // a list, or a file of comments only (its list starts with this entry)
  const topData: unknown = top ? parseDocument(textOf(top.bytes), { version: '1.2' }).toJS() : undefined;
  if (top && (Array.isArray(topData) || topData === null)) {
    return { file: top.file, edits: [{ op: 'append', path: [], item }] };
  }
  const inFolder = files.filter((f) => f.file.startsWith(`${collection}/`));
  if (inFolder.length > 0 || (!top && folder.isFolder(collection))) {
    let name = `${collection}/${id}.yaml`;
    for (let n = 2; files.some((f) => f.file === name) || taken.has(name); n++) name = `${collection}/${id}-${n}.yaml`;
    return { file: name, create: newFileText(folder, collection, name, item, false) };
  }
  if (top) return { file: top.file, edits: [{ op: 'append', path: [], item }] }; // a single entry: the edit layer explains why it cannot
  return { file: `${collection}.yaml`, create: newFileText(folder, collection, `${collection}.yaml`, item, true) };
}

/** A new file: the schema line, then the entry (a list of one for a collection file, the entry itself in a folder). */
function newFileText(folder: NetworkFolder, collection: Collection, name: string, item: Value, asList: boolean): string {
  const neighbour =
    [...folder.collections[collection]].sort((a, b) => Number(b.file.startsWith(`${collection}/`)) - Number(a.file.startsWith(`${collection}/`)))[0] ??
    Object.values(folder.collections).flat()[0];
  const neighbourText = neighbour ? textOf(neighbour.bytes) : '';
  const style = styleOf(neighbourText ? parseDocument(neighbourText, { version: '1.2' }) : undefined, neighbourText);
  const lines = renderLines(asList ? [item] : item, style);
  const modeline = modelineFor(folder, collection, name);
  return [...(modeline ? [modeline] : []), ...lines, ''].join(style.newline);
}

/**
 * The schema line of a new file, from the files the network has: a neighbour in the same folder
 * as it is, or another file's line with its path adjusted; none when the schema is not there.
 */
function modelineFor(folder: NetworkFolder, collection: Collection, name: string): string | undefined {
  const dir = posix.dirname(name);
  const candidates: string[] = [];
  for (const source of folderFiles(folder)) {
    const m = MODELINE.exec(textOf(source.bytes).split('\n')[0] ?? '');
    if (!m || /^[a-z]+:/i.test(m[1]!) || m[1]!.startsWith('/')) continue;
    // The schema's path as seen from the network folder, with the collection's schema in place of the file's own.
    const fromRoot = posix.normalize(posix.join(posix.dirname(source.file), m[1]!.replace(/[a-z]+\.schema\.json$/, `${collection}.schema.json`)));
    candidates.push(fromRoot);
  }
  for (const target of candidates) {
    if (!folder.exists(target)) continue;
    return `# yaml-language-server: $schema=${posix.relative(dir, target)}`;
  }
  const installed = `.netzwerk/schemas/${collection}.schema.json`;
  return folder.exists(installed) ? `# yaml-language-server: $schema=${posix.relative(dir, installed)}` : undefined;
}
