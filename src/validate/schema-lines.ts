// The line that gives a file its schema in the editor, `# yaml-language-server: $schema=PATH`
// (Red Hat's YAML extension for VS Code). When PATH leads to no file, the editor checks nothing
// in that file and says no more than "Unable to load schema"; copied from partners.yaml into
// partners/, the line needs `../`. `netzwerk validate` warns about it, read the editor's way: the
// first such comment above the data, PATH relative to the file's folder.
import { isAbsolute, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import { t, type Params } from '../i18n/catalogue.js';
import type { NetworkFolder, SourceFile } from '../load/read-folder.js';
import { COLLECTIONS } from '../model/vocabulary.js';

/** Where netzwerk init puts the schemas, relative to the network folder. */
const INIT_SCHEMAS = '.netzwerk/schemas';
/** The editor's test for the line (yaml-language-server, modelineUtil.ts). */
const SCHEMA_LINE = /^#\s+(?:yaml-language-server\s*:|\$schema:)/;
const SCHEMA_REF = /\$schema(?:=|:[^\S\r\n]*)(\S+)/;
/** The line is at the top: reading a few kilobytes of each file is enough. */
const HEAD_BYTES = 4096;

interface SchemaLine {
  line: number;
  column: number;
  ref: string;
}

/** Warnings for schema lines that lead to no file, or to the schema of another kind of file. */
export function checkSchemaLines(folder: NetworkFolder, lang: Lang): Diagnostic[] {
  const files: [SourceFile, string][] = [[folder.network, 'network']];
  for (const collection of COLLECTIONS) for (const source of folder.collections[collection]) files.push([source, collection]);
  const diagnostics: Diagnostic[] = [];
  // Most files name the same schema: one look at the disk for each.
  const known = new Map<string, boolean>();
  const exists = (path: string) => known.get(path) ?? (known.set(path, folder.exists(path)), known.get(path)!);
  for (const [source, kind] of files) {
    const found = schemaLine(source.bytes.subarray(0, HEAD_BYTES).toString('utf8'));
    if (!found) continue;
    const target = localPath(found.ref, source.file, folder.dir);
    if (target === undefined) continue; // a web address: not checked offline
    const schema = `${kind}.schema.json`;
    const problem = !exists(target) ? 'schema-line-not-found' : posix.basename(target) !== schema ? 'schema-line-other-schema' : undefined;
    if (!problem) continue;
    const initSchema = `${INIT_SCHEMAS}/${schema}`;
    const expected = exists(initSchema) ? `# yaml-language-server: $schema=${posix.relative(posix.dirname(source.file), initSchema)}` : undefined;
    const params: Params = { path: found.ref, schema, expected };
    diagnostics.push({
      file: source.file,
      line: found.line,
      column: found.column,
      path: '',
      code: problem,
      message: t(lang, problem, params),
      severity: 'warning',
    });
  }
  return diagnostics;
}

/** The editor's schema line among the comments above the data, if there is one. */
function schemaLine(text: string): SchemaLine | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (line === '' || line === '---' || line.startsWith('%')) continue;
    if (!line.startsWith('#')) return undefined;
    if (!SCHEMA_LINE.test(line)) continue;
    const match = SCHEMA_REF.exec(line);
    if (!match) return undefined;
    return { line: i + 1, column: match.index + match[0].length - match[1]!.length + 1, ref: match[1]! };
  }
  return undefined;
}

/**
 * The schema's path relative to the network folder (`/`-separated, perhaps `../…`); undefined
 * for `none` (the editor's way to switch the schema off on purpose) and for web addresses.
 */
function localPath(ref: string, file: string, networkDir: string): string | undefined {
  if (ref.toLowerCase() === 'none' || /^https?:/i.test(ref)) return undefined;
  let path = ref.split('#')[0]!;
  if (/^file:/i.test(path)) {
    try {
      path = fileURLToPath(path);
    } catch {
      return path;
    }
  }
  if (isAbsolute(path)) return relative(networkDir, path).split(sep).join('/');
  return posix.join(posix.dirname(file), path);
}
