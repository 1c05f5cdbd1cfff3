// Content lines of iCalendar (RFC 5545) and vCard (RFC 2425/2426, the same line format): TEXT
// escaping (RFC 5545 § 3.3.11) and folding (§ 3.1) by OCTETS, never inside a UTF-8 character
// (the `ics` package, for one, folds by characters).

const MAX_OCTETS = 75;

/** Plain text as an iCalendar TEXT value: `\` `;` `,` escaped, newlines as `\n`, no control characters. */
export function escapeText(text: string): string {
  return cleanText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Newlines normalised to `\n`; other control characters (not allowed in TEXT) removed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/** One logical line → folded physical lines (CRLF + space), each at most 75 octets. */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let limit = MAX_OCTETS;
  let used = 0;
  for (const char of line) {
    const size = octets(char);
    if (used + size > limit) {
      parts.push(current);
      current = '';
      used = 0;
      limit = MAX_OCTETS - 1; // continuation lines start with one space
    }
    current += char;
    used += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Logical lines → the iCalendar text: folded by octets, CRLF after every line. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + '\r\n').join('');
}
