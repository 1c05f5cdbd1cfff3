// Contact list as vCard 3.0 (RFC 2426), the version Outlook, Google and Apple import reliably:
// one card per person, CRLF, text escaped, lines folded at 75 octets.
import { createHash } from 'node:crypto';
import type { ContactRow } from '../../model/contact-rows.js';
import { label, SECTOR_LABELS } from '../../i18n/labels.js';
import { CONTACTS_WORDS } from './words.js';
import type { Lang } from '../../i18n/lang.js';
import { cleanText, joinLines } from '../../formats/content-lines.js';

export interface VcardOptions {
  lang: Lang;
  /** The network's id and name: part of each card's UID, and the card's category. */
  network: { id: string; name: string };
}

/**
 * A text value: backslash, comma and line breaks escaped, control characters left out. A
 * semicolon is escaped only inside structured values (N, ORG), where it separates the parts:
 * RFC 6350 § 3.4 and parsers such as ical.js read `\;` in a single text value (FN, TITLE, NOTE)
 * as two characters.
 */
function escapeText(text: string, structured = false): string {
  const escaped = cleanText(text).replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  return structured ? escaped.replace(/;/g, '\\;') : escaped;
}

const component = (text: string) => escapeText(text, true);

const PARTICLES = new Set(['von', 'van', 'vom', 'zu', 'zum', 'zur', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'ten', 'ter', 'op']);

/**
 * "Dr. Anna von der Heide" → family "von der Heide", given "Anna", prefix "Dr.": the last word
 * is the family name, with the lower-case particles before it; leading words ending in a dot
 * (Dr., Prof.) are honorific prefixes.
 */
function splitName(name: string): { family: string; given: string; prefix: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const prefix: string[] = [];
  while (words.length > 1 && words[0]!.endsWith('.')) prefix.push(words.shift()!);
  let start = Math.max(words.length - 1, 0);
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), prefix: prefix.join(' ') };
}

/** A UUID derived from network, partner and person (e-mail, else name): the same card on every run. */
function stableUid(networkId: string, row: ContactRow): string {
  const person = row.email?.trim().toLowerCase() ?? row.name.trim();
  const hex = createHash('sha1').update(`netzwerk-contact\u0000${networkId}\u0000${row.partnerId}\u0000${person}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function renderVcard(row: ContactRow, options: VcardOptions): string {
  const w = CONTACTS_WORDS[options.lang].vcard;
  const n = splitName(row.name);
  const note = [
    `${w.sector}: ${label(SECTOR_LABELS, row.sector, options.lang)}`,
    ...(row.insofa ? [w.insofa] : []),
    ...(row.coordinator ? [w.coordinator] : []),
  ];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `UID:${stableUid(options.network.id, row)}`,
    `FN:${escapeText(row.name)}`,
    `N:${[n.family, n.given, '', n.prefix, ''].map(component).join(';')}`,
    `ORG:${component(row.organisation)}`,
    ...(row.function ? [`TITLE:${escapeText(row.function)}`] : []),
    ...(row.email ? [`EMAIL;TYPE=INTERNET,WORK:${escapeText(row.email.trim())}`] : []),
    ...(row.phone ? [`TEL;TYPE=WORK,VOICE:${escapeText(row.phone.trim())}`] : []),
    ...(row.mobile ? [`TEL;TYPE=WORK,CELL:${escapeText(row.mobile.trim())}`] : []),
    `NOTE:${escapeText(note.join('\n'))}`,
    `CATEGORIES:${escapeText(options.network.name)}`,
    'END:VCARD',
  ];
  return joinLines(lines);
}

export function renderContactsVcard(rows: readonly ContactRow[], options: VcardOptions): string {
  return rows.map((r) => renderVcard(r, options)).join('');
}
