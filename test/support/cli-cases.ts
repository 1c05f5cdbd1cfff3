// The table of command-line cases for every command (markdownlint-cli2's idea): each case is run
// in-process (test/cli/cli-cases.test.ts) and against the built bin (test/system/cli-cases-bin.test.ts), and the
// full exit code, stdout and stderr must equal its golden file in test/golden/cli/.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/cli/cli-cases.test.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { expectGolden, ROOT, run, runBin, STACK_TRACE, type RunResult } from './helpers.js';

export interface CliCase {
  /** Also the golden file's name. */
  name: string;
  args: string[];
  /** Run in a fresh empty folder instead of the project's root (paths in args are then relative to it). */
  inTemp?: boolean;
  /** Commands run first in the same folder (e.g. `init` before a second `init`). */
  before?: string[][];
  env?: Record<string, string>;
  /** Leave out the `--today` the table adds to every case. */
  noToday?: boolean;
}

const EX = 'examples';
const FX = 'test/fixtures';

/** A new coordinator's first steps: an empty network, a partner, a person the partners may reach, a meeting, as she types them. */
const FIRST_MONTH: string[][] = [
  ['init', 'netz', '--empty'],
  ['add', 'partner', 'netz', '--name', 'Grundschule am Park', '--sector', 'Schule', '--street', 'Parkweg 1', '--postal-code', '12345', '--city', 'Musterstadt'],
  [
    'add',
    'contact',
    'netz',
    '--partner',
    'Grundschule',
    '--name',
    'Max Mustermann',
    '--email',
    'schulleitung@grundschule-am-park.example',
    '--visibility',
    'Netzwerk',
  ],
  [
    'add',
    'meeting',
    'netz',
    '--title',
    'Erstes Netzwerktreffen',
    '--type',
    'Netzwerktreffen',
    '--start',
    '15.12.2026 14:00',
    '--end',
    '15.12.2026 16:30',
    '--location',
    'Rathaus Musterstadt',
  ],
];

