// Kennungen (ids): the one rule for what an id looks like and how one is made from a name.
// `validate` suggests the slug of a mistyped id; `add` (issue 17) makes new ids the same way.

/** FORMAT.md: `^[a-z0-9][a-z0-9-]*$` (the schemas' definition `id` says the same). */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const isValidId = (text: string): boolean => ID_PATTERN.test(text);

/**
 * The id made from a name or a mistyped id: lower case; ä ö ü → ae oe ue, ß → ss, other accents
 * dropped (é → e, ş → s); apostrophes dropped; every other run of characters that are not a–z or
 * 0–9 (spaces, _, /, ., –, brackets …) becomes one `-`; no `-` at either end.
 * "Polizeipräsidium Bochum" → `polizeipraesidium-bochum`, "fh-münster" → `fh-muenster`,
 * "Caritas Moers/Xanten" → `caritas-moers-xanten`. Empty when nothing usable is left.
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Case-, accent- and umlaut-insensitive form: "Müller" → "mueller", "Muller" → "muller". The text is
 * composed first (NFC): a "Müller" written decomposed, u and a combining diaeresis (as macOS writes
 * names), is the same "mueller", not "muller".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
