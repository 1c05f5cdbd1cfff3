// Shared by the writing commands' tests (test/cli/edit.test.ts, test/system/edit-examples.test.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below dir (hidden ones too) with the sha256 of its bytes and its mode. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out[relative(dir, p)] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${(s.mode & 0o777).toString(8)}`;
    }
  };
  walk(dir);
  return out;
}
