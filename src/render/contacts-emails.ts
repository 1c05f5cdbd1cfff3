// Contact list as e-mail addresses to paste into Outlook's To or Bcc field: `; `-separated,
// each as `Name <address>`, the name quoted (RFC 5322) where it holds special characters.
import type { ContactRow } from '../contacts/select.js';

/** RFC 5322 `specials` (and `"`, `\`): a display name holding one of them must be a quoted string. */
const SPECIALS = /[()<>[\]:;@\\,."]/;

export function displayName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return SPECIALS.test(clean) ? `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"` : clean;
}

export function mailbox(row: ContactRow & { email: string }): string {
  const name = displayName(row.name);
  return name ? `${name} <${row.email.trim()}>` : `<${row.email.trim()}>`;
}

/** One line; the same address (any case) only once; people without address left out. */
export function renderContactsEmails(rows: readonly ContactRow[]): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const row of rows) {
    const email = row.email?.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    entries.push(mailbox({ ...row, email }));
  }
  return entries.length === 0 ? '' : `${entries.join('; ')}\n`;
}

/** How many people on the list have no e-mail address (for a note on stderr). */
export const withoutEmail = (rows: readonly ContactRow[]) => rows.filter((r) => !r.email?.trim()).length;
