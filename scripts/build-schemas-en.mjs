// Writes the English schemas, schemas/en/*.schema.json, from the German ones in schemas/ and the
// English of their texts in src/i18n/schema-texts.en.json. The schemas' texts are what an editor
// shows (hover, completion, messages); `netzwerk init --lang en` copies the English ones into a
// new network. Everything but the texts stays as it is, so both check exactly the same.
//
// The files are committed; the build only CHECKS them (like the validators): a schema changed
// without regenerating makes `npm run build` fail with a message. A German text without English
// keeps its German there and fails test/unit/schemas-en.test.ts, which lists it.
//
//   node scripts/build-schemas-en.mjs           write the files (`npm run generate`)
//   node scripts/build-schemas-en.mjs --check   exit 1 when they are out of date
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_DIR = `${ROOT}schemas/`;
export const TARGET_DIR = `${ROOT}schemas/en/`;
export const TEXTS_FILE = `${ROOT}src/i18n/schema-texts.en.json`;

/** Keywords whose string value is text for the user. */
const TEXT_KEYS = new Set(['title', 'description', 'markdownDescription', 'errorMessage', 'patternErrorMessage']);
/** Keywords whose value is a map of schemas, a schema, or a list of schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMAS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** An editor snippet: its name and explanation are text, its body is data. */
const translateSnippet = (snippet, to) => Object.fromEntries(Object.entries(snippet).map(([key, value]) => [key, SNIPPET_TEXTS.has(key) ? to(value) : value]));
const SNIPPET_TEXTS = new Set(['label', 'description', 'markdownDescription']);

/** Every text of a schema, in document order. */
export function textsOf(schema) {
  const texts = [];
  translate(schema, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

/**
 * A copy of a schema with each text replaced by `to(text)`. Only texts: allowed values,
 * defaults, examples and snippet bodies are data and stay as they are.
 */
function translate(schema, to) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (TEXT_KEYS.has(key) && typeof value === 'string') out[key] = to(value);
    else if (key === 'enumDescriptions') out[key] = value.map(to);
    else if (key === 'defaultSnippets') out[key] = value.map((snippet) => translateSnippet(snippet, to));
    else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, translate(s, to)]));
    else if (SCHEMAS.has(key)) out[key] = translate(value, to);
    else if (SCHEMA_LISTS.has(key)) out[key] = value.map((s) => translate(s, to));
    else out[key] = value;
  }
  return out;
}

/** The English schemas as file name → content, and the German texts without English (missing) or without use (unused). */
export function generateEnglishSchemas() {
  const { texts } = JSON.parse(readFileSync(TEXTS_FILE, 'utf8'));
  const used = new Set();
  const missing = [];
  const files = {};
  for (const file of readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8'));
    const english = translate(schema, (text) => {
      used.add(text);
      if (typeof texts[text] === 'string' && texts[text] !== '') return texts[text];
      if (!missing.includes(text)) missing.push(text);
      return text;
    });
    files[file] = `${JSON.stringify(english, null, 2)}\n`;
  }
  const unused = Object.keys(texts).filter((text) => !used.has(text));
  return { files, missing, unused };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, missing, unused } = generateEnglishSchemas();
  const current = (file) => {
    try {
      return readFileSync(`${TARGET_DIR}${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };
  const stale = Object.keys(files).filter((file) => current(file) !== files[file]);
  for (const text of missing) console.error(`build-schemas-en: no English for ${JSON.stringify(text)} (add it to src/i18n/schema-texts.en.json)`);
  for (const text of unused) console.error(`build-schemas-en: ${JSON.stringify(text)} is in no schema any more (remove it from src/i18n/schema-texts.en.json)`);
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`schemas/en/ (${stale.join(', ')}) passt nicht zu schemas/*.schema.json: bitte \`npm run generate\` ausführen und die Dateien einchecken.`);
      process.exit(1);
    }
  } else {
    mkdirSync(TARGET_DIR, { recursive: true });
    for (const file of stale) writeFileSync(`${TARGET_DIR}${file}`, files[file]);
  }
}
