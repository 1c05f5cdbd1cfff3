export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language the network's files are written in (names, titles, descriptions): marked so where a page is in another. */
export const DATA_LANG: Lang = 'de';
