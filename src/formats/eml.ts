// An e-mail draft as an .eml file (RFC 5322 with MIME, RFC 2045–2047) that Outlook opens ready to
// send (`X-Unsent: 1`) and every mail program can read: a UTF-8 text part (quoted-printable) and
// attachments (base64). Deterministic: the date and the Message-ID are given, the MIME boundary
// follows from the Message-ID. What the standards ask, and how:
// - CRLF line ends; header lines folded at spaces to at most 78 characters where the words allow
//   (a single address longer than that stays whole; RFC 5322's hard limit is 998);
// - headers are ASCII: words of a display name or subject with other characters become RFC 2047
//   encoded-words (`=?UTF-8?B?…?=`, at most 75 characters each, never splitting a UTF-8
//   character); an ASCII word of a display name with special characters is quoted;
// - quoted-printable lines of at most 76 characters, base64 lines of 76.
import { createHash } from 'node:crypto';

export interface Mailbox {
  name: string;
  email: string;
}

interface Attachment {
  filename: string;
  /** The media type with its parameters, e.g. `text/calendar; charset=UTF-8; method=PUBLISH`. */
  contentType: string;
  content: string | Uint8Array;
}

export interface MailDraft {
  from?: Mailbox;
  to: readonly Mailbox[];
  bcc: readonly Mailbox[];
  subject: string;
  /** The Date header's value (see mailDate). */
  date: string;
  /** Without angle brackets: `left@right`. */
  messageId: string;
  /** The message text; line ends `\n` or CRLF. */
  text: string;
  attachments: readonly Attachment[];
}

const CRLF = '\r\n';
const LINE = 78;

export function renderEml(draft: MailDraft): string {
  const boundary = `=_netzwerk_${createHash('sha256').update(draft.messageId).digest('hex').slice(0, 24)}`;
  const headers: string[] = [];
  if (draft.from) headers.push(addressHeader('From', [draft.from]));
  if (draft.to.length > 0) headers.push(addressHeader('To', draft.to));
  if (draft.bcc.length > 0) headers.push(addressHeader('Bcc', draft.bcc));
  headers.push(fold('Subject', unstructured(draft.subject)));
  headers.push(`Date: ${draft.date}`, fold('Message-ID', [`<${draft.messageId}>`], true), 'MIME-Version: 1.0', 'X-Unsent: 1');
  headers.push(`Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`);
  const parts = [
    ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(draft.text)].join(CRLF),
    ...draft.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType};${CRLF} name="${a.filename}"`,
        `Content-Disposition: attachment;${CRLF} filename="${a.filename}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content)),
      ].join(CRLF),
    ),
  ];
  return [...headers, '', 'This is a multi-part message in MIME format.', ...parts.map((p) => `--${boundary}${CRLF}${p}`), `--${boundary}--`, ''].join(CRLF);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time of local midnight of `day` at `offsetMinutes` from UTC: `Mon, 23 Nov 2026 00:00:00 +0100`. */
export function mailDate(day: string, offsetMinutes: number): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${day.slice(0, 4)} 00:00:00 ${zone}`;
}

/** Printable ASCII and spaces only. */
const ASCII = /^[\x20-\x7e]*$/;
/** Words of atext (RFC 5322 § 3.2.3) and spaces: a display name that needs no quoting. */
const ATOMS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;

/** Text as encoded-words of at most 75 characters, each holding whole UTF-8 characters. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (chunk) words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    chunk = '';
  };
  for (const char of text) {
    // 42 bytes → 56 base64 characters → 68 with `=?UTF-8?B?` and `?=`: fits after `Subject: ` in 78.
    if (Buffer.byteLength(chunk + char, 'utf8') > 42) flush();
    chunk += char;
  }
  flush();
  return words;
}

/**
 * A display name as header words: an ASCII word as it is (an atom) or quoted (with special
 * characters), a run of words with other characters as encoded-words (RFC 2047 § 5 (3)). Two
 * encoded-words never stand side by side where it can be avoided: the space between them is
 * dropped by the RFC (so it must sit inside the first one) but kept by some readers (Python's).
 */
function phrase(name: string): string[] {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  if (ATOMS.test(clean)) return clean.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const text = run.join(' ');
    if (Buffer.byteLength(text, 'utf8') <= 42) out.push(...encodedWords(text));
    else run.forEach((word, i) => out.push(...encodedWords(i < run.length - 1 ? `${word} ` : word)));
    run = [];
  };
  for (const word of clean.split(' ')) {
    if (!ASCII.test(word)) {
      run.push(word);
      continue;
    }
    if (run.length > 0) flush();
    out.push(ATOMS.test(word) ? word : `"${word.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  }
  if (run.length > 0) flush();
  return out;
}

/** An unstructured value (Subject): words of ASCII text, else encoded-words. */
function unstructured(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  return ASCII.test(clean) ? clean.split(' ').filter(Boolean) : encodedWords(clean);
}

function addressHeader(name: string, boxes: readonly Mailbox[]): string {
  const words = boxes.flatMap((box, i) => [...phrase(box.name), `<${box.email}>${i < boxes.length - 1 ? ',' : ''}`]);
  return fold(name, words);
}

/**
 * `Name: word word …`, a line break (CRLF and a space) instead of a space wherever the line would
 * grow beyond 78; `breakFirst`: also between the name and a first word that does not fit beside it.
 */
function fold(name: string, words: readonly string[], breakFirst = false): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > LINE && (breakFirst || line !== `${name}:`)) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Quoted-printable (RFC 2045 § 6.7) of UTF-8 text: hard line breaks as CRLF, soft ones (`=`) before 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let current = '';
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 0x21 && b <= 0x7e && b !== 0x3d) || ((b === 0x20 || b === 0x09) && !last);
        const piece = plain ? String.fromCharCode(b) : hex(b);
        if (current.length + piece.length > 75) {
          out += `${current}=${CRLF}`;
          current = '';
        }
        current += piece;
      });
      return out + current;
    })
    .join(CRLF);
}

function base64Lines(bytes: Buffer): string {
  const text = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join(CRLF);
}
