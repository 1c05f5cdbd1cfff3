// The slips people make when they write the YAML files by hand: each applied to a copy of one of
// the five examples, one line changed. Each must give exactly ONE error, at the slip's own line
// and column, with the fix in the message, in German and in English, and nothing of the yaml
// package's English text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStructure, readsUpTo } from '../../src/load/yaml-structure.js';
import { scanLines } from '../../src/load/yaml-lines.js';
import { copyExample, EXAMPLE_NAMES, EXAMPLES, FIXTURES, run, tempDir } from '../support/helpers.js';
import { TODAY, YAML_WORDS, yamlFiles, yamlMessages, type Json } from '../support/slip-helpers.js';

type Example = (typeof EXAMPLE_NAMES)[number];

interface SlipCase {
  name: string;
  example: Example;
  file: string;
  /** The line changed (1-based), as it is in the example, and as the slip makes it. */
  line: number;
  from: string;
  to: string;
  /** Line and column of the one error. */
  at: [number, number];
  code: string;
  /** Part of the German and of the English message: the fix. */
  de: string;
  en: string;
}

const CASES: SlipCase[] = [
  // ---- herne
  {
    name: 'tab as indentation',
    example: 'herne',
    file: 'partners.yaml',
    line: 6,
    from: '  sector: jugendamt',
    to: '\tsector: jugendamt',
    at: [6, 1],
    code: 'yaml-tab',
    de: 'Tabulator am Zeilenanfang durch Leerzeichen ersetzen, sodass „sector“ in Spalte 3 beginnt (wie „name“ in Zeile 5)',
    en: 'replace the tab at the start of the line with spaces, so that "sector" begins in column 3',
  },
  {
    name: 'colon and space inside a plain value',
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: '  title: Fachtag: Kinderschutz 2027',
    at: [5, 10],
    code: 'yaml-colon-in-value',
    de: 'Anführungszeichen setzen: title: "Fachtag: Kinderschutz 2027"',
    en: 'put the whole value in quotes: title: "Fachtag: Kinderschutz 2027"',
  },
  {
    name: 'no space after the colon',
    example: 'herne',
    file: 'partners.yaml',
    line: 6,
    from: '  sector: jugendamt',
    to: '  sector:jugendamt',
    at: [6, 9],
    code: 'yaml-no-space-after-colon',
    de: 'Bitte so schreiben: sector: jugendamt',
    en: 'Please write: sector: jugendamt',
  },
  {
    name: 'forgotten dash, key at column 1',
    example: 'herne',
    file: 'partners.yaml',
    line: 37,
    from: '- id: fruehe-hilfen-herne',
    to: 'id: fruehe-hilfen-herne',
    at: [37, 1],
    code: 'yaml-missing-dash',
    de: 'mit dem Strich in Spalte 1: - id: fruehe-hilfen-herne',
    en: 'with the dash in column 1: - id: fruehe-hilfen-herne',
  },
  {
    name: 'forgotten dash, key under the keys above',
    example: 'herne',
    file: 'partners.yaml',
    line: 37,
    from: '- id: fruehe-hilfen-herne',
    to: '  id: fruehe-hilfen-herne',
    at: [37, 3],
    code: 'yaml-missing-dash',
    de: 'fehlt der Spiegelstrich „- “ (wie in Zeile 4)',
    en: 'the dash "- " before "id" is missing (as on line 4)',
  },
  {
    name: 'value beginning with [ … ]',
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: '  title: [Entwurf] Fachtag',
    at: [5, 10],
    code: 'yaml-quote-value',
    de: 'title: "[Entwurf] Fachtag"',
    en: 'title: "[Entwurf] Fachtag"',
  },
  {
    name: "value beginning with '…'",
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: "  title: 'Fachtag' Kinderschutz",
    at: [5, 10],
    code: 'yaml-quote-value',
    de: `title: "'Fachtag' Kinderschutz"`,
    en: `title: "'Fachtag' Kinderschutz"`,
  },
  {
    name: 'value beginning with *…*',
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: '  title: *neu* Fachtag',
    at: [5, 10],
    code: 'yaml-quote-value',
    de: 'title: "*neu* Fachtag"',
    en: 'title: "*neu* Fachtag"',
  },
  {
    name: 'one space too few before a key',
    example: 'herne',
    file: 'partners.yaml',
    line: 16,
    from: '      function: Beauftragte für Kinderschutz und Beschwerdemanagement',
    to: '     function: Beauftragte für Kinderschutz und Beschwerdemanagement',
    at: [16, 6],
    code: 'yaml-indent-column',
    de: '„function“ steht in Spalte 6, gehört aber in Spalte 7 (wie „name“ in Zeile 15). Bitte am Zeilenanfang 1 Leerzeichen einfügen',
    en: 'Please add 1 space at the start of the line',
  },
  {
    name: 'id with an umlaut, references written right',
    example: 'herne',
    file: 'partners.yaml',
    line: 104,
    from: '- id: polizeipraesidium-bochum',
    to: '- id: polizeipräsidium-bochum',
    at: [104, 7],
    code: 'invalid-id',
    de: 'meinten Sie „polizeipraesidium-bochum“?',
    en: 'did you mean "polizeipraesidium-bochum"?',
  },
  {
    name: 'German date and time',
    example: 'herne',
    file: 'meetings.yaml',
    line: 7,
    from: '  start: 2023-12-06 14:00',
    to: '  start: 06.12.2023 14:00',
    at: [7, 10],
    code: 'invalid-datetime',
    de: 'meinten Sie „2023-12-06 14:00“?',
    en: 'did you mean "2023-12-06 14:00"?',
  },
  {
    name: 'end as a time only',
    example: 'herne',
    file: 'meetings.yaml',
    line: 8,
    from: '  end: 2023-12-06 17:00',
    to: '  end: 17:00',
    at: [8, 8],
    code: 'end-time-only',
    de: 'meinten Sie „2023-12-06 17:00“?',
    en: 'did you mean "2023-12-06 17:00"?',
  },
  {
    name: 'insofa: ja',
    example: 'herne',
    file: 'partners.yaml',
    line: 33,
    from: '      insofa: true',
    to: '      insofa: ja',
    at: [33, 15],
    code: 'boolean-word',
    de: 'meinten Sie „true“?',
    en: 'did you mean "true"?',
  },
  {
    name: 'status: stattgefunden',
    example: 'herne',
    file: 'meetings.yaml',
    line: 9,
    from: '  status: held',
    to: '  status: stattgefunden',
    at: [9, 11],
    code: 'invalid-value',
    de: 'meinten Sie „held“?',
    en: 'did you mean "held"?',
  },
  {
    name: 'organizer by name',
    example: 'herne',
    file: 'meetings.yaml',
    line: 11,
    from: '  organizers: [jugendamt-herne, fruehe-hilfen-herne]',
    to: '  organizers: [jugendamt-herne, Netzwerk Frühe Hilfen Herne]',
    at: [11, 33],
    code: 'reference-by-name',
    de: 'ist der Name eines Partners; hier gehört seine Kennung hin – meinten Sie „fruehe-hilfen-herne“?',
    en: 'did you mean "fruehe-hilfen-herne"?',
  },
  {
    name: 'impossible date, no follow-on about the end',
    example: 'herne',
    file: 'meetings.yaml',
    line: 7,
    from: '  start: 2023-12-06 14:00',
    to: '  start: 2023-12-32 14:00',
    at: [7, 10],
    code: 'invalid-calendar-date',
    de: 'kein Tag im Kalender',
    en: 'not a day in the calendar',
  },
  {
    name: 'status: Entwurf',
    example: 'herne',
    file: 'agreements.yaml',
    line: 9,
    from: '  status: draft',
    to: '  status: Entwurf',
    at: [9, 11],
    code: 'invalid-value',
    de: 'meinten Sie „draft“?',
    en: 'did you mean "draft"?',
  },
  // ---- kreis-kleve
  {
    name: 'tab in network.yaml',
    example: 'kreis-kleve',
    file: 'network.yaml',
    line: 12,
    from: '  name: Kreis Kleve',
    to: '\tname: Kreis Kleve',
    at: [12, 1],
    code: 'yaml-tab',
    de: 'Tabulator',
    en: 'tab',
  },
  {
    name: 'first line of a block one space too far',
    example: 'kreis-kleve',
    file: 'partners.yaml',
    line: 11,
    from: '    street: Geistmarkt 1',
    to: '     street: Geistmarkt 1',
    at: [11, 6],
    code: 'yaml-indent-column',
    de: 'gehört aber in Spalte 5 (wie „postal_code“ in Zeile 12). Bitte am Zeilenanfang 1 Leerzeichen entfernen',
    en: 'belongs in column 5 (like "postal_code" on line 12). Please remove 1 space',
  },
  {
    name: 'list item one space too few',
    example: 'kreis-kleve',
    file: 'partners.yaml',
    line: 18,
    from: '    - name: Wiebke Hendricks',
    to: '   - name: Wiebke Hendricks',
    at: [18, 4],
    code: 'yaml-indent-column',
    de: '„- name“ steht in Spalte 4, gehört aber in Spalte 5',
    en: '"- name" is in column 4 but belongs in column 5',
  },
  {
    name: 'unclosed quote',
    example: 'kreis-kleve',
    file: 'partners.yaml',
    line: 22,
    from: '      phone: "02822 75-0011"',
    to: '      phone: "02822 75-0011',
    at: [22, 14],
    code: 'yaml-unclosed-quote',
    de: 'ebenfalls " setzen: phone: "02822 75-0011"',
    en: 'phone: "02822 75-0011"',
  },
  {
    name: 'a key written twice',
    example: 'kreis-kleve',
    file: 'agreements.yaml',
    line: 9,
    from: '  effective: 2024-03-01',
    to: '  status: draft',
    at: [9, 3],
    code: 'yaml-duplicate-key',
    de: 'Der Schlüssel „status“ steht zweimal im selben Eintrag (zuerst in Zeile 8)',
    en: 'The key "status" appears twice in the same entry (first on line 8)',
  },
  {
    name: 'no space after the colon in { }',
    example: 'kreis-kleve',
    file: 'meetings.yaml',
    line: 16,
    from: '    - {partner: jugendamt-emmerich, persons: 2}',
    to: '    - {partner:jugendamt-emmerich, persons: 2}',
    at: [16, 8],
    code: 'yaml-no-space-after-colon',
    de: 'Bitte so schreiben: partner: jugendamt-emmerich',
    en: 'Please write: partner: jugendamt-emmerich',
  },
  {
    name: 'unclosed [',
    example: 'kreis-kleve',
    file: 'meetings.yaml',
    line: 12,
    from: '  organizers: [jugendamt-emmerich]',
    to: '  organizers: [jugendamt-emmerich',
    at: [12, 15],
    code: 'yaml-unclosed-bracket',
    de: 'Bitte am Ende „]“ ergänzen',
    en: 'Please add "]" at its end',
  },
  {
    name: 'German date in network.yaml',
    example: 'kreis-kleve',
    file: 'network.yaml',
    line: 9,
    from: 'founded: 2024-02-27',
    to: 'founded: 27.02.2024',
    at: [9, 10],
    code: 'invalid-date',
    de: 'meinten Sie „2024-02-27“?',
    en: 'did you mean "2024-02-27"?',
  },
  {
    name: 'status: in Kraft',
    example: 'kreis-kleve',
    file: 'agreements.yaml',
    line: 8,
    from: '  status: in_force',
    to: '  status: in Kraft',
    at: [8, 11],
    code: 'invalid-value',
    de: 'meinten Sie „in_force“?',
    en: 'did you mean "in_force"?',
  },
  {
    name: 'sector by its German name',
    example: 'kreis-kleve',
    file: 'partners.yaml',
    line: 8,
    from: '  sector: jugendamt',
    to: '  sector: Schulträger',
    at: [8, 11],
    code: 'invalid-value',
    de: 'meinten Sie „schulverwaltung“?',
    en: 'did you mean "schulverwaltung"?',
  },
  {
    name: 'value beginning with @',
    example: 'kreis-kleve',
    file: 'meetings.yaml',
    line: 6,
    from: '  title: Unterzeichnung der Kooperationsvereinbarung der sechs Jugendämter',
    to: '  title: @Kreis Kleve Unterzeichnung',
    at: [6, 10],
    code: 'yaml-quote-value',
    de: 'title: "@Kreis Kleve Unterzeichnung"',
    en: 'title: "@Kreis Kleve Unterzeichnung"',
  },
  // ---- kreis-wesel (a file per partner, a file per year)
  {
    name: 'colon and space in a one-partner file',
    example: 'kreis-wesel',
    file: 'partners/adolfinum-moers.yaml',
    line: 10,
    from: '    function: Beratungslehrer, Kinderschutzbeauftragter der Schule',
    to: '    function: Beratungslehrer: Kinderschutz',
    at: [10, 15],
    code: 'yaml-colon-in-value',
    de: 'function: "Beratungslehrer: Kinderschutz"',
    en: 'function: "Beratungslehrer: Kinderschutz"',
  },
  {
    name: 'no space after the colon at the top level',
    example: 'kreis-wesel',
    file: 'partners/adolfinum-moers.yaml',
    line: 4,
    from: 'sector: schule',
    to: 'sector:schule',
    at: [4, 7],
    code: 'yaml-no-space-after-colon',
    de: 'sector: schule',
    en: 'sector: schule',
  },
  {
    name: 'tab in a contact',
    example: 'kreis-wesel',
    file: 'partners/adolfinum-moers.yaml',
    line: 11,
    from: '    email: r.dueckers@adolfinum-moers.example',
    to: '\temail: r.dueckers@adolfinum-moers.example',
    at: [11, 1],
    code: 'yaml-tab',
    de: 'Tabulator',
    en: 'tab',
  },
  {
    name: 'German short date with time',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 5,
    from: '  start: 2025-02-12 09:30',
    to: '  start: 12.2.25 9:30',
    at: [5, 10],
    code: 'invalid-datetime',
    de: 'meinten Sie „2025-02-12 09:30“?',
    en: 'did you mean "2025-02-12 09:30"?',
  },
  {
    name: 'status: abgesagt',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 7,
    from: '  status: held',
    to: '  status: abgesagt',
    at: [7, 11],
    code: 'invalid-value',
    de: 'meinten Sie „cancelled“?',
    en: 'did you mean "cancelled"?',
  },
  {
    name: 'status: abgelaufen',
    example: 'kreis-wesel',
    file: 'agreements/datenschutz.yaml',
    line: 7,
    from: 'status: in_force',
    to: 'status: abgelaufen',
    at: [7, 9],
    code: 'invalid-value',
    de: 'meinten Sie „expired“?',
    en: 'did you mean "expired"?',
  },
  {
    name: 'value beginning with "…"',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 3,
    from: '  title: Steuerungsgruppe der Jugendämter',
    to: '  title: "Steuerungsgruppe" der Jugendämter',
    at: [3, 10],
    code: 'yaml-quote-value',
    de: `title: '"Steuerungsgruppe" der Jugendämter'`,
    en: `title: '"Steuerungsgruppe" der Jugendämter'`,
  },
  {
    name: 'forgotten dash before the next meeting',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 24,
    from: '- id: 2025-03-netzwerktreffen',
    to: '  id: 2025-03-netzwerktreffen',
    at: [24, 3],
    code: 'yaml-missing-dash',
    de: 'Bitte so schreiben, mit dem Strich in Spalte 1: - id: 2025-03-netzwerktreffen',
    en: 'with the dash in column 1: - id: 2025-03-netzwerktreffen',
  },
  {
    name: 'first list item one space too far',
    example: 'kreis-wesel',
    file: 'partners/adolfinum-moers.yaml',
    line: 9,
    from: '  - name: Ralf Dückers',
    to: '   - name: Ralf Dückers',
    at: [9, 4],
    code: 'yaml-indent-column',
    de: '„- name“ steht in Spalte 4, gehört aber in Spalte 3',
    en: 'Please remove 1 space',
  },
  {
    name: 'party by name',
    example: 'kreis-wesel',
    file: 'agreements/datenschutz.yaml',
    line: 11,
    from: '  - {partner: jugendamt-kreis-wesel, signed: 2025-03-19, signatory: Gerhard Lommertz}',
    to: '  - {partner: Kreis Wesel – Fachdienst Jugend und Familie (Kreisjugendamt), signed: 2025-03-19, signatory: Gerhard Lommertz}',
    at: [11, 15],
    code: 'reference-by-name',
    de: 'meinten Sie „jugendamt-kreis-wesel“?',
    en: 'is the name of a partner; its id belongs here; did you mean "jugendamt-kreis-wesel"?',
  },
  // ---- ratingen (a list and a folder)
  {
    name: 'value beginning with [ … ] in a list of tags',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 14,
    from: '  tags: [koordinierungsstelle, asd]',
    to: '  tags: [koordinierungsstelle] asd',
    at: [14, 9],
    code: 'yaml-quote-value',
    de: 'tags: "[koordinierungsstelle] asd"',
    en: 'expects nothing after "]"',
  },
  {
    name: 'visibility: öffentlich',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 20,
    from: '      visibility: public',
    to: '      visibility: öffentlich',
    at: [20, 19],
    code: 'invalid-value',
    de: 'meinten Sie „public“?',
    en: 'did you mean "public"?',
  },
  {
    name: 'German date with "Uhr"',
    example: 'ratingen',
    file: 'meetings.yaml',
    line: 8,
    from: '  start: 2023-05-10 14:00',
    to: '  start: 10.05.2023 14 Uhr',
    at: [8, 10],
    code: 'invalid-datetime',
    de: 'meinten Sie „2023-05-10 14:00“?',
    en: 'did you mean "2023-05-10 14:00"?',
  },
  {
    name: 'end as "17 Uhr"',
    example: 'ratingen',
    file: 'meetings.yaml',
    line: 9,
    from: '  end: 2023-05-10 17:00',
    to: '  end: 17 Uhr',
    at: [9, 8],
    code: 'end-time-only',
    de: 'meinten Sie „2023-05-10 17:00“?',
    en: 'did you mean "2023-05-10 17:00"?',
  },
  {
    name: 'value beginning with * in the partners folder',
    example: 'ratingen',
    file: 'partners/traeger.yaml',
    line: 4,
    from: '  name: Sozialdienst katholischer Frauen (SkF) Ratingen e.V. – Schwangerschafts- und Familienberatung',
    to: '  name: *SkF* Ratingen',
    at: [4, 9],
    code: 'yaml-quote-value',
    de: 'name: "*SkF* Ratingen"',
    en: 'name: "*SkF* Ratingen"',
  },
  {
    name: 'missing colon',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 17,
    from: '      function: Kinderschutzkoordinatorin',
    to: '      function Kinderschutzkoordinatorin',
    at: [17, 15],
    code: 'yaml-missing-colon',
    de: 'Nach „function“ fehlt der Doppelpunkt. Bitte so schreiben: function: Kinderschutzkoordinatorin',
    en: 'Please write: function: Kinderschutzkoordinatorin',
  },
  {
    name: 'missing colon after the dash',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 36,
    from: '    - name: Esra Yıldırım',
    to: '    - name Esra Yıldırım',
    at: [36, 11],
    code: 'yaml-missing-colon',
    de: 'name: Esra Yıldırım',
    en: 'name: Esra Yıldırım',
  },
  {
    name: 'two spaces too many',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 24,
    from: '      function: Kinderschutzkoordinatorin',
    to: '        function: Kinderschutzkoordinatorin',
    at: [24, 9],
    code: 'yaml-indent-column',
    de: 'gehört aber in Spalte 7 (wie „name“ in Zeile 23). Bitte am Zeilenanfang 2 Leerzeichen entfernen',
    en: 'Please remove 2 spaces',
  },
  // ---- siegen-wittgenstein
  {
    name: 'list item in the middle one space too few',
    example: 'siegen-wittgenstein',
    file: 'partners.yaml',
    line: 12,
    from: '    - Burbach',
    to: '   - Burbach',
    at: [12, 4],
    code: 'yaml-indent-column',
    de: 'gehört aber in Spalte 5 (wie „-“ in Zeile 11)',
    en: 'belongs in column 5',
  },
  {
    name: 'German short date',
    example: 'siegen-wittgenstein',
    file: 'meetings/qualifizierung.yaml',
    line: 8,
    from: '  start: 2023-10-28',
    to: '  start: 28.10.23',
    at: [8, 10],
    code: 'invalid-datetime',
    de: 'meinten Sie „2023-10-28“?',
    en: 'did you mean "2023-10-28"?',
  },
  {
    name: 'quoted beginning, text after it',
    example: 'siegen-wittgenstein',
    file: 'meetings/qualifizierung.yaml',
    line: 6,
    from: '  title: "Fachtag „Kinder aus suchtbelasteten Familien“"',
    to: '  title: "Fachtag" Kinder aus suchtbelasteten Familien',
    at: [6, 10],
    code: 'yaml-quote-value',
    de: `title: '"Fachtag" Kinder aus suchtbelasteten Familien'`,
    en: 'Please put the whole value in quotes',
  },
  {
    name: 'status: gekündigt',
    example: 'siegen-wittgenstein',
    file: 'agreements.yaml',
    line: 7,
    from: '  status: in_force',
    to: '  status: gekündigt',
    at: [7, 11],
    code: 'invalid-value',
    de: 'meinten Sie „terminated“?',
    en: 'did you mean "terminated"?',
  },
  {
    name: 'coordinator by the partner name',
    example: 'siegen-wittgenstein',
    file: 'network.yaml',
    line: 29,
    from: '    partner: jugendamt-kreis-siegen-wittgenstein',
    to: '    partner: Kreis Siegen-Wittgenstein – Jugendamt',
    at: [29, 14],
    code: 'reference-by-name',
    de: 'meinten Sie „jugendamt-kreis-siegen-wittgenstein“?',
    en: 'did you mean "jugendamt-kreis-siegen-wittgenstein"?',
  },
  {
    name: 'unclosed quote of a postal code',
    example: 'siegen-wittgenstein',
    file: 'partners.yaml',
    line: 22,
    from: '    postal_code: "57072"',
    to: '    postal_code: "57072',
    at: [22, 18],
    code: 'yaml-unclosed-quote',
    de: 'postal_code: "57072"',
    en: 'postal_code: "57072"',
  },
  {
    name: 'id with capitals',
    example: 'siegen-wittgenstein',
    file: 'meetings/qualifizierung.yaml',
    line: 24,
    from: '- id: 2023-11-fachtag-sexualisierte-gewalt',
    to: '- id: 2023-11-Fachtag sexualisierte Gewalt',
    at: [24, 7],
    code: 'invalid-id',
    de: 'meinten Sie „2023-11-fachtag-sexualisierte-gewalt“?',
    en: 'did you mean "2023-11-fachtag-sexualisierte-gewalt"?',
  },
  {
    name: 'missing colon after the first key of an item',
    example: 'siegen-wittgenstein',
    file: 'agreements.yaml',
    line: 4,
    from: '- id: kooperationsvereinbarung-kreis-stadt',
    to: '- id kooperationsvereinbarung-kreis-stadt',
    at: [4, 5],
    code: 'yaml-missing-colon',
    de: 'id: kooperationsvereinbarung-kreis-stadt',
    en: 'The colon after "id" is missing',
  },
  {
    name: 'backslash in double quotes',
    example: 'siegen-wittgenstein',
    file: 'agreements.yaml',
    line: 13,
    from: '  document: https://www.siegen-wittgenstein.example/kinderschutz/kooperationsvereinbarung.pdf',
    to: '  document: "C:\\Netzwerk\\vertrag.pdf"',
    at: [13, 13],
    code: 'yaml-backslash',
    de: `einfache Anführungszeichen verwenden: document: 'C:\\Netzwerk\\vertrag.pdf'`,
    en: `use single quotes: document: 'C:\\Netzwerk\\vertrag.pdf'`,
  },
  // ---- more of the same kinds, over the examples
  {
    name: 'value beginning with & (an anchor)',
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: '  title: &neu Fachtag',
    at: [5, 10],
    code: 'yaml-quote-value',
    de: 'title: "&neu Fachtag"',
    en: 'title: "&neu Fachtag"',
  },
  {
    name: 'value beginning with ! (a tag)',
    example: 'herne',
    file: 'meetings.yaml',
    line: 5,
    from: '  title: Kick-Off-Veranstaltung Netzwerk Kinderschutz/Netzwerk Frühe Hilfen',
    to: '  title: !wichtig Fachtag',
    at: [5, 10],
    code: 'yaml-quote-value',
    de: 'title: "!wichtig Fachtag"',
    en: 'title: "!wichtig Fachtag"',
  },
  {
    name: 'value beginning with %',
    example: 'ratingen',
    file: 'meetings.yaml',
    line: 6,
    from: '  title: 1. Netzwerktreffen Kinderschutz Ratingen',
    to: '  title: %1 Netzwerktreffen',
    at: [6, 10],
    code: 'yaml-quote-value',
    de: 'title: "%1 Netzwerktreffen"',
    en: 'title: "%1 Netzwerktreffen"',
  },
  {
    name: 'value beginning with { … }',
    example: 'kreis-kleve',
    file: 'meetings.yaml',
    line: 6,
    from: '  title: Unterzeichnung der Kooperationsvereinbarung der sechs Jugendämter',
    to: '  title: {neu} Unterzeichnung',
    at: [6, 10],
    code: 'yaml-quote-value',
    de: 'title: "{neu} Unterzeichnung"',
    en: 'title: "{neu} Unterzeichnung"',
  },
  {
    name: 'value beginning with "- "',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 3,
    from: '  title: Steuerungsgruppe der Jugendämter',
    to: '  title: - Steuerungsgruppe',
    at: [3, 10],
    code: 'yaml-quote-value',
    de: 'title: "- Steuerungsgruppe"',
    en: 'title: "- Steuerungsgruppe"',
  },
  {
    name: 'value beginning with * (no such anchor)',
    example: 'kreis-wesel',
    file: 'meetings/2025.yaml',
    line: 8,
    from: '  location: Kreishaus Wesel, Raum 214',
    to: '  location: *Kreishaus',
    at: [8, 13],
    code: 'yaml-quote-value',
    de: 'location: "*Kreishaus"',
    en: 'location: "*Kreishaus"',
  },
  {
    name: 'forgotten dash before the first contact',
    example: 'siegen-wittgenstein',
    file: 'partners.yaml',
    line: 28,
    from: '    - name: Carina Weller',
    to: '    name: Carina Weller',
    at: [28, 5],
    code: 'yaml-missing-dash',
    de: 'mit dem Strich in Spalte 5: - name: Carina Weller',
    en: 'with the dash in column 5: - name: Carina Weller',
  },
  {
    name: 'forgotten dash before the only contact',
    example: 'kreis-kleve',
    file: 'partners.yaml',
    line: 18,
    from: '    - name: Wiebke Hendricks',
    to: '    name: Wiebke Hendricks',
    at: [18, 5],
    code: 'yaml-missing-dash',
    de: '- name: Wiebke Hendricks',
    en: '- name: Wiebke Hendricks',
  },
  {
    name: 'forgotten dash before the second contact',
    example: 'ratingen',
    file: 'partners.yaml',
    line: 23,
    from: '    - name: Agnieszka Nowicka',
    to: '    name: Agnieszka Nowicka',
    at: [23, 5],
    code: 'yaml-missing-dash',
    de: '(wie in Zeile 16). Bitte so schreiben, mit dem Strich in Spalte 5: - name: Agnieszka Nowicka',
    en: '(as on line 16)',
  },
  {
    name: 'tab in a meeting',
    example: 'ratingen',
    file: 'meetings.yaml',
    line: 10,
    from: '  status: held',
    to: '\tstatus: held',
    at: [10, 1],
    code: 'yaml-tab',
    de: 'Tabulator',
    en: 'tab',
  },
  {
    name: 'missing colon in network.yaml',
    example: 'kreis-wesel',
    file: 'network.yaml',
    line: 8,
    from: 'name: Netzwerk Kinderschutz Kreis Wesel',
    to: 'name Netzwerk Kinderschutz Kreis Wesel',
    at: [8, 5],
    code: 'yaml-missing-colon',
    de: 'Nach „name“ fehlt der Doppelpunkt',
    en: 'The colon after "name" is missing',
  },
  {
    name: 'impossible all-day date',
    example: 'siegen-wittgenstein',
    file: 'meetings/qualifizierung.yaml',
    line: 8,
    from: '  start: 2023-10-28',
    to: '  start: 2023-02-29',
    at: [8, 10],
    code: 'invalid-calendar-date',
    de: '„2023-02-29“ ist kein Tag im Kalender',
    en: '"2023-02-29" is not a day in the calendar',
  },
  {
    name: 'invalid escape in double quotes',
    example: 'kreis-kleve',
    file: 'agreements.yaml',
    line: 18,
    from: '  document: https://www.kreis-kleve.example/netzwerk-kinderschutz/kooperationsvereinbarung.pdf',
    to: '  document: "C:\\Daten\\Vereinbarung.pdf"',
    at: [18, 13],
    code: 'yaml-backslash',
    de: `document: 'C:\\Daten\\Vereinbarung.pdf'`,
    en: `document: 'C:\\Daten\\Vereinbarung.pdf'`,
  },
  {
    name: 'a required key misspelled',
    example: 'herne',
    file: 'partners.yaml',
    line: 6,
    from: '  sector: jugendamt',
    to: '  sectr: jugendamt',
    at: [6, 3],
    code: 'unknown-property',
    de: '„sectr“ ist hier kein bekanntes Feld – meinten Sie „sector“?',
    en: '"sectr" is not a known field here; did you mean "sector"?',
  },
  {
    name: 'a year out of range, no follow-on about the end',
    example: 'kreis-kleve',
    file: 'meetings.yaml',
    line: 9,
    from: '  end: 2024-02-27 12:00',
    to: '  end: 1024-02-27 12:00',
    at: [9, 8],
    code: 'year-out-of-range',
    de: '1024-02-27 12:00',
    en: '1024-02-27 12:00',
  },
];

