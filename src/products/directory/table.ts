// The directory as one table, one row per institution: the cells the CSV (directory-csv.ts) and
// the Excel file (directory-xlsx.ts) share, in the order of the directory's groups. Made for a
// mail merge: the address in three columns (Straße, PLZ, Ort), the persons in numbered groups of
// columns (Ansprechperson 1, Funktion 1 …), as many as the institution with the most persons has.
import type { Directory, DirectoryEntry } from './build-directory.js';
import { DIRECTORY_TABLE_WORDS, publicSectorLabel, themeTitle } from './words.js';
import { label, SECTOR_LABELS } from '../../i18n/labels.js';
import type { PageLocale } from './page-locale.js';

/** What a cell holds, for the Excel column's width and the CSV's protection of phone numbers. */
export type DirectoryCellKind = 'name' | 'text' | 'short' | 'phone' | 'email' | 'url';

export interface DirectoryTable {
  header: string[];
  kinds: DirectoryCellKind[];
  /** Plain text; empty where there is nothing. */
  rows: string[][];
}

const FIXED_KINDS: DirectoryCellKind[] = ['name', 'text', 'text', 'text', 'text', 'short', 'text', 'phone', 'email', 'url', 'text'];
const PERSON_KINDS: DirectoryCellKind[] = ['text', 'text', 'email', 'phone', 'short'];

export function directoryTable(directory: Directory, loc: PageLocale): DirectoryTable {
  const head = DIRECTORY_TABLE_WORDS[loc.lang];
  const entries = directory.groups.flatMap((g) => g.entries);
  const groups = Math.max(1, ...entries.map((e) => e.persons.length));
  const numbers = Array.from({ length: groups }, (_, i) => i + 1);
  return {
    header: [...head.fixed, ...numbers.flatMap((n) => head.person(n))],
    kinds: [...FIXED_KINDS, ...numbers.flatMap(() => PERSON_KINDS)],
    rows: entries.map((e) => row(e, directory, loc, groups)),
  };
}

function row(e: DirectoryEntry, directory: Directory, loc: PageLocale, groups: number): string[] {
  const w = DIRECTORY_TABLE_WORDS[loc.lang];
  const persons = Array.from({ length: groups }, (_, i) => e.persons[i]).flatMap((p) =>
    p ? [p.name, p.function ?? '', p.email ?? '', p.phone ?? '', p.insofa ? w.yes : ''] : ['', '', '', '', ''],
  );
  return [
    e.name,
    directory.audience === 'public' ? publicSectorLabel(loc.t, e.sector) : label(SECTOR_LABELS, e.sector, loc.lang),
    themeTitle(loc.t, e.theme),
    e.municipalities ? e.municipalities.join(', ') : loc.t.t('whole_region', { region: directory.network.region }),
    e.address?.street ?? '',
    e.address?.postal_code ?? '',
    e.address?.city ?? '',
    e.phone ?? '',
    e.email ?? '',
    e.website ?? '',
    e.insofa === 'persons' ? w.persons : e.insofa === 'institution' ? w.institution : '',
    ...persons,
  ];
}
