// The table of `netzwerk validate` over fixture folders, run in-process (test/cli/validate.test.ts)
// and against the real bin (test/system/validate-bin.test.ts).
import { expect } from 'vitest';
import { STACK_TRACE } from './helpers.js';

export const TODAY = ['--today', '2026-11-23'];

interface Case {
  fixture: string;
  code: 0 | 1 | 2;
  /** `file:line` the first error must name; absent for exit 2. */
  at?: string;
  /** Part of the message, German. */
  says: string;
  args?: string[];
}

const CASES: Case[] = [
  // reading and YAML syntax
  { fixture: 'bad/yaml-indent', code: 1, at: 'partners.yaml:11', says: '„sector“ steht in Spalte 4, gehört aber in Spalte 3 (wie „name“ in Zeile 10)' },
  { fixture: 'bad/yaml-tab', code: 1, at: 'meetings.yaml:4', says: 'mit einem Tabulator eingerückt' },
  {
    fixture: 'bad/yaml-unclosed-quote',
    code: 1,
    at: 'partners.yaml:15',
    says: 'wird nicht geschlossen. Bitte am Ende des Werts ebenfalls " setzen: postal_code: "12345"',
  },
  { fixture: 'bad/yaml-duplicate-key', code: 1, at: 'meetings.yaml:8', says: 'Schlüssel „status“ steht zweimal' },
  { fixture: 'bad/not-utf8', code: 1, at: 'partners.yaml:18', says: 'nicht in UTF-8' },
  { fixture: 'bad/empty-network', code: 1, at: 'network.yaml:1', says: 'network.yaml ist leer' },
  { fixture: 'bad/alias-bomb', code: 1, at: 'meetings.yaml:1', says: 'zu viele YAML-Verweise' },
  { fixture: 'bad/multiple-documents', code: 1, at: 'meetings.yaml:8', says: 'mehrere YAML-Dokumente' },
  { fixture: 'bad/scalar-top-level', code: 1, at: 'meetings.yaml:2', says: 'eine Liste von Veranstaltungen oder eine einzelne Veranstaltung' },
  { fixture: 'bad/no-network-yaml', code: 2, says: 'netzwerk init' },
  { fixture: 'does-not-exist', code: 2, says: 'wurde nicht gefunden' },
  // shape
  { fixture: 'bad/unknown-sector', code: 1, at: 'partners.yaml:11', says: 'sector: „polzei“ ist kein Sektor – meinten Sie „polizei“?' },
  // the fields of the Frühe-Hilfen profile and the overview (issue 31)
  {
    fixture: 'bad/network-kind-typo',
    code: 1,
    at: 'network.yaml:5',
    says: 'kind[1]: „frühe_hilfen“ ist keine Art des Netzwerks – meinten Sie „fruehe_hilfen“?',
  },
  {
    fixture: 'bad/official-key-unquoted',
    code: 1,
    at: 'network.yaml:10',
    says: 'Bitte in Anführungszeichen setzen: key: "05199". Ohne Anführungszeichen liest YAML hier eine Zahl (5199)',
  },
  { fixture: 'bad/youth-office-key-twice', code: 1, at: 'network.yaml:10', says: 'Der Schlüssel „05199“ steht schon bei „jugendamt-musterkreis“' },
  { fixture: 'bad/fte-comma', code: 1, at: 'network.yaml:15', says: 'mit Punkt als Dezimalzeichen, also fte: 0.5' },
  { fixture: 'bad/unknown-property', code: 1, at: 'partners.yaml:13', says: '„adress“ ist hier kein bekanntes Feld – meinten Sie „address“?' },
  { fixture: 'bad/collection-key', code: 1, at: 'partners.yaml:13', says: '„[ Schulweg, 1 ]“ ist hier kein bekanntes Feld' },
  { fixture: 'bad/missing-required', code: 1, at: 'meetings.yaml:2', says: 'Pflichtangabe „title“ fehlt' },
  { fixture: 'bad/unquoted-postal-code', code: 1, at: 'partners.yaml:15', says: 'Bitte in Anführungszeichen setzen: postal_code: "01067"' },
  { fixture: 'bad/unquoted-phone', code: 1, at: 'partners.yaml:19', says: 'Bitte in Anführungszeichen setzen: phone: "+4912345670001"' },
  { fixture: 'bad/bad-date-format', code: 1, at: 'meetings.yaml:5', says: '„11.03.2026 14:00“ ist weder ein Datum' },
  // domain rules
  { fixture: 'bad/impossible-date', code: 1, at: 'partners.yaml:8', says: '„2025-02-30“ ist kein Tag im Kalender' },
  { fixture: 'bad/impossible-time', code: 1, at: 'meetings.yaml:6', says: 'keine gültige Uhrzeit' },
  { fixture: 'bad/end-before-start', code: 1, at: 'meetings.yaml:6', says: 'liegt vor dem Beginn' },
  { fixture: 'bad/end-kind-mismatch', code: 1, at: 'meetings.yaml:6', says: 'gleich angegeben' },
  { fixture: 'bad/left-before-joined', code: 1, at: 'partners.yaml:13', says: 'Austrittsdatum (2023-12-31) liegt vor dem Eintrittsdatum' },
  { fixture: 'bad/public-without-consent', code: 1, at: 'partners.yaml:20', says: 'ohne Einwilligung' },
  { fixture: 'bad/fallkonferenz-public', code: 1, at: 'meetings.yaml:13', says: 'Fallkonferenz ist nie öffentlich' },
  { fixture: 'bad/unknown-timezone', code: 1, at: 'network.yaml:4', says: '„Europa/Berlin“ ist keine bekannte Zeitzone' },
  { fixture: 'bad/duplicate-id', code: 1, at: 'partners/b.yaml:2', says: 'schon vergeben (partners/a.yaml, Zeile 9)' },
  { fixture: 'bad/unknown-reference', code: 1, at: 'meetings.yaml:9', says: 'meinten Sie „grundschule-nordstadt“?' },
  { fixture: 'bad/youth-office-not-jugendamt', code: 1, at: 'network.yaml:8', says: 'ist aber kein Jugendamt' },
  { fixture: 'bad/unknown-municipality', code: 1, at: 'partners.yaml:12', says: 'meinten Sie „Nordstadt“?' },
  // valid forms and warnings
  { fixture: 'valid/minimal', code: 0, says: '✔ Keine Fehler (3 Dateien geprüft).' },
  { fixture: 'valid/bom-crlf', code: 0, says: '✔ Keine Fehler (3 Dateien geprüft).' },
  { fixture: 'valid/folders', code: 0, says: '✔ Keine Fehler (4 Dateien geprüft).' },
  // a collection file with nothing but comments, or nothing at all, is an empty list
  { fixture: 'valid/empty-collection', code: 0, says: '✔ Keine Fehler (4 Dateien geprüft).' },
  { fixture: 'warnings/all-kinds', code: 0, says: '13 Warnungen' },
  { fixture: 'warnings/all-kinds', code: 1, says: '13 Warnungen', args: ['--strict'] },
];

export function check(c: Case, result: { code: number; stdout: string; stderr: string }) {
  const output = result.stdout + result.stderr;
  expect(output).not.toMatch(STACK_TRACE);
  // nothing but our own messages: no warnings of Node or of the yaml package (in English)
  expect(result.stderr).not.toMatch(/Warning|mapAsMap/);
  expect(result.code, output).toBe(c.code);
  expect(output).toContain(c.says);
  if (c.at) expect(output.split('\n')[0]).toMatch(new RegExp(`^${c.at.replace('.', '\\.')}:\\d+  Fehler`));
}

/** The test's title: the fixture, its extra options if any, and the exit code expected. */
export const titled = CASES.map((c) => [`${c.fixture}${c.args ? ` ${c.args.join(' ')}` : ''} → exit ${c.code}`, c] as const);
