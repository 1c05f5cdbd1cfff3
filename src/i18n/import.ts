// The words of `netzwerk import`: its report (part of the catalogue, catalogue.ts) and the names
// of the fields a column was recognised as.
import { prog } from './prog.js';
import type { Texts } from './texts.js';
import type { Lang } from './lang.js';

export const IMPORT_COLUMN_WORDS: Record<Lang, Record<string, string>> = {
  de: {
    organisation: 'Einrichtung',
    sector: 'Bereich',
    name: 'Name',
    firstName: 'Vorname',
    lastName: 'Nachname',
    function: 'Funktion',
    email: 'E-Mail',
    phone: 'Telefon',
    mobile: 'Mobil',
    street: 'Straße',
    postal_code: 'PLZ',
    city: 'Ort',
    municipalities: 'Kommunen',
    website: 'Internetseite',
    visibility: 'Sichtbarkeit',
    insofa: 'InsoFa',
    consent: 'Einwilligung',
    verified: 'bestätigt am',
    remarks: 'Bemerkung (nur auf InsoFa geprüft)',
    languages: 'Sprachen',
    offers: 'Angebote',
  },
  en: {
    organisation: 'institution',
    sector: 'sector',
    name: 'name',
    firstName: 'first name',
    lastName: 'last name',
    function: 'function',
    email: 'e-mail',
    phone: 'phone',
    mobile: 'mobile',
    street: 'street',
    postal_code: 'postal code',
    city: 'city',
    municipalities: 'municipalities',
    website: 'web site',
    visibility: 'visibility',
    insofa: 'InsoFa',
    consent: 'consent',
    verified: 'verified on',
    remarks: 'remarks (checked for InsoFa only)',
    languages: 'languages',
    offers: 'offers',
  },
};

const suggestion = {
  de: (s: unknown) => (s === undefined ? '' : ` Meinten Sie „${String(s)}“?`),
  en: (s: unknown) => (s === undefined ? '' : ` Did you mean "${String(s)}"?`),
};

