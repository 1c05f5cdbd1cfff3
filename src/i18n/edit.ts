// The sentences of the writing commands (add, verified, import, and the edit layer they share):
// part of the catalogue, catalogue.ts.
import { prog } from './prog.js';
import { indentedLines, type Texts } from './texts.js';

/** A list as indented lines. */

/** Why a file could not be written, in words the user can act on. */
const CAUSE: Record<'de' | 'en', Record<string, string>> = {
  de: {
    locked: 'die Datei ist in einem anderen Programm geöffnet (z. B. Excel oder ein Editor) – bitte dort schließen',
    'read-only': 'die Datei ist schreibgeschützt oder gehört einer anderen Person – bitte den Schreibschutz aufheben',
    'read-only-attribute':
      'die Datei ist schreibgeschützt – im Explorer mit der rechten Maustaste auf die Datei → Eigenschaften → den Haken bei „Schreibgeschützt“ entfernen',
    'no-space': 'auf dem Laufwerk ist kein Platz mehr',
    other: 'ein Fehler beim Schreiben',
  },
  en: {
    locked: 'the file is open in another program (e.g. Excel or an editor) – please close it there',
    'read-only': 'the file is read-only or belongs to someone else – please remove the write protection',
    'read-only-attribute': 'the file is read-only – in the Explorer, right-click the file → Properties → untick "Read-only"',
    'no-space': 'the drive is full',
    other: 'an error while writing',
  },
};

