// Shared by the slip tests (test/cli/yaml-slips.test.ts and test/stress/yaml-slips-matrix.test.ts).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const TODAY = '2026-11-23';

/** What `validate --format json` prints, as far as the slip tests read it. */
export interface Json {
  valid: boolean;
  errors: { file: string; line: number; column: number; code: string; message: string }[];
}

/** Every first line of the yaml package's own messages for this text: none may reach the user. */
export function yamlMessages(text: string): string[] {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  return (Array.isArray(docs) ? docs : []).flatMap((d) =>
    [...d.errors, ...d.warnings].map((e) => e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')),
  );
}
/** Words of the yaml package's English messages: none may reach the user. */
export const YAML_WORDS =
  /Unexpected|Implicit keys|Nested mappings|Sequence item|must be unique|Missing closing|Plain value|Invalid escape|Unresolved|token|indicator/;

/** Every .yaml file below `dir` that netzwerk reads (hidden ones are skipped, as by the folder reader). */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !f.split('/').some((part) => part.startsWith('.')))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}
