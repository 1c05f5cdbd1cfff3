// Stage 2: bytes → plain data with the positions of its keys and values. Never throws for bad input:
// every problem becomes a diagnostic with file and line.
import { isUtf8 } from 'node:buffer';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/lang.js';
import { t, type Code, type Params } from '../i18n/catalogue.js';
import { duplicateKeys } from './duplicate-keys.js';
import { PositionIndex } from './locate.js';
import { MAX_VALUE_MARKS, tooManyValues } from './limits.js';
import { MAX_FILE_BYTES, type SourceFile } from './source.js';
import { duplicateKeyProblem, explainSyntaxError, findQuietSlip } from './yaml-slips.js';

export interface ParsedFile {
  file: string;
  text: string;
  /** Where each key and value stands (locate.ts); the YAML document itself is not kept. */
  positions: PositionIndex;
  lineCounter: LineCounter;
  /** The plain data (YAML 1.2 core schema: dates stay strings). */
  value: unknown;
}

const MAX_ALIASES = 100;
const BOM = '\uFEFF';

/** UTF-16 with its byte order mark (FF FE little-endian, as Windows writes it, or FE FF). */
export const isUtf16 = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

export function parseYamlFile(source: SourceFile, lang: Lang): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const { file, bytes } = source;
  const fail = (line: number, column: number, code: Code, params: Params = {}) => ({
    diagnostics: [{ file, line, column, path: '', code, message: t(lang, code, params), severity: 'error' as const }],
  });
  if (source.size > MAX_FILE_BYTES) {
    return fail(1, 1, 'file-too-large', { size: Math.ceil(source.size / 1048576), limit: MAX_FILE_BYTES / 1048576 });
  }
  if (tooManyValues(bytes)) return fail(1, 1, 'yaml-too-many-values', { limit: MAX_VALUE_MARKS });
  // Notepad's "Unicode": YAML allows it, but an edit would have to write it back the same way;
  // named with the way to UTF-8 instead (docs/format.md).
  if (isUtf16(bytes)) return fail(1, 1, 'encoding-utf16');
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = countLines(bytes, bad);
    return fail(line, 1, 'encoding', { line });
  }
  let text = bytes.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);

  const directive = directiveSlip(text);
  if (directive) return fail(directive.line, 1, directive.code);
  const lineCounter = new LineCounter();
  let docs;
  try {
    // logLevel 'error': yaml prints no warnings of its own (English, on stderr); what matters
    // becomes a diagnostic here or in the schema check.
    // uniqueKeys: false: duplicate keys are found by duplicate-keys.ts, in linear time.
    docs = parseAllDocuments(text, { lineCounter, logLevel: 'error', prettyErrors: false, uniqueKeys: false, version: '1.2' });
  } catch {
    return fail(1, 1, 'yaml-too-deep');
  }
  const list = Array.isArray(docs) ? docs : [];
  const real = list.filter((d) => d.contents !== null || d.errors.length > 0);
  const isNetwork = file === 'network.yaml';
  if (real.length === 0) {
    // A collection file with nothing but comments (a new network without agreements yet): an empty list.
    if (isNetwork) return fail(1, 1, 'empty-network');
    return { parsed: { file, text, positions: new PositionIndex(list[0] ?? parseDocument('')), lineCounter, value: [] }, diagnostics: [] };
  }
  if (real.length > 1) {
    const pos = lineCounter.linePos(real[1]!.range[0]);
    return fail(pos.line, pos.col, 'yaml-multiple-documents');
  }
  const doc = real[0]!;
  // One slip, one message: the first syntax problem of the file, said with its fix (yaml-slips.ts).
  // The file's data are then left out, so nothing that follows from the slip is reported.
  const problems = [...doc.errors, ...duplicateKeys(doc).map(({ offset }) => duplicateKeyProblem(offset))];
  const slip = problems.length > 0 ? explainSyntaxError(text, problems, lineCounter) : findQuietSlip(doc, text, lineCounter);
  if (slip) return fail(slip.line, slip.column, slip.code, slip.params);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return fail(1, 1, e instanceof RangeError ? 'yaml-too-deep' : 'yaml-alias-limit');
  }
  if (value === null || value === undefined) {
    if (isNetwork) return fail(1, 1, 'empty-network');
    value = [];
  }
  return { parsed: { file, text, positions: new PositionIndex(doc), lineCounter, value }, diagnostics: [] };
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1; // Node's own check, native: the loop below only finds where
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // A lead byte: how many continuation bytes follow, and the least code point they may encode.
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** What the top level of a file holds (its plain data), in words for a message. */
export function describeTopLevel(value: unknown, lang: Lang): string {
  return t(lang, Array.isArray(value) ? 'shape.list' : typeof value === 'object' && value !== null ? 'shape.entry' : 'shape.value');
}

/**
 * Directives (`%YAML 1.2`) before the first document: each needs the document's start `---` after
 * it, and `%YAML` may stand once (YAML 1.2, 6.8). The yaml package reads a lone directive as an
 * empty stream and a repeated one without complaint; an empty stream would count as an empty list.
 */
function directiveSlip(text: string): { line: number; code: 'yaml-directive-no-document' | 'yaml-directive-twice' } | undefined {
  if (!/^%/m.test(text)) return undefined;
  const lines = text.split(/\r?\n/);
  let last = 0;
  let yamlSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    if (line.startsWith('%')) {
      if (/^%YAML\b/.test(line)) {
        if (yamlSeen) return { line: i + 1, code: 'yaml-directive-twice' };
        yamlSeen = true;
      }
      last = i + 1;
      continue;
    }
    return last > 0 && !/^---(\s|$)/.test(line) ? { line: last, code: 'yaml-directive-no-document' } : undefined;
  }
  return last > 0 ? { line: last, code: 'yaml-directive-no-document' } : undefined;
}