export const EDIT_TEXTS = {
  // ---- the edit layer (src/network/change.ts, src/write/edit-files.ts)
  'edit.diff.file': { de: (p) => `Änderung in ${p.file}:`, en: (p) => `Change in ${p.file}:` },
  'edit.diff.new-file': { de: (p) => `Neue Datei ${p.file}:`, en: (p) => `New file ${p.file}:` },
  'edit.written': {
    de: (p) => (p.count === 1 ? '✔ 1 Datei geändert.' : `✔ ${p.count} Dateien geändert.`),
    en: (p) => (p.count === 1 ? '✔ 1 file changed.' : `✔ ${p.count} files changed.`),
  },
  'edit.dry-run': {
    de: () => 'Nur angezeigt (--dry-run): Es wurde nichts geändert.',
    en: () => 'Shown only (--dry-run): nothing was changed.',
  },
  'edit.nothing-to-do': { de: () => 'Es gibt nichts zu ändern.', en: () => 'There is nothing to change.' },
  'edit.fix-first': {
    de: (p) => `Die Daten enthalten schon Fehler; bitte zuerst diese beheben (${prog(p)} validate). Es wurde nichts geändert.`,
    en: (p) => `The data already contain errors; please fix them first (${prog(p)} validate). Nothing was changed.`,
  },
  'edit.nothing-written': {
    de: () => 'Mit dieser Änderung wären die Daten fehlerhaft; es wurde nichts geändert. Bitte die Angaben prüfen.',
    en: () => 'With this change the data would be invalid; nothing was changed. Please check the values.',
  },
  'edit.new-warnings': {
    de: () => 'Hinweise zur Änderung:',
    en: () => 'Notes on the change:',
  },
  'edit.changed-meanwhile': {
    de: (p, q) =>
      `${q(p.file)} wurde geändert, während netzwerk lief (von einer anderen Person oder einem Programm). Nichts wurde überschrieben; bitte den Befehl noch einmal ausführen.`,
    en: (p, q) => `${q(p.file)} was changed while netzwerk was running (by someone or something else). Nothing was overwritten; please run the command again.`,
  },
  'edit.file-appeared': {
    de: (p, q) => `${q(p.file)} wurde angelegt, während netzwerk lief. Nichts wurde überschrieben; bitte den Befehl noch einmal ausführen.`,
    en: (p, q) => `${q(p.file)} was created while netzwerk was running. Nothing was overwritten; please run the command again.`,
  },
  'edit.write-failed': {
    de: (p, q) => `Die Dateien in ${q(p.dir)} können nicht geschrieben werden (${p.reason}). Bitte Zugriffsrechte und freien Speicher prüfen.`,
    en: (p, q) => `Cannot write the files in ${q(p.dir)} (${p.reason}). Please check permissions and free space.`,
  },
  'edit.more-warnings': {
    de: (p) => `  … und ${p.count} weitere Warnungen dieser Art (alle: ${prog(p)} validate)`,
    en: (p) => `  … and ${p.count} more warnings of this kind (all: ${prog(p)} validate)`,
  },
  'edit.commit-failed': {
    de: (p, q) =>
      `${q(p.file)} konnte nicht geschrieben werden: ${CAUSE.de[String(p.cause)] ?? CAUSE.de.other} (${p.reason}). Es wurde nichts geändert; bitte beheben und den Befehl noch einmal ausführen.`,
    en: (p, q) =>
      `${q(p.file)} could not be written: ${CAUSE.en[String(p.cause)] ?? CAUSE.en.other} (${p.reason}). Nothing was changed; please fix that and run the command again.`,
  },
  'edit.commit-half': {
    de: (p, q) =>
      `${q(p.file)} konnte nicht geschrieben werden: ${CAUSE.de[String(p.cause)] ?? CAUSE.de.other} (${p.reason}). Schon geänderte Dateien ließen sich nicht wiederherstellen und sind geändert:\n${indentedLines(p.changed)}\nBitte prüfen (z. B. mit einer Sicherung) und den Befehl noch einmal ausführen.`,
    en: (p, q) =>
      `${q(p.file)} could not be written: ${CAUSE.en[String(p.cause)] ?? CAUSE.en.other} (${p.reason}). Files already changed could not be restored and are changed:\n${indentedLines(p.changed)}\nPlease check them (e.g. against a backup) and run the command again.`,
  },
  'edit.locked': {
    de: (p, q) =>
      `Im Netzwerk-Ordner ändert gerade ein anderer Befehl die Dateien (${p.user ? `${p.user}, ` : ''}Rechner ${p.host}, Prozess ${p.pid}, seit ${p.since}). Bitte kurz warten und den Befehl noch einmal ausführen. Hängt nichts mehr, gilt die Sperre ${q(p.file)} nach 5 Minuten als verwaist.`,
    en: (p, q) =>
      `Another command is changing the files in the network folder (${p.user ? `${p.user}, ` : ''}computer ${p.host}, process ${p.pid}, since ${p.since}). Please wait a moment and run the command again. If nothing is running, the lock ${q(p.file)} counts as left over after 5 minutes.`,
  },
  'edit.lock-taken-over': {
    de: (p) => `Hinweis: Eine verwaiste Sperre (Rechner ${p.host}, Prozess ${p.pid}, seit ${p.since}) wurde übernommen.`,
    en: (p) => `Note: a left-over lock (computer ${p.host}, process ${p.pid}, since ${p.since}) was taken over.`,
  },
  'edit.lock-failed': {
    de: (p, q) =>
      `Im Netzwerk-Ordner ${q(p.dir)} lässt sich keine Sperre anlegen (${p.reason}); ohne sie ändert netzwerk nichts. Bitte die Schreibrechte des Ordners prüfen.`,
    en: (p, q) =>
      `Cannot create a lock in the network folder ${q(p.dir)} (${p.reason}); without it netzwerk changes nothing. Please check that the folder is writable.`,
  },
  'edit.cannot-edit': {
    de: (p, q) =>
      `${q(p.file)} ist an dieser Stelle (${p.path}) so geschrieben, dass netzwerk die Änderung nicht sicher vornehmen kann. Bitte mit einem Texteditor eintragen; es wurde nichts geändert.`,
    en: (p, q) =>
      `${q(p.file)} is written in a way at this place (${p.path}) that netzwerk cannot change safely. Please make the change in a text editor; nothing was changed.`,
  },
  // ---- option values of the writing commands
  'usage.datetime': {
    de: (p, q) => `${q(p.value)} ist kein Datum mit Uhrzeit, z. B. 19.05.2026 14:00 (oder 2026-05-19 14:00); ein Datum allein für einen ganzen Tag.`,
    en: (p, q) => `${q(p.value)} is neither a date (YYYY-MM-DD) nor a time (YYYY-MM-DD HH:MM), e.g. 2026-05-19 14:00 (or 19.05.2026 14:00).`,
  },
  'usage.hours': {
    de: (p, q) => `--hours: ${q(p.value)} ist keine Zahl von Stunden (z. B. 6 oder 6,5).`,
    en: (p, q) => `--hours: ${q(p.value)} is not a number of hours (e.g. 6 or 6.5).`,
  },
  'usage.teaching-units': {
    de: (p, q) => `--teaching-units: ${q(p.value)} ist keine ganze Zahl von Unterrichtseinheiten (1 bis 1000, z. B. 8).`,
    en: (p, q) => `--teaching-units: ${q(p.value)} is not a whole number of teaching units (1 to 1000, e.g. 8).`,
  },
  'usage.count': {
    de: (p, q) => `--count: ${q(p.value)} ist keine ganze Zahl (0, 1, 2 …).`,
    en: (p, q) => `--count: ${q(p.value)} is not a whole number (0, 1, 2 …).`,
  },
  'usage.cancelled': { de: () => 'Abgebrochen; es wurde nichts geändert.', en: () => 'Cancelled; nothing was changed.' },
  // ---- add
  'usage.option-not-for-kind': {
    de: (p) => `${p.option} gibt es bei „${p.command} ${p.kind}“ nicht. Möglich sind: ${p.allowed} (und ${p.common}).`,
    en: (p) => `${p.option} does not apply to "${p.command} ${p.kind}". Possible: ${p.allowed} (and ${p.common}).`,
  },
  'usage.add-missing': {
    de: (p) =>
      `Für „add ${p.kind}“ fehlt noch: ${p.options}. Ohne Terminal fragt netzwerk nicht nach; bitte als Optionen angeben (Hilfe: ${prog(p)} add ${p.kind} --help).`,
    en: (p) =>
      `"add ${p.kind}" still needs: ${p.options}. Without a terminal netzwerk does not ask; please give them as options (help: ${prog(p)} add ${p.kind} --help).`,
  },
  'usage.unknown-language': {
    de: (p, q) =>
      `--language: ${q(p.value)} ist keine Sprache nach ISO 639-1; bitte das Kürzel (z. B. tr, ar, uk) oder den deutschen Namen (Türkisch) angeben.`,
    en: (p, q) => `--language: ${q(p.value)} is no ISO 639-1 language; please give its code (e.g. tr, ar, uk) or its name (Turkish).`,
  },
  'usage.add-offer-title': {
    de: (p, q) => `Beim Partner ${q(p.partner)} gibt es das Angebot ${q(p.title)} schon; es wurde nichts geändert.`,
    en: (p, q) => `The partner ${q(p.partner)} already has the offer ${q(p.title)}; nothing was changed.`,
  },
  'usage.unknown-partner': {
    de: (p, q) =>
      `${p.option ?? '--partner'}: Einen Partner ${q(p.id)} gibt es nicht.${p.suggestion === undefined ? '' : ` Meinten Sie ${q(p.suggestion)}?`} Gemeint sein kann ein Partner mit seiner Kennung (id) oder mit Wörtern seines Namens.`,
    en: (p, q) =>
      `${p.option ?? '--partner'}: there is no partner ${q(p.id)}.${p.suggestion === undefined ? '' : ` Did you mean ${q(p.suggestion)}?`} A partner may be named by its id or by words of its name.`,
  },
  'usage.partner-ambiguous': {
    de: (p, q) => `${p.option}: ${q(p.id)} passt zu mehreren Partnern: ${p.partners}. Bitte den Namen genauer oder die Kennung in Klammern angeben.`,
    en: (p, q) => `${p.option}: ${q(p.id)} fits several partners: ${p.partners}. Please give more of the name or the id in brackets.`,
  },
  'usage.contact-exists': {
    de: (p, q) => `${q(p.name)} ist bei ${q(p.partner)} schon eingetragen (gleicher Name oder gleiche E-Mail-Adresse). Es wurde nichts geändert.`,
    en: (p, q) => `${q(p.name)} is already listed at ${q(p.partner)} (same name or same e-mail address). Nothing was changed.`,
  },
  'usage.activity-day': {
    de: (p, q) => `${p.option}: Bei einer Tätigkeit nur ein Datum (JJJJ-MM-TT), keine Uhrzeit: ${q(p.value)}.`,
    en: (p, q) => `${p.option}: an activity takes a date only (YYYY-MM-DD), no time: ${q(p.value)}.`,
  },
  'usage.activity-date-and-range': {
    de: () => 'Entweder --date (ein Tag) oder --start und --end (ein Zeitraum) angeben, nicht beides.',
    en: () => 'Give either --date (one day) or --start and --end (a period), not both.',
  },
  // ---- verified
  'usage.verified-query': {
    de: (p) => `Bitte einen Namen oder eine E-Mail-Adresse angeben, z. B.: ${prog(p)} verified "Anna Müller"`,
    en: (p) => `Please give a name or an e-mail address, e.g.: ${prog(p)} verified "Anna Müller"`,
  },
  'usage.verified-future': {
    de: (p) => `--date ${p.date} liegt nach dem heutigen Tag (${p.today}); bestätigt werden kann nur, was schon geschehen ist.`,
    en: (p) => `--date ${p.date} is after today (${p.today}); only a confirmation that has happened can be recorded.`,
  },
  'usage.verified-none': {
    de: (p, q) => `Zu ${q(p.query)} gibt es keine Koordinierende und keine Kontaktperson. Es wurde nichts geändert. (Suchen: ${prog(p)} person ${q(p.query)})`,
    en: (p, q) => `There is no coordinator and no contact person matching ${q(p.query)}. Nothing was changed. (Search: ${prog(p)} person ${q(p.query)})`,
  },
  'usage.verified-ambiguous': {
    de: (p, q) =>
      `${q(p.query)} passt auf ${p.count} Personen; es wurde nichts geändert. Bitte genauer angeben, am besten mit der E-Mail-Adresse:\n${indentedLines(p.list)}`,
    en: (p, q) =>
      `${q(p.query)} matches ${p.count} persons; nothing was changed. Please be more precise, best with the e-mail address:\n${indentedLines(p.list)}`,
  },
  'verified.entry': {
    de: (p) =>
      `Bestätigt am ${p.date}: ${p.entry}${p.before === undefined ? ' (bisher nie bestätigt)' : p.before === p.date ? ' (schon eingetragen)' : ` (bisher ${p.before})`}`,
    en: (p) =>
      `Confirmed on ${p.date}: ${p.entry}${p.before === undefined ? ' (never confirmed before)' : p.before === p.date ? ' (already recorded)' : ` (before: ${p.before})`}`,
  },
  // ---- set (src/products/editing/set/)
  'set.entry': { de: (p) => `Geändert: ${p.entry}: ${p.changes}`, en: (p) => `Changed: ${p.entry}: ${p.changes}` },
  'set.nothing': {
    de: (p) =>
      `Was soll geändert werden? Bitte Angaben als FELD=WERT nennen, z. B. ${prog(p)} set "Anna Müller" visibility=network (Hilfe: ${prog(p)} set --help).`,
    en: (p) => `What should change? Please give FIELD=VALUE, e.g. ${prog(p)} set "Anna Müller" visibility=network (help: ${prog(p)} set --help).`,
  },
  'set.unknown-field': {
    de: (p, q) =>
      `Das Feld ${q(p.field)} gibt es bei set nicht${p.suggestion ? `; gemeint ist vielleicht ${q(p.suggestion)}` : ''}. Möglich sind: ${p.fields}.`,
    en: (p, q) => `set has no field ${q(p.field)}${p.suggestion ? `; did you mean ${q(p.suggestion)}` : ''}. Possible: ${p.fields}.`,
  },
  'set.words': {
    de: (p) =>
      `Zu viele Wörter ohne „=“: ${p.words}. Erwartet werden: die Suche, dann FELD=WERT …, zuletzt höchstens der Ordner des Netzwerks (Namen mit Leerzeichen in Anführungszeichen).`,
    en: (p) =>
      `Too many words without "=": ${p.words}. Expected: the query, then FIELD=VALUE …, last at most the network's folder (names with spaces in quotes).`,
  },
  'set.fields-apart': {
    de: (p) => `Diese Felder gehören nicht zu derselben Art von Eintrag: ${p.fields}. Bitte Personen, Partner und Termine einzeln ändern.`,
    en: (p) => `These fields do not belong to the same kind of entry: ${p.fields}. Please change persons, partners and meetings one at a time.`,
  },
  'set.kind-fields': {
    de: (p) => `--kind ${p.kind} passt nicht zu den Feldern ${p.fields}.`,
    en: (p) => `--kind ${p.kind} does not fit the fields ${p.fields}.`,
  },
  'set.none': {
    de: (p, q) => `Zu ${q(p.query)} gibt es keinen passenden Eintrag (gesucht: ${p.kinds}). Es wurde nichts geändert.`,
    en: (p, q) => `No entry matches ${q(p.query)} (searched: ${p.kinds}). Nothing was changed.`,
  },
  'set.which-kind': {
    de: (p, q) =>
      `${q(p.query)} passt auf verschiedene Arten von Einträgen (${p.kinds}). Bitte mit --kind person, --kind partner, --kind meeting oder --kind offer wählen.`,
    en: (p, q) =>
      `${q(p.query)} matches different kinds of entry (${p.kinds}). Please choose with --kind person, --kind partner, --kind meeting or --kind offer.`,
  },
  'set.ambiguous': {
    de: (p, q) =>
      `${q(p.query)} passt auf ${p.count} Einträge; es wurde nichts geändert. Bitte genauer angeben (voller Name, E-Mail-Adresse, Kennung) oder mit --all alle ändern:\n${indentedLines(p.list)}`,
    en: (p, q) =>
      `${q(p.query)} matches ${p.count} entries; nothing was changed. Please be more precise (full name, e-mail address, id) or change them all with --all:\n${indentedLines(p.list)}`,
  },
  'set.bad-value': {
    de: (p, q) => `${q(p.value)} passt nicht zu ${p.field}: erwartet wird ${p.expected}. Es wurde nichts geändert.`,
    en: (p, q) => `${q(p.value)} does not fit ${p.field}: expected ${p.expected}. Nothing was changed.`,
  },
  'set.required': {
    de: (p) => `${p.field} ist eine Pflichtangabe und kann nicht gelöscht werden. Es wurde nichts geändert.`,
    en: (p) => `${p.field} is required and cannot be removed. Nothing was changed.`,
  },
  'set.kind.person': { de: () => 'Personen', en: () => 'persons' },
  'set.kind.partner': { de: () => 'Partner', en: () => 'partners' },
  'set.kind.meeting': { de: () => 'Termine', en: () => 'meetings' },
  'set.kind.offer': { de: () => 'Angebote', en: () => 'offers' },
  'set.expected.for': {
    de: () => 'für wen, mit Komma getrennt: Eltern, Kinder, Jugendliche, Fachkräfte',
    en: () => 'for whom, separated by commas: parents, children, young people, professionals',
  },
  'set.expected.ages': { de: () => 'ein Alter wie 3-6, ab 12 oder bis 6', en: () => 'an age range like 3-6, ab 12 (from) or bis 6 (up to)' },
  'set.expected.schutzkonzept': { de: () => 'vorhanden, in Arbeit oder fehlt', en: () => 'vorhanden (in place), in Arbeit (in progress) or fehlt (none)' },
  'set.expected.hours': { de: () => 'eine Zahl von Stunden wie 6 oder 6,5', en: () => 'a number of hours like 6 or 6.5' },
  'set.expected.teaching-units': { de: () => 'eine ganze Zahl von Unterrichtseinheiten wie 8', en: () => 'a whole number of teaching units like 8' },
  'set.expected.content': { de: () => 'höchstens 50 Inhalte, durch Semikolon getrennt', en: () => 'at most 50 items, separated by semicolons' },
  'set.expected.cost': { de: () => 'kostenlos oder Gebühr', en: () => 'kostenlos (free) or Gebühr (fee)' },
  'set.expected.access': {
    de: () =>
      'was vor Ort barrierefrei ist, mit Komma getrennt: stufenlos, Aufzug, Rollstuhl-WC, Höranlage, Gebärdensprache, Leichte Sprache, Blindenleitsystem',
    en: () =>
      'what is accessible on site, separated by commas: stufenlos, aufzug, rollstuhl_wc, hoeranlage, gebaerdensprache, leichte_sprache, blindenleitsystem',
  },
  'set.expected.date': { de: () => 'ein Datum wie 15.03.2026 oder 2026-03-15', en: () => 'a date like 2026-03-15 or 15.03.2026' },
  'set.expected.datetime': {
    de: () => 'Datum und Uhrzeit wie 10.02.2027 14:00 (ganztägig nur das Datum)',
    en: () => 'a date and time like 2027-02-10 14:00 (all-day: the date only)',
  },
  'set.expected.yes-no': { de: () => 'ja oder nein', en: () => 'yes or no' },
  'set.expected.salutation': {
    de: () => 'Frau oder Herr (oder leer: „Guten Tag“ mit dem vollen Namen)',
    en: () => 'Frau or Herr (or empty: "Dear" with the full name)',
  },
  'set.expected.languages': {
    de: () => 'Sprachen als Kürzel nach ISO 639-1 oder mit Namen, mit Komma getrennt, z. B. tr, Arabisch',
    en: () => 'languages as ISO 639-1 codes or names, separated by commas, e.g. tr, Arabic',
  },
  'set.expected.visibility': { de: () => 'intern, Netzwerk oder öffentlich (internal, network, public)', en: () => 'internal, network or public' },
  'set.expected.sector': {
    de: () => 'ein Bereich wie kita, schule, „Freie Jugendhilfe“ (netzwerk docs format)',
    en: () => 'a sector like kita, schule, "Freie Jugendhilfe" (netzwerk docs format)',
  },
  'set.expected.status': { de: () => 'geplant, stattgefunden oder abgesagt (planned, held, cancelled)', en: () => 'planned, held or cancelled' },
  'set.expected.email': { de: () => 'eine E-Mail-Adresse', en: () => 'an e-mail address' },
  'set.expected.phone': {
    de: () => 'eine Telefonnummer aus Ziffern (auch mit +, Leerzeichen, -, /)',
    en: () => 'a phone number of digits (also with +, spaces, -, /)',
  },
  'set.expected.url': { de: () => 'eine Internetadresse, beginnend mit https://', en: () => 'a web address, starting with https://' },
  'set.expected.text': { de: () => 'ein Text', en: () => 'a text' },
  'set.expected.municipalities': {
    de: () => 'Kommunen der Region, mit Komma getrennt, oder „alle“',
    en: () => 'municipalities of the region, separated by commas, or "all"',
  },
  'set.expected.postal-code': { de: () => 'eine Postleitzahl aus fünf Ziffern', en: () => 'a postal code of five digits' },
  'set.expected.actor-type': {
    de: () => 'ein Akteurstyp der Frühen Hilfen wie kinderarztpraxis oder „kinderärztliche Praxen“ (netzwerk docs report)',
    en: () => 'an actor type of the Frühe Hilfen like kinderarztpraxis or "kinderärztliche Praxen" (netzwerk docs report)',
  },
  // ---- questions on a terminal (src/cli/ask.ts)
  'ask.keys': { de: () => '↑↓ auswählen, ⏎ übernehmen, Strg+C abbrechen', en: () => '↑↓ choose, ⏎ take, Ctrl+C cancel' },
  'ask.required': { de: () => 'Bitte etwas eingeben.', en: () => 'Please enter something.' },
  'ask.date': { de: () => 'Bitte ein Datum JJJJ-MM-TT eingeben, z. B. 2026-03-18.', en: () => 'Please enter a date YYYY-MM-DD, e.g. 2026-03-18.' },
  'ask.datetime': {
    de: () => 'Bitte JJJJ-MM-TT HH:MM eingeben (ganztägig nur JJJJ-MM-TT).',
    en: () => 'Please enter YYYY-MM-DD HH:MM (all-day: YYYY-MM-DD only).',
  },
  'ask.partner-name': { de: () => 'Name der Einrichtung:', en: () => 'Name of the institution:' },
  'ask.sector': { de: () => 'Bereich:', en: () => 'Sector:' },
  'ask.partner': { de: () => 'Bei welchem Partner arbeitet die Person?', en: () => 'Which partner does the person work for?' },
  'ask.contact-name': { de: () => 'Vor- und Nachname:', en: () => 'First and last name:' },
  'ask.visibility': { de: () => 'Wer darf die Person in Listen sehen?', en: () => 'Who may see the person in lists?' },
  'ask.consent': { de: () => 'Datum der Einwilligung zur Veröffentlichung (JJJJ-MM-TT):', en: () => 'Date of consent to publication (YYYY-MM-DD):' },
  'ask.offer-partner': { de: () => 'Welcher Partner macht das Angebot?', en: () => 'Which partner makes the offer?' },
  'ask.title': { de: () => 'Titel:', en: () => 'Title:' },
  'ask.meeting-type': { de: () => 'Art des Termins:', en: () => 'Type of meeting:' },
  'ask.start': { de: () => 'Beginn (JJJJ-MM-TT HH:MM, ganztägig nur JJJJ-MM-TT):', en: () => 'Start (YYYY-MM-DD HH:MM, all-day: YYYY-MM-DD):' },
  'ask.status': { de: () => 'Stand des Termins:', en: () => 'Status of the meeting:' },
  'ask.activity-type': { de: () => 'Art der Tätigkeit:', en: () => 'Type of activity:' },
  'ask.activity-date': { de: () => 'Datum (JJJJ-MM-TT):', en: () => 'Date (YYYY-MM-DD):' },
  'ask.body': {
    de: () => 'In welchem Netzwerk oder Gremium? (leer lassen, wenn unbekannt)',
    en: () => 'In which network or group? (leave empty if unknown)',
  },
} satisfies Texts;
