// The examples at the end of each command's help: two or three command lines a coordinator can
// copy, with what they do. `prog` is how the user starts the program (netzwerk or npx netzwerk);
// `{place}` in a command is a network's folder in the style of the user's system (`place`:
// P:\Netzwerk-Kinderschutz on Windows, ~/Netzwerk-Kinderschutz elsewhere).
import { prog } from './prog.js';
import type { Params, Texts } from './texts.js';

/** Example lines: what it does, then the command to type below it. */
const lines = (p: Params, examples: readonly (readonly [string, string])[]) =>
  examples
    .map(([command, what]) => `  ${what[0]!.toUpperCase()}${what.slice(1)}:\n    ${prog(p)} ${command.replaceAll('{place}', String(p.place))}`)
    .join('\n');

const examples = (de: readonly (readonly [string, string])[], en: readonly (readonly [string, string])[]) => ({
  de: (p: Params) => lines(p, de),
  en: (p: Params) => lines(p, en),
});

export const EXAMPLE_TEXTS = {
  'help.examples.program': examples(
    [
      ['init mein-netzwerk', 'ein neues Netzwerk anlegen'],
      ['import partnerliste.xlsx mein-netzwerk', 'die eigene Excel-Liste übernehmen'],
      ['report mein-netzwerk --out bericht.pdf', 'den Netzwerkbericht als PDF'],
    ],
    [
      ['init my-network', 'create a new network'],
      ['import partners.xlsx my-network', 'take over your own Excel list'],
      ['report my-network --out report.pdf', 'the network report as a PDF'],
    ],
  ),
  'help.examples.validate': examples(
    [
      ['validate', 'das Netzwerk im aktuellen Ordner prüfen'],
      ['validate {place}', 'das Netzwerk in einem anderen Ordner prüfen'],
      ['validate mein-netzwerk --strict', 'auch Warnungen als Fehler zählen'],
    ],
    [
      ['validate', 'check the network in the current folder'],
      ['validate {place}', 'check the network in another folder'],
      ['validate my-network --strict', 'count warnings as errors, too'],
    ],
  ),
  'help.examples.init': examples(
    [
      ['init mein-netzwerk', 'mit Beispieleinträgen zum Ansehen und Ersetzen'],
      ['init mein-netzwerk --empty', 'ohne Beispieleinträge, zum Ausfüllen'],
    ],
    [
      ['init my-network', 'with sample entries to look at and replace'],
      ['init my-network --empty', 'without sample entries, to fill in'],
    ],
  ),
  'help.examples.add': examples(
    [
      ['add partner --name "Kita Sonnenschein" --sector Kita', 'einen Partner eintragen'],
      ['add contact --partner "Kita Sonnenschein" --name "Anna Beispiel"', 'eine Person bei einem Partner'],
      ['add meeting --title "Netzwerktreffen" --type Netzwerktreffen --start "10.02.2027 14:00"', 'einen Termin'],
    ],
    [
      ['add partner --name "Kita Sonnenschein" --sector kita', 'add a partner'],
      ['add contact --partner "Kita Sonnenschein" --name "Anna Beispiel"', 'a person at a partner'],
      ['add meeting --title "Network meeting" --type netzwerktreffen --start "2027-02-10 14:00"', 'a meeting'],
    ],
  ),
  'help.examples.add.partner': examples(
    [
      ['add partner --name "Kita Sonnenschein" --sector Kita --municipality Goch', 'mit Kommune'],
      ['add partner --name "Jugendzentrum Mitte" --sector "Freie Jugendhilfe" --dry-run', 'erst nur ansehen'],
    ],
    [
      ['add partner --name "Kita Sonnenschein" --sector kita --municipality Goch', 'with its municipality'],
      ['add partner --name "Jugendzentrum Mitte" --sector freie_jugendhilfe --dry-run', 'only look first'],
    ],
  ),
  'help.examples.add.contact': examples(
    [
      ['add contact --partner "Kita Sonnenschein" --name "Anna Beispiel" --email a.beispiel@kita.example --visibility Netzwerk', 'für die Partner sichtbar'],
      ['add contact --partner kita-sonnenschein --name "Ben Probe" --insofa', 'eine insoweit erfahrene Fachkraft'],
    ],
    [
      ['add contact --partner "Kita Sonnenschein" --name "Anna Beispiel" --email a.beispiel@kita.example --visibility network', 'visible to the partners'],
      ['add contact --partner kita-sonnenschein --name "Ben Probe" --insofa', 'a child-protection specialist'],
    ],
  ),
  'help.examples.add.meeting': examples(
    [
      ['add meeting --title "Netzwerktreffen Frühjahr" --type Netzwerktreffen --start "10.02.2027 14:00" --end "10.02.2027 16:30"', 'ein Treffen'],
      ['add meeting --title "Fachtag Kinderschutz" --type Fachtag --start 17.03.2027 --qualification-offer --public', 'ein ganzer Tag, öffentlich'],
    ],
    [
      ['add meeting --title "Spring meeting" --type netzwerktreffen --start "2027-02-10 14:00" --end "2027-02-10 16:30"', 'a meeting'],
      ['add meeting --title "Child protection day" --type fachtag --start 2027-03-17 --qualification-offer --public', 'a whole day, public'],
    ],
  ),
  'help.examples.add.activity': examples(
    [
      ['add activity --title "Flyer an Kitas verteilt" --type Öffentlichkeitsarbeit --date 14.10.2026 --count 200', 'mit Anzahl'],
      ['add activity --title "Bericht im Jugendhilfeausschuss" --type Vertretung --date 05.11.2026 --body Jugendhilfeausschuss', 'eine Vertretung'],
    ],
    [
      ['add activity --title "Leaflets to day-care centres" --type oeffentlichkeitsarbeit --date 2026-10-14 --count 200', 'with a count'],
      ['add activity --title "Report to the youth committee" --type vertretung --date 2026-11-05 --body "Youth committee"', 'a representation'],
    ],
  ),
  'help.examples.set': examples(
    [
      ['set "Anna Beispiel" Sichtbarkeit=Netzwerk', 'eine Person für die Partner freigeben'],
      ['set --partner-of "Kita Sonnenschein" visibility=network', 'alle Personen eines Partners'],
      ['set 2027-02-netzwerktreffen status=abgesagt', 'einen Termin absagen'],
    ],
    [
      ['set "Anna Beispiel" visibility=network', 'release a person to the partners'],
      ['set --partner-of "Kita Sonnenschein" visibility=network', 'every person of a partner'],
      ['set 2027-02-netzwerktreffen status=cancelled', 'cancel a meeting'],
    ],
  ),
  'help.examples.import': examples(
    [
      ['import partnerliste.xlsx --dry-run', 'erst ansehen, was übernommen würde'],
      ['import partnerliste.xlsx --visibility network', 'die Personen für die Partner freigeben'],
      ['import partnerliste.xlsx --update', 'geänderte Angaben bekannter Personen übernehmen'],
    ],
    [
      ['import partners.xlsx --dry-run', 'look first at what would be taken over'],
      ['import partners.xlsx --visibility network', 'release the persons to the partners'],
      ['import partners.xlsx --update', 'apply changed data of known persons'],
    ],
  ),
  'help.examples.certificate': examples(
    [
      ['certificate 2026-03-fachtag --names teilnehmende.xlsx --out bescheinigungen', 'je Person eine Bescheinigung'],
      ['certificate 2026-03-fachtag --blank 20 --out bescheinigungen', '20 zum Ausfüllen von Hand'],
    ],
    [
      ['certificate 2026-03-fachtag --names participants.xlsx --out certificates', 'one certificate per person'],
      ['certificate 2026-03-fachtag --blank 20 --out certificates', '20 to fill in by hand'],
    ],
  ),
  'help.examples.datasheet': examples(
    [
      ['datasheet --due --eml --out datenblaetter', 'Datenblätter mit E-Mail-Entwurf an alle, die bestätigen sollen'],
      ['datasheet "Kita Sonnenschein" --format pdf --out datenblaetter', 'ein Datenblatt zum Ausdrucken'],
    ],
    [
      ['datasheet --due --eml --out data-sheets', 'data sheets with an e-mail draft to everyone who should confirm'],
      ['datasheet "Kita Sonnenschein" --format pdf --out data-sheets', 'one data sheet to print'],
    ],
  ),
  'help.examples.erase': examples(
    [
      ['erase --due --dry-run', 'zeigen, was gelöscht würde'],
      ['erase --due', 'alles löschen, was review zum Löschen nennt'],
      ['erase "Anna Beispiel"', 'eine Person löschen'],
    ],
    [
      ['erase --due --dry-run', 'show what would be erased'],
      ['erase --due', 'erase everything review lists for deletion'],
      ['erase "Anna Beispiel"', 'erase one person'],
    ],
  ),
  'help.examples.verified': examples(
    [
      ['verified "Anna Beispiel"', 'heute bestätigt'],
      ['verified a.beispiel@kita.example --date 02.10.2026', 'an einem anderen Tag'],
    ],
    [
      ['verified "Anna Beispiel"', 'confirmed today'],
      ['verified a.beispiel@kita.example --date 2026-10-02', 'on another day'],
    ],
  ),
  'help.examples.report': examples(
    [
      ['report --out bericht.pdf', 'der Bericht für das laufende Jahr als PDF'],
      ['report --year 2025 --compare previous --out bericht-2025.pdf', 'ein Jahr im Vergleich zum Vorjahr'],
      ['report --audience public --out bericht.html', 'ohne personenbezogene Angaben, für die Website'],
    ],
    [
      ['report --out report.pdf', 'the report of the current year as a PDF'],
      ['report --year 2025 --compare previous --out report-2025.pdf', 'a year compared with the one before'],
      ['report --audience public --out report.html', 'without personal data, for the website'],
    ],
  ),
  'help.examples.overview': examples(
    [
      ['overview berichte/ --out uebersicht.xlsx', 'die Berichte, die die Netzwerke geschickt haben, nebeneinander als Excel-Datei'],
      ['overview kreis-kleve/ kreis-wesel/ bericht-herne.json --year 2025 --out uebersicht.html', 'Netzwerkordner und Berichtsdateien gemischt, ein Jahr'],
      ['overview berichte/ --group-by kreis --reference jugendaemter.csv', 'nach Kreisen, mit der Liste der Jugendämter, die fehlen'],
    ],
    [
      ['overview reports/ --out overview.xlsx', 'the reports the networks sent, side by side as an Excel file'],
      ['overview kreis-kleve/ kreis-wesel/ report-herne.json --year 2025 --out overview.html', 'network folders and report files mixed, one year'],
      ['overview reports/ --group-by kreis --reference youth-offices.csv', 'by district, with the list of youth offices that are missing'],
    ],
  ),
  'help.examples.contacts': examples(
    [
      ['contacts --out kontakte.xlsx', 'die Kontaktliste für die Partner als Excel-Datei'],
      ['contacts --format emails --sector schule', 'der E-Mail-Verteiler der Schulen'],
    ],
    [
      ['contacts --out contacts.xlsx', 'the contact list for the partners as an Excel file'],
      ['contacts --format emails --sector schule', 'the mailing list of the schools'],
    ],
  ),
  'help.examples.directory': examples(
    [
      ['directory --out verzeichnis.html', 'das Partnerverzeichnis für das Netzwerk'],
      ['directory --audience public --out wegweiser.html', 'der öffentliche Wegweiser'],
    ],
    [
      ['directory --out directory.html', 'the partner directory for the network'],
      ['directory --audience public --out guide.html', 'the public guide'],
    ],
  ),
  'help.examples.calendar': examples(
    [
      ['calendar --out termine.ics', 'alle Termine für Outlook oder Thunderbird'],
      ['calendar --type fachtag --out fachtage.ics', 'nur die Fachtage'],
    ],
    [
      ['calendar --out meetings.ics', 'every meeting for Outlook or Thunderbird'],
      ['calendar --type fachtag --out training-days.ics', 'only the training days'],
    ],
  ),
  'help.examples.meetings': examples(
    [
      ['meetings', 'alle Veranstaltungen mit ihren Kennungen'],
      ['meetings --upcoming', 'nur die kommenden'],
    ],
    [
      ['meetings', 'every meeting with its id'],
      ['meetings --upcoming', 'only those to come'],
    ],
  ),
  'help.examples.invite': examples(
    [
      ['invite 2027-02-netzwerktreffen', 'Einladung, Kalenderdatei und E-Mail-Entwurf in einem Ordner'],
      ['invite 2027-02-netzwerktreffen --reply-by 01.02.2027', 'mit einer Frist für die Rückmeldung'],
    ],
    [
      ['invite 2027-02-netzwerktreffen', 'invitation, calendar file and e-mail draft in one folder'],
      ['invite 2027-02-netzwerktreffen --reply-by 2027-02-01', 'with a date to reply by'],
    ],
  ),
  'help.examples.sheet': examples(
    [
      ['sheet 2027-02-netzwerktreffen --out teilnahmeliste.pdf', 'die Liste zum Ausdrucken'],
      ['sheet 2027-02-netzwerktreffen --out teilnahme.csv', 'die Vorlage zum Abtippen'],
    ],
    [
      ['sheet 2027-02-netzwerktreffen --out sign-in-sheet.pdf', 'the sheet to print'],
      ['sheet 2027-02-netzwerktreffen --out attendance.csv', 'the template for typing it up'],
    ],
  ),
  'help.examples.attendance': examples(
    [
      ['attendance 2027-02-netzwerktreffen teilnahme.csv --dry-run', 'erst ansehen'],
      ['attendance 2027-02-netzwerktreffen teilnahme.xlsx', 'die Teilnahme eintragen'],
    ],
    [
      ['attendance 2027-02-netzwerktreffen attendance.csv --dry-run', 'look first'],
      ['attendance 2027-02-netzwerktreffen attendance.xlsx', 'record the attendance'],
    ],
  ),
  'help.examples.person': examples(
    [
      ['person "Anna Beispiel"', 'alles, was über die Person gespeichert ist'],
      ['person a.beispiel@kita.example --format letter --out auskunft.pdf', 'das Antwortschreiben nach Art. 15 DSGVO'],
    ],
    [
      ['person "Anna Beispiel"', 'everything stored about the person'],
      ['person a.beispiel@kita.example --format letter --out letter.pdf', 'the answer under Art. 15 GDPR'],
    ],
  ),
  'help.examples.review': examples(
    [
      ['review', 'wessen Kontaktdaten zu prüfen oder zu löschen sind'],
      ['review --format emails', 'die Adressen für die Rundmail zur Überprüfung'],
    ],
    [
      ['review', 'whose contact data to confirm or delete'],
      ['review --format emails', 'the addresses for the confirmation e-mail'],
    ],
  ),
  'help.examples.docs': examples(
    [
      ['docs', 'welche Anleitungen es gibt'],
      ['docs import', 'wie eine Excel-Liste übernommen wird'],
    ],
    [
      ['docs', 'which guides there are'],
      ['docs import', 'how an Excel list is taken over'],
    ],
  ),
} satisfies Texts;
