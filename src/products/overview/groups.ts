// `--group-by kreis|landesjugendamt`: where a network or a youth office belongs, from the official
// key (Amtlicher Gemeindeschlüssel/Regionalschlüssel: digits 1–2 the Land, 3 the
// Regierungsbezirk, 4–5 the Kreis or kreisfreie Stadt). In NRW the Landesjugendamt Rheinland (LVR)
// serves the Regierungsbezirke Düsseldorf (5 1) and Köln (5 3), the Landesjugendamt
// Westfalen-Lippe (LWL) Münster (5 5), Detmold (5 7) and Arnsberg (5 9). Without a key a network
// is grouped by its region's name, a youth office with its network.
import type { Grouping } from './types.js';

/** The Landesjugendamt of a key: `lvr`, `lwl`, or `unbekannt` (outside NRW, or no key). */
function landesjugendamtOf(key: string | null): 'lvr' | 'lwl' | 'unbekannt' {
  if (key === null || !key.startsWith('05')) return 'unbekannt';
  const bezirk = key[2];
  return bezirk === '1' || bezirk === '3' ? 'lvr' : bezirk === '5' || bezirk === '7' || bezirk === '9' ? 'lwl' : 'unbekannt';
}

/** The group of something with these keys (the first key that is there decides) and this region. */
export function groupOf(grouping: Grouping, keys: readonly (string | null)[], region: string): string {
  const key = keys.find((k): k is string => k !== null) ?? null;
  if (grouping === 'landesjugendamt') return landesjugendamtOf(key);
  return key === null ? `region:${region}` : key.slice(0, 5);
}
