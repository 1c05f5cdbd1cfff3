// Finding a person by what a requester types: a name (or part of it) or an e-mail address.
import { foldText } from './slug.js';

/**
 * The forms a word is compared in, all lower case and without accents: umlauts written out
 * ("Müller" → "mueller"), umlauts without dots ("muller"), and written-out umlauts collapsed
 * ("Mueller" → "muller"). Two words match when any of their forms do, so Müller, Mueller,
 * Muller and MÜLLER find each other.
 */
function wordForms(word: string): string[] {
  const expanded = foldText(word);
  const plain = word
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
  return [...new Set([expanded, plain, collapsed(expanded)])];
}

/** Written-out umlauts collapsed: "mueller" → "muller". */
const collapsed = (folded: string) => folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/** Words of a name: split at spaces, hyphens, dots and commas ("Dr. Lohmann-Şahin" → Dr, Lohmann, Şahin). */
const words = (text: string) => text.split(/[\s\-.,;()/]+/).filter((w) => w !== '');

/** True when `word` (typed) is the beginning of `target` (stored), in any of their forms. */
function startsLike(target: string, word: string): boolean {
  const targets = wordForms(target);
  return wordForms(word).some((w) => targets.some((t) => t.startsWith(w)));
}

/**
 * A name matches when every word of the query is the beginning of some word of the name:
 * "Müller" finds "Anna Müller" and "Müller-Lüdenscheidt", "anna mül" finds "Anna Müller",
 * "ller" finds nothing.
 */
export function nameMatches(name: string, query: string): boolean {
  const q = words(query);
  const n = words(name);
  return q.length > 0 && q.every((w) => n.some((t) => startsLike(t, w)));
}

/**
 * An e-mail address matches a query with "@" when it contains it (ignoring case), and a query
 * without "@" when every query word begins a part of the address before the "@"
 * ("mueller" finds a.mueller@…).
 */
export function emailMatches(email: string | undefined, query: string): boolean {
  if (email === undefined) return false;
  const q = query.trim().toLowerCase();
  if (q.includes('@')) return email.toLowerCase().includes(q);
  const local = email.slice(0, email.indexOf('@') < 0 ? undefined : email.indexOf('@'));
  const parts = local.split(/[._\-+]+/).filter((p) => p !== '');
  const qw = words(query);
  return qw.length > 0 && qw.every((w) => parts.some((p) => startsLike(p, w)));
}

/** True when a text mentions the query: every query word begins some word of the text (as a name is matched). */
export function textMentions(text: string, query: string): boolean {
  return nameMatches(text, query);
}

/** True when a text holds every word of a name as a whole word ("Anna Müller" is in "mit Anna Müller", not in "Annalena Müller-Hoff"). */
export function mentionsName(text: string, name: string): boolean {
  const n = words(name);
  if (n.length === 0) return false;
  const forms = new Set(words(text).flatMap(wordForms));
  return n.every((w) => wordForms(w).some((f) => forms.has(f)));
}

/** A person as a query finds them: a name and, where known, an e-mail address. */
export interface Named {
  name: string;
  email?: string | undefined;
}

/**
 * The records a query means. A query with "@" means the records with that address; a name means
 * the records of exactly that name ("Anna Müller", any case and umlaut spelling) where there are
 * any, else every record it finds by the beginnings of words ("Müller", "anna mül"). So a full name
 * never takes in another person whose name only begins the same ("Annalena Müller-Hoff").
 */
export function meant<T extends Named>(records: readonly T[], query: string): T[] {
  if (query.includes('@')) {
    const q = query.trim().toLowerCase();
    const exact = records.filter((r) => r.email?.trim().toLowerCase() === q);
    return exact.length > 0 ? exact : records.filter((r) => emailMatches(r.email, q));
  }
  const exact = records.filter((r) => sameName(r.name, query));
  return exact.length > 0 ? exact : records.filter((r) => nameMatches(r.name, query) || emailMatches(r.email, query));
}

/**
 * The records grouped into persons: the same e-mail address is one person; a record without an
 * address belongs to the person of the same name (when that name is one person's), else is a
 * person of its own. Two records of the same name with different addresses are two persons.
 */
export function distinctPersons<T extends Named>(records: readonly T[]): T[][] {
  const groups: { emails: Set<string>; records: T[] }[] = [];
  const emailOf = (r: T) => r.email?.trim().toLowerCase() || undefined;
  for (const r of records.filter(emailOf)) {
    const g = groups.find((x) => x.emails.has(emailOf(r)!));
    if (g) g.records.push(r);
    else groups.push({ emails: new Set([emailOf(r)!]), records: [r] });
  }
  for (const r of records.filter((x) => !emailOf(x))) {
    const same = groups.filter((g) => g.records.some((x) => sameName(x.name, r.name)));
    if (same.length === 1) same[0]!.records.push(r);
    else groups.push({ emails: new Set(), records: [r] });
  }
  return groups.map((g) => g.records);
}

/**
 * Two names of the same person, as far as text can tell: the same words in the same order,
 * differing only in case, accents or written-out umlauts ("Anna Müller" = "anna mueller").
 * For duplicate checks (add, import), stricter than nameMatches, which finds parts.
 */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b) && nameKey(a) !== '';
}

/**
 * One key per name: two names are the same when their keys are (every word in its collapsed form,
 * which any two forms of the same word share: "Müller", "Mueller", "Muller" → "muller"). For
 * lookups in a Map instead of comparing every pair (an import of many rows stays linear).
 */
export function nameKey(name: string): string {
  return words(name)
    .map((w) => collapsed(foldText(w)))
    .join(' ');
}