export const IMPORT_TEXTS = {
  'import.note': { de: (p) => `  ${p.row}: ${p.note}`, en: (p) => `  ${p.row}: ${p.note}` },
  // ---- reading the table (src/load/table-file.ts)
  'table.missing': { de: (p, q) => `Die Datei ${q(p.file)} wurde nicht gefunden.`, en: (p, q) => `The file ${q(p.file)} was not found.` },
  'table.too-large': {
    de: (p, q) => `${q(p.file)} ist ${p.size} MB groß; eine Partnerliste ist kleiner (höchstens ${p.limit} MB).`,
    en: (p, q) => `${q(p.file)} is ${p.size} MB; a partner list is smaller (at most ${p.limit} MB).`,
  },
  'table.format': {
    de: (p, q) =>
      `${q(p.file)}: Gelesen werden .csv und .xlsx. Eine ältere .xls- oder .ods-Datei bitte in Excel oder LibreOffice „Speichern unter …“ als .xlsx oder .csv speichern.`,
    en: (p, q) => `${q(p.file)}: .csv and .xlsx can be read. Please save an older .xls or .ods file as .xlsx or .csv ("Save as …" in Excel or LibreOffice).`,
  },
  'table.csv': {
    de: (p, q) => `${q(p.file)} ist keine lesbare CSV-Datei (${p.detail}).`,
    en: (p, q) => `${q(p.file)} is not a readable CSV file (${p.detail}).`,
  },
  'table.mixed-encoding': {
    de: (p, q) =>
      `${q(p.file)} ist als UTF-8 gespeichert, aber Zeile ${p.line} enthält ein Zeichen in einer anderen Kodierung (meist ein Umlaut, der aus einer anderen Datei kam). Gelesen als Windows-1252 würden alle Umlaute der Datei falsch („JÃ¼rgen“); es wurde nichts übernommen. Bitte die Zeile prüfen und die Datei als „CSV UTF-8“ speichern.`,
    en: (p, q) =>
      `${q(p.file)} is saved as UTF-8, but line ${p.line} holds a character in another encoding (mostly an umlaut that came from another file). Read as Windows-1252, every umlaut of the file would be garbled ("JÃ¼rgen"); nothing was taken. Please check the line and save the file as "CSV UTF-8".`,
  },
  'table.xlsx-inflated': {
    de: (p, q) =>
      `${q(p.file)} entpackt sich zu mehr als ${p.limit} MB: so groß ist keine Liste von Einrichtungen oder Teilnehmenden. Die Datei wurde nicht gelesen; bitte die Liste in eine neue Excel-Datei kopieren oder als CSV speichern.`,
    en: (p, q) =>
      `${q(p.file)} unpacks to more than ${p.limit} MB: no list of institutions or participants is that large. The file was not read; please copy the list into a new Excel file or save it as CSV.`,
  },
  'table.xlsx-entries': {
    de: (p, q) =>
      `${q(p.file)} besteht aus mehr als ${p.limit} Teilen: das ist keine gewöhnliche Excel-Liste. Die Datei wurde nicht gelesen; bitte als CSV speichern.`,
    en: (p, q) => `${q(p.file)} consists of more than ${p.limit} parts: this is no ordinary Excel list. The file was not read; please save it as CSV.`,
  },
  'table.xlsx-rows': {
    de: (p, q) => `${q(p.file)} hat mehr als ${p.limit} Zeilen: so lang ist keine Liste von Einrichtungen oder Teilnehmenden. Die Datei wurde nicht gelesen.`,
    en: (p, q) => `${q(p.file)} has more than ${p.limit} rows: no list of institutions or participants is that long. The file was not read.`,
  },
  'table.xlsx-cells': {
    de: (p, q) => `${q(p.file)} hat mehr als ${p.limit} Zellen: so groß ist keine Liste von Einrichtungen oder Teilnehmenden. Die Datei wurde nicht gelesen.`,
    en: (p, q) => `${q(p.file)} has more than ${p.limit} cells: no list of institutions or participants is that large. The file was not read.`,
  },
  'table.xlsx': {
    de: (p, q) => `${q(p.file)} ist keine lesbare Excel-Datei (.xlsx). Ist sie beschädigt oder mit einem Kennwort geschützt?`,
    en: (p, q) => `${q(p.file)} is not a readable Excel file (.xlsx). Is it damaged or protected by a password?`,
  },
  // ---- the report
  'import.no-header': {
    de: (p, q) =>
      `In ${q(p.file)} ist keine Spalte für die Einrichtung zu erkennen. Die erste Zeile der Tabelle braucht Überschriften wie „Einrichtung“, „Bereich“, „Ansprechperson“, „E-Mail“, „Telefon“ (Anleitung: ${prog(p)} docs import).`,
    en: (p, q) =>
      `${q(p.file)} has no column recognisable as the institution. The table's first row needs headers such as "Institution", "Sector", "Name", "E-mail", "Phone" (guide: ${prog(p)} docs import).`,
  },
  'import.how-csv': { de: (p) => `CSV, ${p.encoding}, Trennzeichen ${p.delimiter}`, en: (p) => `CSV, ${p.encoding}, separator ${p.delimiter}` },
  'import.how-xlsx': { de: (p) => `Excel, Blatt „${p.sheet}“`, en: (p) => `Excel, sheet "${p.sheet}"` },
  'import.read': {
    de: (p) => `Gelesen: ${p.file} (${p.how}), ${p.rows} ${p.rows === 1 ? 'Zeile' : 'Zeilen'} mit Inhalt.`,
    en: (p) => `Read: ${p.file} (${p.how}), ${p.rows} ${p.rows === 1 ? 'row' : 'rows'} with content.`,
  },
  'import.columns': { de: (p) => `Spalten: ${p.columns}`, en: (p) => `Columns: ${p.columns}` },
  'import.columns-ignored': { de: (p) => `Nicht übernommen: ${p.columns}`, en: (p) => `Not taken over: ${p.columns}` },
  'import.column-holds': {
    de: (p, q) => `Spalte ${q(p.header)}${p.sample ? ` (z. B. ${q(p.sample)})` : ' (leer)'}`,
    en: (p, q) => `column ${q(p.header)}${p.sample ? ` (e.g. ${q(p.sample)})` : ' (empty)'}`,
  },
  'import.unchanged': {
    de: (p) => `Schon im Netzwerk und unverändert: ${p.count === 1 ? '1 Zeile' : `${p.count} Zeilen`}${p.rows ? ` (${p.rows})` : ' (alle zeigen: --verbose)'}.`,
    en: (p) => `Already in the network and unchanged: ${p.count === 1 ? '1 row' : `${p.count} rows`}${p.rows ? ` (${p.rows})` : ' (to list them: --verbose)'}.`,
  },
  'import.updates': {
    de: (p) => `Geänderte Angaben, werden übernommen (--update): ${p.count === 1 ? '1 Zeile' : `${p.count} Zeilen`}:`,
    en: (p) => `Changed data, taken over (--update): ${p.count === 1 ? '1 row' : `${p.count} rows`}:`,
  },
  'import.updates-not': {
    de: (p) =>
      `Geänderte Angaben zu Einträgen, die es schon gibt: ${p.count === 1 ? '1 Zeile' : `${p.count} Zeilen`} – nicht übernommen; mit --update übernehmen:`,
    en: (p) => `Changed data of entries the network has: ${p.count === 1 ? '1 row' : `${p.count} rows`} – not taken over; take them over with --update:`,
  },
  'import.update': {
    de: (p) => `  Zeile ${p.row}: ${p.name}${p.partner ? ` (${p.partner})` : ''}: ${p.changes}`,
    en: (p) => `  row ${p.row}: ${p.name}${p.partner ? ` (${p.partner})` : ''}: ${p.changes}`,
  },
  'import.reach': {
    de: (p) =>
      `Wer die neuen Personen erreicht: ${[
        Number(p.internal) > 0
          ? `${p.internal === 1 ? '1 Person' : `${p.internal} Personen`} nur für die Koordinierungsstelle (internal): Einladungen und Kontaktlisten für die Partner erreichen sie nicht`
          : '',
        Number(p.network) > 0
          ? `${p.network === 1 ? '1 Person' : `${p.network} Personen`} für die Partner des Netzwerks (network): Einladungen und Kontaktlisten erreichen sie`
          : '',
        Number(p.public) > 0 ? `${p.public === 1 ? '1 Person' : `${p.public} Personen`} auch öffentlich (public, mit Einwilligung)` : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    en: (p) =>
      `Whom the new persons reach: ${[
        Number(p.internal) > 0
          ? `${p.internal === 1 ? '1 person' : `${p.internal} persons`} for the coordination only (internal): invitations and contact lists for the partners do not reach them`
          : '',
        Number(p.network) > 0
          ? `${p.network === 1 ? '1 person' : `${p.network} persons`} for the network's partners (network): invitations and contact lists reach them`
          : '',
        Number(p.public) > 0 ? `${p.public === 1 ? '1 person' : `${p.public} persons`} also public (public, with consent)` : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
  },
  'import.reach-change': {
    de: (p) =>
      `Ändern: einzeln mit ${prog(p)} set "Name" visibility=network, alle Personen eines Partners mit ${prog(p)} set --partner-of "Einrichtung" visibility=network, alle Personen des Netzwerks mit ${prog(p)} set --all visibility=network.`,
    en: (p) =>
      `To change: one by one with ${prog(p)} set "Name" visibility=network, all persons of a partner with ${prog(p)} set --partner-of "Institution" visibility=network, every person of the network with ${prog(p)} set --all visibility=network.`,
  },
  'import.reach-change-no-column': {
    de: (p) =>
      `Die Liste sagt nicht, wer die Personen sehen darf. Sollen die Partner sie erreichen, die Liste mit --visibility network noch einmal importieren (${prog(p)} import ${p.args} --visibility network --update), oder einzeln: ${prog(p)} set "Name" visibility=network.`,
    en: (p) =>
      `The list does not say who may see the persons. For the partners to reach them, import the list again with --visibility network (${prog(p)} import ${p.args} --visibility network --update), or one by one: ${prog(p)} set "Name" visibility=network.`,
  },
  'import.ask-visibility': {
    de: () => 'Die Liste sagt nicht, wer die Personen sehen darf. Für wen sollen sie eingetragen werden?',
    en: () => 'The list does not say who may see the persons. For whom should they be entered?',
  },
  'import.ask-visibility.internal': {
    de: () => 'nur für die Koordinierungsstelle (internal): keine Einladungen und Listen für die Partner',
    en: () => 'for the coordination only (internal): no invitations and lists for the partners',
  },
  'import.ask-visibility.network': {
    de: () => 'für die Partner des Netzwerks (network): Einladungen und Kontaktlisten erreichen sie',
    en: () => "for the network's partners (network): invitations and contact lists reach them",
  },
  'import.summary': {
    de: (p) =>
      `Neu: ${p.partners} Partner mit ${p.contacts === 1 ? '1 Kontaktperson' : `${p.contacts} Kontaktpersonen`}; ${p.existing === 1 ? '1 weitere Kontaktperson' : `${p.existing} weitere Kontaktpersonen`} bei Partnern, die es schon gibt.`,
    en: (p) =>
      `New: ${p.partners} ${p.partners === 1 ? 'partner' : 'partners'} with ${p.contacts} contact ${p.contacts === 1 ? 'person' : 'persons'}; ${p.existing} more at partners the network already has.`,
  },
  'import.notes': { de: () => 'Nicht (ganz) übernommen:', en: () => 'Not (fully) taken over:' },
  'import.row': { de: (p) => `Zeile ${p.row}`, en: (p) => `row ${p.row}` },
  'import.no-organisation': { de: () => 'keine Einrichtung angegeben – Zeile nicht übernommen.', en: () => 'no institution given – row not taken over.' },
  'import.no-name': {
    de: () => 'Kontaktdaten ohne Namen – nur die Einrichtung übernommen.',
    en: () => 'contact data without a name – only the institution taken over.',
  },
  'import.sector-unknown': {
    de: (p, q) =>
      `Bereich ${q(p.value)} ist nicht bekannt.${suggestion.de(p.suggestion)} ${q(p.organisation)} wurde nicht übernommen; bitte den Bereich in der Tabelle ändern und noch einmal importieren.`,
    en: (p, q) =>
      `sector ${q(p.value)} is not known.${suggestion.en(p.suggestion)} ${q(p.organisation)} was not taken over; please change the sector in the table and import again.`,
  },
  'import.sector-missing': {
    de: (p, q) =>
      `Für ${q(p.organisation)} ist kein Bereich angegeben und aus dem Namen nicht zu erkennen – nicht übernommen. Bitte eine Spalte „Bereich“ ergänzen (z. B. kita, schule, polizei).`,
    en: (p, q) =>
      `no sector is given for ${q(p.organisation)} and the name does not tell – not taken over. Please add a column "Sector" (e.g. kita, schule, polizei).`,
  },
  'import.municipality-unknown': {
    de: (p, q) => `Kommune ${q(p.value)} gehört nicht zur Region des Netzwerks.${suggestion.de(p.suggestion)} Weggelassen.`,
    en: (p, q) => `municipality ${q(p.value)} is not in the network's region.${suggestion.en(p.suggestion)} Left out.`,
  },
  'import.bad-value': {
    de: (p, q) => `${q(p.value)} ist als ${p.column} nicht zu gebrauchen (Form prüfen) – weggelassen.`,
    en: (p, q) => `${q(p.value)} cannot be used as ${p.column} (check its form) – left out.`,
  },
  'import.visibility-unknown': {
    de: (p, q) =>
      `Sichtbarkeit ${q(p.value)} ist nicht bekannt (intern, Netzwerk, öffentlich) – als ${p.default === 'network' ? 'Netzwerk' : 'intern'} übernommen.`,
    en: (p, q) => `visibility ${q(p.value)} is not known (internal, network, public) – taken over as ${p.default}.`,
  },
  'import.public-without-consent': {
    de: (p, q) => `${q(p.name)} ist öffentlich markiert, aber ohne Datum der Einwilligung – nur für das Netzwerk (network) übernommen.`,
    en: (p, q) => `${q(p.name)} is marked public without a date of consent – taken over for the network only (network).`,
  },
  'import.duplicate-email': {
    de: (p, q) => `${q(p.name)} (${p.email}) steht schon im Netzwerk (bei ${q(p.partner)}) – nicht doppelt übernommen.`,
    en: (p, q) => `${q(p.name)} (${p.email}) is already in the network (at ${q(p.partner)}) – not added twice.`,
  },
  'import.duplicate-name': {
    de: (p, q) => `${q(p.name)} steht bei ${q(p.partner)} schon als ${q(p.known)} – nicht doppelt übernommen.`,
    en: (p, q) => `${q(p.name)} is already listed at ${q(p.partner)} as ${q(p.known)} – not added twice.`,
  },
  'import.duplicate-row': {
    de: (p, q) => `${q(p.name)} steht schon in Zeile ${p.first} – nicht doppelt übernommen.`,
    en: (p, q) => `${q(p.name)} is already in row ${p.first} – not added twice.`,
  },
  'import.sample-partner': {
    de: (p, q) =>
      `${q(p.organisation)} ist noch ein Beispiel von „netzwerk init“ (sample: true in ${p.file}): Der Partner und seine Personen erscheinen in keiner Ausgabe, bis dort die Beispielangaben ersetzt sind und die Zeile „sample: true“ gelöscht ist.`,
    en: (p, q) =>
      `${q(p.organisation)} is still a sample of "netzwerk init" (sample: true in ${p.file}): the partner and its persons appear in no output until its sample values are replaced there and the line "sample: true" is deleted.`,
  },
  'import.similar': {
    de: (p, q) =>
      `${q(p.organisation)} ähnelt ${q(p.existing)} (${p.id}), das es im Netzwerk schon gibt – wahrscheinlich dieselbe Einrichtung, nicht angelegt. Ist es eine andere, mit --allow-similar importieren; ist es dieselbe, den Namen in der Tabelle angleichen.`,
    en: (p, q) =>
      `${q(p.organisation)} is close to ${q(p.existing)} (${p.id}), which the network already has – probably the same institution, not added. If it is another one, import with --allow-similar; if it is the same, make the name in the table the same.`,
  },
  'import.sector-chosen': {
    de: (p, q) => `${q(p.value)} nennt mehrere Bereiche; übernommen als ${q(p.sector)} (mit netzwerk set … sector=… änderbar).`,
    en: (p, q) => `${q(p.value)} names several sectors; taken as ${q(p.sector)} (change with netzwerk set … sector=…).`,
  },
  'import.place-outside': {
    de: (p, q) =>
      `${q(p.place)} liegt nicht in der Region (${p.region}) – nicht übernommen, statt die Einrichtung für die ganze Region einzutragen. Bitte in der Tabelle eine Spalte „Kommune“ mit der zuständigen Kommune ergänzen (oder „alle“).`,
    en: (p, q) =>
      `${q(p.place)} is not in the region (${p.region}) – not taken over, rather than entering the institution for the whole region. Please add a column "Municipality" with the municipality it serves (or "all").`,
  },
  'import.partner-exists': {
    de: (p, q) =>
      `${q(p.organisation)} gibt es schon im Netzwerk (${p.id}) – nicht doppelt angelegt${p.count === 0 ? '.' : p.count === 1 ? '; 1 neue Kontaktperson dort ergänzt.' : `; ${p.count} neue Kontaktpersonen dort ergänzt.`}`,
    en: (p, q) =>
      `${q(p.organisation)} is already in the network (${p.id}) – not added twice${p.count === 0 ? '.' : p.count === 1 ? '; 1 new contact person added there.' : `; ${p.count} new contact persons added there.`}`,
  },
} satisfies Texts;