const dirs: (() => void)[] = [];
afterAll(() => dirs.forEach((remove) => remove()));

/** A copy of the example with the one line changed; the line must be what the case says it is. */
function withSlip(c: SlipCase): string {
  const { dir, remove } = copyExample(c.example);
  dirs.push(remove);
  const path = join(dir, c.file);
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(lines[c.line - 1], `${c.example}/${c.file}:${c.line}`).toBe(c.from);
  lines[c.line - 1] = c.to;
  writeFileSync(path, lines.join('\n'));
  return dir;
}

describe('one slip, one message at its line, with the fix', () => {
  it('the table has at least 40 cases over all five examples', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.example))).toEqual(new Set(EXAMPLE_NAMES));
  });

  it.each(CASES)('$example: $name', async (c) => {
    const dir = withSlip(c);
    const english = yamlMessages(readFileSync(join(dir, c.file), 'utf8'));
    for (const lang of ['de', 'en'] as const) {
      const result = await run(['validate', dir, '--today', TODAY, '--format', 'json', '--lang', lang]);
      expect(result.code, result.stdout + result.stderr).toBe(1);
      const json = JSON.parse(result.stdout) as Json;
      expect(
        json.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`),
        json.errors.map((e) => e.message).join('\n'),
      ).toEqual([`${c.file}:${c.at[0]}:${c.at[1]} ${c.code}`]);
      const message = json.errors[0]!.message;
      expect(message).toContain(lang === 'de' ? c.de : c.en);
      for (const text of english) expect(message).not.toContain(text);
      expect(message).not.toMatch(YAML_WORDS);
    }
    // and the same as text, the way a coordinator reads it
    const text = await run(['validate', dir, '--today', TODAY]);
    expect(text.stdout.split('\n')[0]).toMatch(new RegExp(`^${c.file.replace(/[.]/g, '\\.')}:${c.at[0]}:${c.at[1]}  Fehler  `));
    expect(text.stdout).toContain('✖ 1 Fehler in 1 Datei');
  });
});

describe('a slip stays in its file', () => {
  it('other files are still checked, and references to the broken file are not "unknown"', async () => {
    const dir = withSlip(CASES[0]!); // herne: tab in partners.yaml
    const meetings = join(dir, 'meetings.yaml');
    writeFileSync(meetings, readFileSync(meetings, 'utf8').replace('  status: held', '  status: stattgefunden'));
    const json = JSON.parse((await run(['validate', dir, '--today', TODAY, '--format', 'json'])).stdout) as Json;
    expect(json.errors.map((e) => `${e.file}:${e.line} ${e.code}`)).toEqual(['meetings.yaml:9 invalid-value', 'partners.yaml:6 yaml-tab']);
  });

  it('a collection file with nothing but comments, or nothing at all, is an empty list', async () => {
    const { dir, remove } = copyExample('herne');
    dirs.push(remove);
    writeFileSync(join(dir, 'agreements.yaml'), '# yaml-language-server: $schema=../../schemas/agreements.schema.json\n# Noch keine Vereinbarungen.\n');
    const comments = await run(['validate', dir, '--today', TODAY, '--format', 'json']);
    expect(JSON.parse(comments.stdout).errors).toEqual([]);
    writeFileSync(join(dir, 'agreements.yaml'), '');
    expect(JSON.parse((await run(['validate', dir, '--today', TODAY, '--format', 'json'])).stdout).errors).toEqual([]);
    // network.yaml is not a list: empty, it stays an error
    writeFileSync(join(dir, 'network.yaml'), '# leer\n');
    const network = JSON.parse((await run(['validate', dir, '--today', TODAY, '--format', 'json'])).stdout) as Json;
    expect(network.errors.map((e) => e.code)).toContain('empty-network');
  });
});

describe('the line-by-line structure check', () => {
  it('finds nothing in any valid file (examples, fixtures, the files of netzwerk init)', async () => {
    const { dir: initDir, remove } = tempDir();
    dirs.push(remove);
    expect((await run(['init', join(initDir, 'neu'), '--today', TODAY])).code).toBe(0);
    const files = [
      ...yamlFiles(EXAMPLES),
      ...['valid', 'warnings', 'report', 'privacy', 'contacts', 'calendar'].flatMap((d) => yamlFiles(join(FIXTURES, d))),
      ...yamlFiles(join(initDir, 'neu')),
    ];
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(checkStructure(scanLines(text)).slip, file).toBeUndefined();
    }
  });
});

/** One input for each error code the yaml package gives (its warnings included). */
const BY_CODE: Record<string, string> = {
  ALIAS_PROPS: 'a: &x b\nc: !!str *x\n',
  BAD_DQ_ESCAPE: 'a: "C:\\Daten"\n',
  BAD_INDENT: 'a:\n    b: 1\n   c: 2\n',
  BAD_SCALAR_START: 'a: @b\n',
  BLOCK_AS_IMPLICIT_KEY: 'a: b: c\n',
  BLOCK_IN_FLOW: 'a: {b: c d: e}\n',
  DUPLICATE_KEY: 'a: 1\na: 2\n',
  KEY_OVER_1024_CHARS: `${'x'.repeat(1100)}: 1\n`,
  MISSING_CHAR: 'a: "b\n',
  MULTILINE_IMPLICIT_KEY: 'a:b\nc: d\n',
  MULTIPLE_ANCHORS: 'a: &x &y b\n',
  MULTIPLE_TAGS: 'a: !!str !!str b\n',
  TAB_AS_INDENT: 'a:\n\tb: 1\n',
  UNEXPECTED_TOKEN: 'a: [b] c\n',
  TAG_RESOLVE_FAILED: 'a: !foo b\n',
  BAD_ALIAS: 'a: &x: b\n',
  IMPOSSIBLE_OR_OTHER: '- a\nb: c\n',
};

describe('every error of the yaml package becomes a message of the catalogue', () => {
  it.each(Object.entries(BY_CODE))('%s', async (code, text) => {
    const { dir, remove } = copyExample('herne');
    dirs.push(remove);
    writeFileSync(join(dir, 'agreements.yaml'), text);
    const english = yamlMessages(text);
    if (code !== 'IMPOSSIBLE_OR_OTHER')
      expect([parseAllDocuments(text)].flat().flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.code))).toContain(code);
    for (const lang of ['de', 'en'] as const) {
      const json = JSON.parse((await run(['validate', dir, '--today', TODAY, '--format', 'json', '--lang', lang])).stdout) as Json;
      const errors = json.errors.filter((e) => e.file === 'agreements.yaml');
      expect(errors.length, JSON.stringify(json.errors)).toBe(1);
      expect(errors[0]!.code).toMatch(/^yaml-|^file-shape$|^required$/);
      for (const sentence of english) expect(errors[0]!.message).not.toContain(sentence);
      expect(errors[0]!.message).not.toMatch(YAML_WORDS);
    }
  });
});

describe('trying a fix out (which of two lines to name)', () => {
  const text = 'id: x\naddress:\n   street: Weg 1\n  city: Kleve\nname: A\nsector: sonstige\nname: B\n';

  it('reads the file with the fix as far as its first error, a key written twice included', () => {
    const lines = scanLines(text);
    const slip = checkStructure(lines).slip!;
    expect(slip).toMatchObject({ line: 3, code: 'yaml-indent-column' });
    expect(readsUpTo(lines, slip)).toBe(7); // the second `name:`
    expect(readsUpTo(scanLines(text.replace('name: B\n', '')), slip)).toBe(Infinity);
  });
});
