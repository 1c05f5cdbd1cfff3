// Shared by the meeting cycle (test/cli/meeting-cycle.test.ts) and the readers of its invitation
// (test/system/meeting-invitation.test.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { run } from './helpers.js';
import { PYTHON } from './tools.js';

/** sha256 of every file below `dir`, by its path relative to it. */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export interface MeetingItem {
  id: string;
  start: string;
  status: string;
  attendance: { organisations: number; persons: number; guests: number };
}

export async function nextPlanned(dir: string, today: string): Promise<MeetingItem> {
  const r = await run(['meetings', dir, '--upcoming', '--format', 'json', '--today', today]);
  expect(r.code, r.stderr).toBe(0);
  const planned = (JSON.parse(r.stdout) as { meetings: MeetingItem[] }).meetings.filter((m) => m.status === 'planned');
  expect(planned.length, `${dir} has a planned meeting after ${today}`).toBeGreaterThan(0);
  return planned[0]!;
}

/** Every address in angle brackets, in order. */
export const addressesIn = (text: string) => [...text.matchAll(/<([^<>\s]+@[^<>\s]+)>/g)].map((m) => m[1]!);

// Python's standard mail parser (email.policy.default) and python-icalendar read the draft; the
// answer is JSON. Header defects, part defects and the calendar's events are reported as found.
const READ_EML = String.raw`
import sys, json, email, email.policy, hashlib, icalendar
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
def addrs(name):
    h = msg[name]
    return [] if h is None else [a.addr_spec for a in h.addresses]
out = {
  'x_unsent': msg['X-Unsent'], 'subject': str(msg['Subject']), 'date': str(msg['Date']), 'message_id': str(msg['Message-ID']),
  'from': addrs('From'), 'to': addrs('To'), 'bcc': addrs('Bcc'), 'content_type': msg.get_content_type(),
  'defects': [repr(d) for d in msg.defects] + [repr(d) for k in msg.keys() for d in msg[k].defects],
  'parts': [],
}
for part in msg.iter_parts():
    info = {'content_type': part.get_content_type(), 'filename': part.get_filename(), 'params': dict(part['content-type'].params),
            'disposition': part.get_content_disposition(), 'defects': [repr(d) for d in part.defects]}
    payload = part.get_payload(decode=True)
    info['sha256'] = hashlib.sha256(payload).hexdigest()
    if part.get_content_type() == 'text/plain':
        info['text'] = part.get_content()
    if part.get_content_type() == 'text/calendar':
        cal = icalendar.Calendar.from_ical(payload)
        info['method'] = str(cal.get('METHOD')) if cal.get('METHOD') else None
        info['events'] = [{'uid': str(e.get('UID')), 'sequence': int(e.get('SEQUENCE')), 'attendees': len(e.get('ATTENDEE', []) if isinstance(e.get('ATTENDEE'), list) else ([e.get('ATTENDEE')] if e.get('ATTENDEE') else []))} for e in cal.walk('VEVENT')]
    out['parts'].append(info)
print(json.dumps(out))
`;

export interface ParsedEml {
  x_unsent: string;
  subject: string;
  date: string;
  message_id: string;
  from: string[];
  to: string[];
  bcc: string[];
  content_type: string;
  defects: string[];
  parts: {
    content_type: string;
    filename: string | null;
    params: Record<string, string>;
    disposition: string | null;
    defects: string[];
    sha256: string;
    text?: string;
    method?: string | null;
    events?: { uid: string; sequence: number; attendees: number }[];
  }[];
}

export function readEml(path: string): ParsedEml {
  const r = spawnSync(PYTHON, ['-c', READ_EML, path], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as ParsedEml;
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Lines of a mail file: CRLF only, ASCII only, at most 78 characters (RFC 5322: SHOULD 78, MUST 998). */
export function mailLineProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  const text = bytes.toString('latin1');
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) problems.push('a line end that is not CRLF');
  if (/[^\x09\x0a\x0d\x20-\x7e]/.test(text)) problems.push('a character outside ASCII');
  text.split('\r\n').forEach((line, i) => {
    if (line.length > 78) problems.push(`line ${i + 1} has ${line.length} characters`);
  });
  return problems;
}

/** PYTHON reads mail and python-icalendar is there; in CI a must. */
export function hasMailReaders(): boolean {
  const found = spawnSync(PYTHON, ['-c', 'import email.policy, icalendar']).status === 0;
  if (!found && process.env.CI) throw new Error('python3-icalendar is missing: add it to .ci/apt-packages');
  return found;
}