export const CASES: CliCase[] = [
  // ---- the program itself
  { name: 'no-arguments', args: [], noToday: true },
  { name: 'help-en', args: ['--help', '--lang', 'en'], noToday: true },
  { name: 'unknown-command', args: ['valdate'], noToday: true },
  { name: 'unknown-command-en', args: ['valdate', '--lang', 'en'], noToday: true },
  { name: 'help-command', args: ['help', 'validate'], noToday: true },
  { name: 'lang-unknown', args: ['validate', `${FX}/valid/minimal`, '--lang', 'fr'] },
  { name: 'lang-env-en', args: ['validate', `${FX}/bad/unknown-sector`], env: { NETZWERK_LANG: 'en' } },
  // ---- validate
  { name: 'validate-minimal', args: ['validate', `${FX}/valid/minimal`] },
  { name: 'validate-folders', args: ['validate', `${FX}/valid/folders`] },
  { name: 'validate-warnings', args: ['validate', `${FX}/warnings/all-kinds`] },
  { name: 'validate-warnings-strict', args: ['validate', `${FX}/warnings/all-kinds`, '--strict'] },
  { name: 'validate-warnings-json-en', args: ['validate', `${FX}/warnings/all-kinds`, '--format', 'json', '--lang', 'en'] },
  { name: 'validate-unknown-sector', args: ['validate', `${FX}/bad/unknown-sector`] },
  { name: 'validate-unknown-reference-json', args: ['validate', `${FX}/bad/unknown-reference`, '--format', 'json'] },
  { name: 'validate-yaml-tab', args: ['validate', `${FX}/bad/yaml-tab`] },
  { name: 'validate-example-kreis-wesel', args: ['validate', `${EX}/kreis-wesel`] },
  { name: 'validate-missing-folder', args: ['validate', 'gibt-es-nicht'] },
  { name: 'validate-no-network-yaml', args: ['validate', `${FX}/bad/no-network-yaml`] },
  // a writing command names the folder as typed, like every other command
  { name: 'verified-no-network-yaml', args: ['verified', 'Müller', `${FX}/bad/no-network-yaml`] },
  { name: 'validate-program-folder', args: ['validate'] },
  { name: 'report-program-folder-en', args: ['report', '.', '--lang', 'en'] },
  { name: 'validate-unknown-option', args: ['validate', '--formt', 'json'] },
  { name: 'validate-unknown-option-en', args: ['validate', '--formt', 'json', '--lang', 'en'] },
  { name: 'validate-bad-format', args: ['validate', `${FX}/valid/minimal`, '--format', 'xml'] },
  { name: 'validate-bad-today', args: ['validate', `${FX}/valid/minimal`, '--today', '2026-02-30'], noToday: true },
  { name: 'validate-too-many-arguments', args: ['validate', 'a', 'b'] },
  { name: 'validate-help', args: ['validate', '--help'], noToday: true },
  { name: 'validate-help-en', args: ['validate', '--help', '--lang', 'en'], noToday: true },
  // ---- report
  { name: 'report-herne', args: ['report', `${EX}/herne`] },
  { name: 'report-kreis-kleve-md-en', args: ['report', `${EX}/kreis-kleve`, '--format', 'md', '--lang', 'en'] },
  { name: 'report-ratingen-2024-json', args: ['report', `${EX}/ratingen`, '--year', '2024', '--format', 'json'] },
  { name: 'report-half-year', args: ['report', `${FX}/report/musterkreis`, '--from', '2026-01-01', '--to', '2026-06-30'] },
  { name: 'report-invalid-data', args: ['report', `${FX}/bad/unknown-sector`] },
  { name: 'report-year-and-from', args: ['report', `${EX}/herne`, '--year', '2026', '--from', '2026-01-01'] },
  { name: 'report-bad-year', args: ['report', `${EX}/herne`, '--year', '26'] },
  { name: 'report-period-reversed', args: ['report', `${EX}/herne`, '--from', '2026-06-01', '--to', '2026-01-01'] },
  { name: 'report-bad-format', args: ['report', `${EX}/herne`, '--format', 'docx'] },
  { name: 'report-help-en', args: ['report', '--help', '--lang', 'en'], noToday: true },
  { name: 'report-siegen-compare', args: ['report', `${EX}/siegen-wittgenstein`, '--compare', 'previous'] },
  { name: 'report-compare-2024-md-en', args: ['report', `${FX}/report/musterkreis`, '--compare', '2024', '--format', 'md', '--lang', 'en'] },
  { name: 'report-compare-bad', args: ['report', `${EX}/herne`, '--compare', 'vorjahr'] },
  { name: 'report-compare-same-year', args: ['report', `${EX}/herne`, '--year', '2026', '--compare', '2026'] },
  { name: 'report-kreis-kleve-fruehe-hilfen', args: ['report', `${EX}/kreis-kleve`, '--profile', 'fruehe-hilfen', '--audience', 'public'] },
  { name: 'report-fruehe-hilfen-md-en', args: ['report', `${FX}/report/fruehe-hilfen`, '--profile', 'fruehe-hilfen', '--format', 'md', '--lang', 'en'] },
  { name: 'report-profile-bad', args: ['report', `${EX}/herne`, '--profile', 'fh'] },
  // ---- overview
  {
    name: 'overview-fixtures',
    args: ['overview', `${FX}/overview/berichte`, `${FX}/overview/netzwerke/fh-ahlheim`, '--reference', `${FX}/overview/jugendaemter.csv`],
  },
  {
    name: 'overview-examples-md-en',
    args: ['overview', `${EX}/herne`, `${EX}/kreis-kleve`, `${EX}/kreis-wesel`, '--group-by', 'kreis', '--format', 'md', '--lang', 'en'],
  },
  { name: 'overview-newer-format', args: ['overview', `${FX}/overview/abgelehnt/neu-v5.json`] },
  { name: 'overview-group-bad', args: ['overview', `${EX}/herne`, '--group-by', 'bezirk'] },
  { name: 'overview-no-source', args: ['overview'] },
  { name: 'overview-help', args: ['overview', '--help'], noToday: true },
  { name: 'report-help', args: ['report', '--help'], noToday: true },
  // ---- contacts
  { name: 'contacts-kreis-kleve', args: ['contacts', `${EX}/kreis-kleve`] },
  { name: 'contacts-canary-internal-vcf', args: ['contacts', `${FX}/contacts/canary`, '--audience', 'internal', '--format', 'vcf'] },
  { name: 'contacts-canary-public-emails', args: ['contacts', `${FX}/contacts/canary`, '--audience', 'public', '--format', 'emails'] },
  { name: 'contacts-sector-and-municipality', args: ['contacts', `${EX}/kreis-wesel`, '--sector', 'schule', '--municipality', 'moers', '--lang', 'en'] },
  { name: 'contacts-meeting', args: ['contacts', `${EX}/herne`, '--meeting', '2024-09-netzwerktreffen', '--format', 'emails'] },
  { name: 'contacts-meeting-unknown', args: ['contacts', `${EX}/kreis-wesel`, '--meeting', '2026-09-netzwerktrefen'] },
  { name: 'contacts-sector-unknown', args: ['contacts', `${EX}/herne`, '--sector', 'polzei'] },
  { name: 'contacts-municipality-unknown', args: ['contacts', `${EX}/kreis-wesel`, '--municipality', 'Mörs'] },
  { name: 'contacts-delimiter-bad', args: ['contacts', `${EX}/herne`, '--delimiter', 'ab'] },
  { name: 'contacts-nobody', args: ['contacts', `${EX}/herne`, '--audience', 'public', '--sector', 'staatsanwaltschaft'] },
  { name: 'contacts-help-en', args: ['contacts', '--help', '--lang', 'en'], noToday: true },
  // ---- directory
  { name: 'directory-herne-csv', args: ['directory', `${EX}/herne`, '--format', 'csv'] },
  { name: 'directory-ratingen-public-json-en', args: ['directory', `${EX}/ratingen`, '--audience', 'public', '--format', 'json', '--lang', 'en'] },
  { name: 'directory-fixture-public-html', args: ['directory', `${FX}/directory/testkreis`, '--audience', 'public'] },
  { name: 'directory-audience-internal', args: ['directory', `${EX}/herne`, '--audience', 'internal'] },
  { name: 'directory-out-docx', args: ['directory', `${EX}/herne`, '--out', 'verzeichnis.docx'], inTemp: true },
  { name: 'directory-invalid-data', args: ['directory', `${FX}/bad/unknown-sector`, '--audience', 'public'] },
  { name: 'directory-help-en', args: ['directory', '--help', '--lang', 'en'], noToday: true },
  { name: 'directory-lang-unknown', args: ['directory', `${EX}/herne`, '--audience', 'public', '--lang', 'de,fr', '--out', 'w/'], inTemp: true },
  { name: 'directory-langs-without-folder', args: ['directory', `${EX}/herne`, '--audience', 'public', '--lang', 'de,ar'] },
  { name: 'directory-hsds-without-folder', args: ['directory', `${EX}/herne`, '--format', 'hsds', '--lang', 'en'] },
  { name: 'directory-kreis-kleve-public-json-tr', args: ['directory', `${EX}/kreis-kleve`, '--audience', 'public', '--format', 'json', '--lang', 'tr'] },
  // ---- translations
  { name: 'translations-leichte-sprache', args: ['translations', '--lang', 'de-x-ls'], noToday: true },
  { name: 'translations-help-en', args: ['translations', '--help', '--lang', 'en'], noToday: true },
  { name: 'translations-unknown', args: ['translations', '--lang', 'fr'], noToday: true },
  // ---- calendar
  { name: 'calendar-basic', args: ['calendar', `${FX}/calendar/basic`] },
  { name: 'calendar-public-en', args: ['calendar', `${FX}/calendar/basic`, '--public', '--lang', 'en'] },
  { name: 'calendar-type-fachtag', args: ['calendar', `${EX}/siegen-wittgenstein`, '--type', 'fachtg'] },
  { name: 'calendar-meeting-not-public', args: ['calendar', `${EX}/herne`, '--meeting', '2024-03-netzwerktreffen', '--public'] },
  { name: 'calendar-bad-alarm', args: ['calendar', `${EX}/herne`, '--alarm', '30s'] },
  { name: 'calendar-from-after-to', args: ['calendar', `${EX}/herne`, '--from', '2026-12-01', '--to', '2026-01-01'] },
  { name: 'calendar-empty', args: ['calendar', `${EX}/herne`, '--from', '2030-01-01'] },
  { name: 'calendar-help-en', args: ['calendar', '--help', '--lang', 'en'], noToday: true },
  // ---- meetings
  { name: 'meetings-herne', args: ['meetings', `${EX}/herne`] },
  { name: 'meetings-warnings-upcoming', args: ['meetings', `${FX}/warnings/all-kinds`, '--upcoming'] },
  { name: 'meetings-warnings-en', args: ['meetings', `${FX}/warnings/all-kinds`, '--lang', 'en'] },
  { name: 'meetings-kreis-kleve-json', args: ['meetings', `${EX}/kreis-kleve`, '--from', '2026-01-01', '--format', 'json'] },
  { name: 'meetings-none', args: ['meetings', `${EX}/herne`, '--from', '2030-01-01'] },
  { name: 'meetings-from-after-to', args: ['meetings', `${EX}/herne`, '--from', '2026-12-01', '--to', '2026-01-01'] },
  { name: 'meetings-help-en', args: ['meetings', '--help', '--lang', 'en'], noToday: true },
  // ---- invite, sheet, attendance (the meeting cycle; docs/meetings.md)
  { name: 'invite', args: ['invite', '2026-12-erstes-netzwerktreffen', 'netz'], inTemp: true, before: FIRST_MONTH },
  {
    name: 'invite-en',
    args: ['invite', '2026-12-erstes-netzwerktreffen', 'netz', '--out-dir', 'invitation', '--lang', 'en'],
    inTemp: true,
    before: FIRST_MONTH,
  },
  {
    name: 'invite-again',
    args: ['invite', '2026-12-erstes-netzwerktreffen', 'netz'],
    inTemp: true,
    before: [...FIRST_MONTH, ['invite', '2026-12-erstes-netzwerktreffen', 'netz']],
  },
  // the samples of init reach no output: their meeting is not there to invite to
  { name: 'invite-sample-meeting', args: ['invite', 'netzwerktreffen-2026-1', 'netz'], inTemp: true, before: [['init', 'netz']] },
  { name: 'invite-cancelled', args: ['invite', '2026-12-abgesagt', `${FX}/meetings/cycle`] },
  { name: 'invite-unknown-meeting', args: ['invite', '2026-12-netzwerktrefen', `${EX}/kreis-wesel`] },
  {
    name: 'invite-into-collection-folder',
    args: ['invite', '2026-12-netzwerktreffen', `${EX}/kreis-wesel`, '--out-dir', `${EX}/kreis-wesel/meetings/einladung`],
  },
  { name: 'invite-help-en', args: ['invite', '--help', '--lang', 'en'], noToday: true },
  { name: 'sheet-csv-herne', args: ['sheet', '2026-12-netzwerktreffen', `${EX}/herne`, '--format', 'csv'] },
  { name: 'sheet-cancelled', args: ['sheet', '2026-12-abgesagt', `${FX}/meetings/cycle`] },
  { name: 'sheet-bad-ending', args: ['sheet', '2026-12-fachtag', `${FX}/meetings/cycle`, '--out', 'liste.docx'] },
  { name: 'sheet-help-en', args: ['sheet', '--help', '--lang', 'en'], noToday: true },
  {
    name: 'attendance-dry-run',
    args: ['attendance', '2026-12-fachtag', `${FX}/meetings/lists/fachtag-ausgefuellt.csv`, `${FX}/meetings/cycle`, '--dry-run', '--today', '2026-12-08'],
    noToday: true,
  },
  {
    name: 'attendance-unmatched',
    args: ['attendance', '2026-12-fachtag', `${FX}/meetings/lists/fachtag-fehler.csv`, `${FX}/meetings/cycle`, '--today', '2026-12-08'],
    noToday: true,
  },
  {
    name: 'attendance-future-en',
    args: ['attendance', '2026-12-fachtag', `${FX}/meetings/lists/fachtag-ausgefuellt.csv`, `${FX}/meetings/cycle`, '--lang', 'en'],
  },
  { name: 'attendance-help-en', args: ['attendance', '--help', '--lang', 'en'], noToday: true },
  // ---- init
  { name: 'init', args: ['init', 'mein-netzwerk'], inTemp: true },
  { name: 'init-en', args: ['init', 'my-network', '--lang', 'en'], inTemp: true },
  { name: 'init-exists', args: ['init', 'mein-netzwerk'], inTemp: true, before: [['init', 'mein-netzwerk']] },
  { name: 'init-help-en', args: ['init', '--help', '--lang', 'en'], noToday: true },
  { name: 'init-then-validate', args: ['validate', 'mein-netzwerk'], inTemp: true, before: [['init', 'mein-netzwerk']] },
  { name: 'init-folder-with-space', args: ['init', 'Netzwerk Kinderschutz'], inTemp: true },
  { name: 'init-via-npx', args: ['init', 'mein-netzwerk'], inTemp: true, env: { npm_command: 'exec' } },
  { name: 'init-empty', args: ['init', 'mein-netzwerk', '--empty'], inTemp: true },
  { name: 'init-empty-then-validate', args: ['validate', 'mein-netzwerk'], inTemp: true, before: [['init', 'mein-netzwerk', '--empty']] },
  // the guides that come with the program, and the grouped help
  { name: 'docs-list', args: ['docs'], noToday: true },
  { name: 'docs-unknown', args: ['docs', 'wegweisr'], noToday: true },
  // set: values in German, one entry or --all
  { name: 'set-person-german', args: ['set', 'Kaminski', 'Sichtbarkeit=intern', 'geprüft=01.10.2026', `${EX}/herne`, '--dry-run'] },
  { name: 'set-ambiguous', args: ['set', 'Stadt Herne', 'phone=02323 16-0', `${EX}/herne`] },
  { name: 'set-bad-value', args: ['set', 'Kaminski', 'visibility=geheim', `${EX}/herne`] },
  { name: 'set-meeting-cancelled', args: ['set', '2024-09-netzwerktreffen', 'status=abgesagt', `${EX}/herne`, '--dry-run'] },
  { name: 'set-help', args: ['set', '--help'], noToday: true },
  { name: 'validate-no-network-yaml-quoted', args: ['validate', 'Netzwerk Herne'], inTemp: true, before: [['init', 'Netzwerk Herne/unter']] },
  // ---- person
  { name: 'person-anna', args: ['person', 'Anna Mueller', `${FX}/privacy/beispielstadt`] },
  { name: 'person-anna-json-en', args: ['person', 'anna.mueller@', `${FX}/privacy/beispielstadt`, '--format', 'json', '--lang', 'en'] },
  { name: 'person-nothing', args: ['person', 'Zacharias Unbekannt', `${FX}/privacy/beispielstadt`] },
  { name: 'person-empty-query', args: ['person', ' - ', `${FX}/privacy/beispielstadt`] },
  { name: 'person-no-query', args: ['person'] },
  { name: 'person-help-en', args: ['person', '--help', '--lang', 'en'], noToday: true },
  // ---- review
  { name: 'review', args: ['review', `${FX}/privacy/beispielstadt`] },
  { name: 'review-csv-en', args: ['review', `${FX}/privacy/beispielstadt`, '--format', 'csv', '--lang', 'en'] },
  { name: 'review-emails', args: ['review', `${FX}/privacy/beispielstadt`, '--format', 'emails'] },
  { name: 'review-example-herne', args: ['review', `${EX}/herne`] },
  { name: 'review-invalid-data', args: ['review', `${FX}/bad/yaml-tab`] },
  { name: 'review-help-en', args: ['review', '--help', '--lang', 'en'], noToday: true },
  // ---- add, verified, import (the examples only with --dry-run; real writes in a new network)
  {
    name: 'add-partner-kreis-kleve-dry-run',
    args: ['add', 'partner', `${EX}/kreis-kleve`, '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', '--dry-run'],
  },
  {
    name: 'add-partner',
    args: ['add', 'partner', 'netz', '--name', 'Familienzentrum Löwenzahn', '--sector', 'kita', '--municipality', 'musterstadt'],
    inTemp: true,
    before: [['init', 'netz']],
  },
  {
    name: 'add-contact-en',
    args: ['add', 'contact', 'netz', '--partner', 'grundschule-am-park', '--name', 'Clara Probe', '--mobile', '0151 000', '--lang', 'en'],
    inTemp: true,
    before: [['init', 'netz']],
  },
  {
    name: 'add-meeting-folder-dry-run',
    args: [
      'add',
      'meeting',
      `${EX}/kreis-wesel`,
      '--title',
      'Netzwerktreffen Frühjahr',
      '--type',
      'netzwerktreffen',
      '--start',
      '2027-03-17 14:00',
      '--dry-run',
    ],
  },
  {
    name: 'add-activity',
    args: ['add', 'activity', 'netz', '--title', 'Bericht im Netzwerk Frühe Hilfen', '--type', 'vertretung', '--date', '2026-10-14'],
    inTemp: true,
    before: [['init', 'netz']],
  },
  {
    name: 'add-invalid-website',
    args: ['add', 'partner', 'netz', '--name', 'Kita Wolke', '--sector', 'kita', '--website', 'www.wolke.example'],
    inTemp: true,
    before: [['init', 'netz']],
  },
  { name: 'add-missing-options', args: ['add', 'meeting', `${EX}/herne`, '--title', 'Treffen'] },
  { name: 'add-option-of-another-kind', args: ['add', 'contact', `${EX}/herne`, '--name', 'X', '--sector', 'kita'] },
  { name: 'add-unknown-kind', args: ['add', 'person', `${EX}/herne`] },
  { name: 'add-unknown-sector', args: ['add', 'partner', `${EX}/herne`, '--name', 'X', '--sector', 'kiat'] },
  // what the user sees: sector labels, German dates and times, a partner by words of its name
  { name: 'add-partner-sector-label', args: ['add', 'partner', `${EX}/herne`, '--name', 'Jugendzentrum Mitte', '--sector', 'Freie Jugendhilfe', '--dry-run'] },
  {
    name: 'add-meeting-german-date',
    args: [
      'add',
      'meeting',
      `${EX}/herne`,
      '--title',
      'Fachtag Kinderschutz',
      '--type',
      'Fachtag',
      '--start',
      '10.02.2027 14:00',
      '--end',
      '10.02.2027 17:00 Uhr',
      '--dry-run',
    ],
  },
  { name: 'add-meeting-bad-time', args: ['add', 'meeting', `${EX}/herne`, '--title', 'Fachtag', '--type', 'fachtag', '--start', '10.02.2027 25:00'] },
  { name: 'add-contact-partner-by-words', args: ['add', 'contact', `${EX}/herne`, '--partner', 'kinderschutzbund', '--name', 'Clara Probe', '--dry-run'] },
  { name: 'add-contact-partner-ambiguous', args: ['add', 'contact', `${EX}/herne`, '--partner', 'Stadt Herne', '--name', 'Clara Probe'] },
  { name: 'add-contact-partner-unknown', args: ['add', 'contact', `${EX}/herne`, '--partner', 'Kinderschutzbnd', '--name', 'Clara Probe'] },
  { name: 'add-help', args: ['add', '--help'], noToday: true },
  { name: 'add-help-en', args: ['add', '--help', '--lang', 'en'], noToday: true },
  // each kind is a subcommand with its own options and help
  { name: 'add-partner-help', args: ['add', 'partner', '--help'], noToday: true },
  { name: 'add-meeting-help-en', args: ['add', 'meeting', '--help', '--lang', 'en'], noToday: true },
  { name: 'add-no-kind', args: ['add'] },
  { name: 'verified-dry-run', args: ['verified', 'Carina Weller', `${EX}/siegen-wittgenstein`, '--dry-run'] },
  { name: 'verified-ambiguous', args: ['verified', 'S', `${EX}/kreis-kleve`] },
  { name: 'verified-nobody', args: ['verified', 'Zacharias Unbekannt', `${EX}/kreis-kleve`] },
  { name: 'verified-future-en', args: ['verified', 'Carina Weller', `${EX}/siegen-wittgenstein`, '--date', '2027-01-01', '--lang', 'en'] },
  { name: 'verified-help-en', args: ['verified', '--help', '--lang', 'en'], noToday: true },
  { name: 'erase-due-dry-run', args: ['erase', '--due', `${FX}/privacy/erase`, '--dry-run'] },
  { name: 'erase-coordinator-refused-en', args: ['erase', 'Anna Müller', `${FX}/privacy/erase`, '--lang', 'en'] },
  { name: 'erase-nothing-said', args: ['erase', `${FX}/privacy/erase`] },
  { name: 'erase-help', args: ['erase', '--help'], noToday: true },
  { name: 'datasheet-help', args: ['datasheet', '--help'], noToday: true },
  { name: 'certificate-help-en', args: ['certificate', '--help', '--lang', 'en'], noToday: true },
  { name: 'certificate-names-or-blank', args: ['certificate', '2024-06-fortbildung-kinderschutz-basis', `${EX}/kreis-kleve`, '--out', 'b'] },
  { name: 'certificate-unknown-meeting', args: ['certificate', 'fachtag-2099', `${EX}/kreis-kleve`, '--blank', '2', '--out', 'b'] },
  { name: 'certificate-blank-zero', args: ['certificate', '2024-06-fortbildung-kinderschutz-basis', `${EX}/kreis-kleve`, '--blank', '0', '--out', 'b'] },
  { name: 'datasheet-which', args: ['datasheet', `${FX}/report/pool`, '--out', 'blaetter'] },
  { name: 'datasheet-no-out-en', args: ['datasheet', '--due', `${FX}/report/pool`, '--lang', 'en'] },
  {
    name: 'import-own-export-dry-run',
    args: ['import', 'liste.csv', 'netz', '--dry-run'],
    inTemp: true,
    before: [
      ['init', 'netz'],
      ['contacts', join(ROOT, EX, 'herne'), '--audience', 'internal', '--out', 'liste.csv'],
    ],
  },
  { name: 'import-missing-file', args: ['import', 'gibt-es-nicht.xlsx', `${EX}/herne`] },
  { name: 'import-old-excel', args: ['import', 'liste.xls', `${EX}/herne`] },
  { name: 'import-help-en', args: ['import', '--help', '--lang', 'en'], noToday: true },
];

const TODAY = ['--today', '2026-11-23'];

type Runner = (args: string[], options: { cwd: string; env: Record<string, string> }) => Promise<RunResult> | RunResult;

export const inProcess: Runner = (args, options) => run(args, options);
export const asBin: Runner = (args, options) => runBin(args, options);

/** Runs one case with the runner and returns what its golden file holds. */
export async function runCase(c: CliCase, runner: Runner): Promise<string> {
  const temp = c.inTemp ? mkdtempSync(join(tmpdir(), 'netzwerk-case-')) : undefined;
  try {
    const cwd = temp ?? ROOT;
    const env = c.env ?? {};
    for (const before of c.before ?? []) await runner([...before, ...TODAY], { cwd, env });
    const args = c.noToday ? c.args : [...c.args, ...TODAY];
    const r = await runner(args, { cwd, env });
    expect(r.stderr, 'no stack trace').not.toMatch(STACK_TRACE);
    const env_ = Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('');
    return `$ ${env_}netzwerk ${args.map(shellWord).join(' ')}\nexit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

const shellWord = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

export const goldenOf = (c: CliCase) => join(ROOT, 'test', 'golden', 'cli', `${c.name}.txt`);

export { expectGolden };
