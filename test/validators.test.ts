// The schemas are compiled at build time (scripts/build-validators.mjs); the committed output
// must match the schemas, or the CLI would check against an old version of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateValidatorsSource, TARGET } from '../scripts/build-validators.mjs';

describe('generated validators', () => {
  it('are up to date with schemas/*.schema.json (else: npm run build)', () => {
    expect(readFileSync(TARGET, 'utf8') === (generateValidatorsSource() as string)).toBe(true);
  });
});
