// Dates as each language writes them: German DIN 5008 (13.03.2024), English ISO (2024-03-13).
import type { Lang } from './lang.js';

type Day = { y: string; m: string; d: string };

const DATE: Record<Lang, { full: (x: Day) => string; short: (x: Day) => string }> = {
  de: { full: (x) => `${x.d}.${x.m}.${x.y}`, short: (x) => `${x.d}.${x.m}.` },
  en: { full: (x) => `${x.y}-${x.m}-${x.d}`, short: (x) => `${x.m}-${x.d}` },
};

const parts = (value: string): Day => ({ y: value.slice(0, 4), m: value.slice(5, 7), d: value.slice(8, 10) });

/** `2024-03-13` → `13.03.2024` (de) or `2024-03-13` (en); a date-time gets `, 14:00`. */
export function formatDate(value: string, lang: Lang): string {
  const time = value.length > 10 ? value.slice(11, 16) : '';
  const shown = DATE[lang].full(parts(value));
  return time ? `${shown}, ${time}` : shown;
}

/** Day and month only, for a chart within one year: `13.03.` (de) or `03-13` (en). */
export const formatDayMonth = (value: string, lang: Lang): string => DATE[lang].short(parts(value));
