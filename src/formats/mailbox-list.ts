// E-mail lists (`contacts --format emails`, `review --format emails`) to paste into Outlook's To
// or Bcc field: `; `-separated, each as `Name <address>`, the name quoted (RFC 5322) where it
// holds special characters; with `--batch`, in numbered blocks.

/** Whoever a mailbox list is for: a name and, if known, an e-mail address. */
export interface Recipient {
  name: string;
  email?: string;
}

/** RFC 5322 `specials` (and `"`, `\`): a display name holding one of them must be a quoted string. */
const SPECIALS = /[()<>[\]:;@\\,."]/;

function displayName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return SPECIALS.test(clean) ? `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"` : clean;
}

function mailbox(name: string, email: string): string {
  const shown = displayName(name);
  return shown ? `${shown} <${email}>` : `<${email}>`;
}

/** Each address once (in any case, the first name given for it), in the order given; people without an address left out. */
export function uniqueRecipients(people: readonly Recipient[]): { name: string; email: string }[] {
  const seen = new Set<string>();
  const unique: { name: string; email: string }[] = [];
  for (const person of people) {
    const email = person.email?.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    unique.push({ name: person.name, email });
  }
  return unique;
}

/** Each address once (in any case), as `Name <address>`; people without an address left out. */
export function mailboxes(people: readonly Recipient[]): string[] {
  return uniqueRecipients(people).map((p) => mailbox(p.name, p.email));
}

/** The list on one line: each address (in any case) once; people without an address left out. */
export function renderMailboxList(people: readonly Recipient[]): string {
  const entries = mailboxes(people);
  return entries.length === 0 ? '' : `${entries.join('; ')}\n`;
}

/**
 * The list in numbered blocks of at most `size` addresses, one paragraph each, headed by a line
 * such as "Block 1 von 3 (500 Adressen):": each block's one line is copied into a message of its
 * own (Exchange accepts at most 500 recipients per message).
 */
export function renderMailboxBlocks(people: readonly Recipient[], size: number, heading: (block: number, blocks: number, count: number) => string): string {
  const entries = mailboxes(people);
  const blocks: string[][] = [];
  for (let i = 0; i < entries.length; i += size) blocks.push(entries.slice(i, i + size));
  return blocks.map((b, i) => `${heading(i + 1, blocks.length, b.length)}\n${b.join('; ')}\n`).join('\n');
}

/** The people a mailbox list leaves out for want of an address (for a note on stderr). */
export const withoutEmail = <T extends Recipient>(people: readonly T[]): T[] => people.filter((p) => !p.email?.trim());
