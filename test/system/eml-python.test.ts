// The e-mail draft writer (src/formats/eml.ts) read back by Python's mail parser: every value of
// a draft with the hard cases (test/support/eml-draft.ts) comes back exactly, without a defect.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEml } from '../../src/formats/eml.js';
import { DRAFT } from '../support/eml-draft.js';
import { tempDir } from '../support/helpers.js';
import { hasPythonModule, PYTHON } from '../support/tools.js';

const READ = String.raw`
import sys, json, email, email.policy
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
def boxes(name):
    h = msg[name]
    return [] if h is None else [[a.display_name, a.addr_spec] for a in h.addresses]
parts = list(msg.iter_parts())
print(json.dumps({
  'from': boxes('From'), 'to': boxes('To'), 'bcc': boxes('Bcc'), 'subject': str(msg['Subject']),
  'unsent': msg['X-Unsent'], 'defects': [repr(d) for d in msg.defects] + [repr(d) for k in msg.keys() for d in msg[k].defects] + [repr(d) for p in parts for d in p.defects],
  'text': parts[0].get_content(), 'attachment': list(parts[1].get_payload(decode=True)), 'filename': parts[1].get_filename(),
}))
`;

describe('renderEml, read back', () => {
  it.runIf(hasPythonModule('email.policy'))("Python's mail parser reads every value back exactly, without a defect", () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'draft.eml');
      writeFileSync(file, renderEml(DRAFT));
      const r = spawnSync(PYTHON, ['-c', READ, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const read = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(read.defects).toEqual([]);
      expect(read.unsent).toBe('1');
      expect(read.from).toEqual([[DRAFT.from!.name, DRAFT.from!.email]]);
      expect(read.to).toEqual(DRAFT.to.map((b) => [b.name, b.email]));
      expect(read.bcc).toEqual(DRAFT.bcc.map((b) => [b.name, b.email]));
      expect(read.subject).toBe(DRAFT.subject);
      expect((read.text as string).replace(/\r\n/g, '\n')).toBe(DRAFT.text);
      expect(read.attachment).toEqual([0, 1, 2, 255, 13, 10, 65]);
      expect(read.filename).toBe('termin.ics');
    } finally {
      tmp.remove();
    }
  });
});
