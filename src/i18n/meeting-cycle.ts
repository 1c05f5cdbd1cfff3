// The sentences of the meeting cycle: `invite`, `sheet` and `attendance` (part of the catalogue,
// catalogue.ts). Counts choose singular or plural here.
import type { Texts } from './texts.js';

const prog = (p: { prog?: unknown }) => String(p.prog ?? 'netzwerk');
const close = {
  de: (p: { suggestion?: unknown }, q: (v: unknown) => string) => (p.suggestion === undefined ? '' : ` Meinten Sie ${q(p.suggestion)}?`),
  en: (p: { suggestion?: unknown }, q: (v: unknown) => string) => (p.suggestion === undefined ? '' : ` Did you mean ${q(p.suggestion)}?`),
};
const persons = (n: unknown, de: boolean) => (de ? `${n} ${Number(n) === 1 ? 'Person' : 'Personen'}` : `${n} ${Number(n) === 1 ? 'person' : 'persons'}`);
const institutions = (n: unknown, de: boolean) =>
  de ? `${n} ${Number(n) === 1 ? 'Einrichtung' : 'Einrichtungen'}` : `${n} ${Number(n) === 1 ? 'institution' : 'institutions'}`;
const partnersDe = (n: unknown) => `${n} ${Number(n) === 1 ? 'Partner' : 'Partnern'}`;
const partnersEn = (n: unknown) => `${n} ${Number(n) === 1 ? 'partner' : 'partners'}`;
const guests = (n: unknown, de: boolean) => (de ? `${n} ${Number(n) === 1 ? 'Gast' : 'Gäste'}` : `${n} ${Number(n) === 1 ? 'guest' : 'guests'}`);

export const MEETING_CYCLE_TEXTS = {
  // ---- the meeting named on the command line (invite, sheet, attendance)
  'usage.unknown-meeting-arg': {
    de: (p, q) =>
      `Eine Veranstaltung ${q(p.id)} gibt es nicht.${close.de(p, q)} Die Kennungen (id) stehen in ${p.where}; „${prog(p)} meetings“ listet sie auf.`,
    en: (p, q) => `There is no meeting ${q(p.id)}.${close.en(p, q)} The ids are in ${p.where}; "${prog(p)} meetings" lists them.`,
  },
  'usage.no-meetings-arg': {
    de: (p) => `Das Netzwerk hat noch keine Veranstaltungen. Eine neue trägt „${prog(p)} add meeting“ ein.`,
    en: (p) => `The network has no meetings yet. "${prog(p)} add meeting" adds one.`,
  },
  // ---- invite
  'invite.cancelled': {
    de: (p, q) =>
      `${q(p.id)} ist abgesagt (status: cancelled); eine Einladung passt nicht mehr. Die Absage für die Kalender schreibt „${prog(p)} calendar --meeting ${p.id}“.`,
    en: (p, q) =>
      `${q(p.id)} is cancelled (status: cancelled); an invitation no longer fits. "${prog(p)} calendar --meeting ${p.id}" writes the cancellation for calendars.`,
  },
  'invite.held': {
    de: (p, q) => `${q(p.id)} hat schon stattgefunden (status: held); eine Einladung passt nicht mehr.`,
    en: (p, q) => `${q(p.id)} has already taken place (status: held); an invitation no longer fits.`,
  },
  'invite.past': {
    de: (p, q) =>
      `${q(p.id)} lag am ${p.date}, vor dem Stichtag ${p.today}; eine Einladung passt nicht mehr. Hat die Veranstaltung stattgefunden, trägt „${prog(p)} attendance ${p.id} LISTE.csv“ die Teilnahme ein.`,
    en: (p, q) =>
      `${q(p.id)} was on ${p.date}, before the reference day ${p.today}; an invitation no longer fits. If it took place, "${prog(p)} attendance ${p.id} LIST.csv" records who came.`,
  },
  'invite.reply-late': {
    de: (p) => `--reply-by: ${p.date} liegt nach dem Tag der Veranstaltung (${p.day}). Bitte einen Tag davor angeben.`,
    en: (p) => `--reply-by: ${p.date} is after the day of the meeting (${p.day}). Please give a day before it.`,
  },
  'invite.reply-past': {
    de: (p) => `--reply-by: ${p.date} liegt vor dem Stichtag ${p.today}. Bitte einen kommenden Tag angeben.`,
    en: (p) => `--reply-by: ${p.date} is before the reference day ${p.today}. Please give a day to come.`,
  },
  'invite.written': {
    de: (p) => `✔ Einladung in ${p.dir}: ${p.files}.`,
    en: (p) => `✔ Invitation in ${p.dir}: ${p.files}.`,
  },
  'invite.replaced': {
    de: (p) =>
      `Den Ordner gab es schon: Die Dateien der Einladung darin wurden ersetzt, alles andere blieb.${p.removed ? ` Entfernt (von einer früheren Einladung): ${p.removed}.` : ''}`,
    en: (p) =>
      `The folder existed: the invitation's files in it were replaced, everything else stayed.${p.removed ? ` Removed (from an earlier invitation): ${p.removed}.` : ''}`,
  },
  'invite.recipients': {
    de: (p) =>
      Number(p.drafts) > 1
        ? `${p.count} Adressen in ${p.drafts} Entwürfen zu höchstens ${p.batch} (einladung-1.eml … einladung-${p.drafts}.eml): jeden Entwurf öffnen und senden.`
        : `${p.count} ${Number(p.count) === 1 ? 'Adresse' : 'Adressen'} in Bcc; einladung.eml öffnen, prüfen und senden (Outlook: öffnet als Entwurf; Thunderbird: „Als neu bearbeiten“).`,
    en: (p) =>
      Number(p.drafts) > 1
        ? `${p.count} addresses in ${p.drafts} drafts of at most ${p.batch} (einladung-1.eml … einladung-${p.drafts}.eml): open and send each draft.`
        : `${p.count} ${Number(p.count) === 1 ? 'address' : 'addresses'} in Bcc; open einladung.eml, check it and send it (Outlook opens it as a draft; Thunderbird: "Edit as New Message").`,
  },
  'invite.meeting-head': {
    de: (p, q) =>
      `Hinweis: Die Einladung erreicht ${p.reached} von ${partnersDe(p.wanted)}, die zu ${q(p.meeting)} eingeladen und heute aktiv sind. Nicht erreicht:`,
    en: (p, q) => `Note: the invitation reaches ${p.reached} of the ${partnersEn(p.wanted)} invited to ${q(p.meeting)} and active today. Not reached:`,
  },
  'invite.meeting-all': {
    de: (p, q) =>
      Number(p.wanted) === 1
        ? `Die Einladung erreicht den einen Partner, der zu ${q(p.meeting)} eingeladen und heute aktiv ist.`
        : `Die Einladung erreicht alle ${partnersDe(p.wanted)}, die zu ${q(p.meeting)} eingeladen und heute aktiv sind.`,
    en: (p, q) =>
      Number(p.wanted) === 1
        ? `The invitation reaches the one partner invited to ${q(p.meeting)} and active today.`
        : `The invitation reaches all ${partnersEn(p.wanted)} invited to ${q(p.meeting)} and active today.`,
  },
  'invite.reason-hidden': {
    de: (p) =>
      `nur Kontaktpersonen, die nicht für die Netzwerkpartner freigegeben sind (visibility: ${p.audience}); die Einladung bitte auf anderem Weg schicken`,
    en: (p) => `only contact persons not released to the network's partners (visibility: ${p.audience}); please send the invitation another way`,
  },
  'invite.no-recipients': {
    de: () =>
      'Hinweis: Die Einladung erreicht niemanden per E-Mail (keine freigegebene Adresse bei den eingeladenen Partnern); der Entwurf hat keine Empfänger.',
    en: () => 'Note: the invitation reaches nobody by e-mail (no released address at the invited partners); the draft has no recipients.',
  },
  'invite.no-address': {
    de: () =>
      'Hinweis: Für die Koordinierungsstelle ist keine E-Mail-Adresse eingetragen, die die Partner sehen dürfen (coordinators mit email und visibility network oder public, oder email des Jugendamts). Absender und „An“ des Entwurfs bitte im Mailprogramm ergänzen.',
    en: () =>
      'Note: no e-mail address of the coordination that the partners may see is recorded (coordinators with email and visibility network or public, or the youth office\'s email). Please add the sender and "To" of the draft in the mail program.',
  },
  // ---- sheet
  'sheet.cancelled': {
    de: (p, q) => `${q(p.id)} ist abgesagt (status: cancelled); eine Teilnahmeliste gibt es dafür nicht.`,
    en: (p, q) => `${q(p.id)} is cancelled (status: cancelled); there is no sign-in sheet for it.`,
  },
  'usage.lines': {
    de: (p, q) => `${p.option}: ${q(p.value)} ist keine Zahl von ${p.min} bis ${p.max}.`,
    en: (p, q) => `${p.option}: ${q(p.value)} is not a number from ${p.min} to ${p.max}.`,
  },
  // ---- attendance
  'attendance.cancelled': {
    de: (p, q) =>
      `${q(p.id)} ist abgesagt (status: cancelled); eine Teilnahme wird nicht eingetragen. Fand sie doch statt, bitte zuerst status: planned oder held eintragen.`,
    en: (p, q) => `${q(p.id)} is cancelled (status: cancelled); no attendance is recorded. If it did take place, please set status: planned or held first.`,
  },
  'attendance.future': {
    de: (p, q) => `${q(p.id)} ist erst am ${p.date} (Stichtag ${p.today}); die Teilnahme kann ab dem Tag der Veranstaltung eingetragen werden.`,
    en: (p, q) => `${q(p.id)} is only on ${p.date} (reference day ${p.today}); attendance can be recorded from the day of the meeting on.`,
  },
  'attendance.no-header': {
    de: (p, q) =>
      `In ${q(p.file)} ist keine Spalte für die Einrichtung zu erkennen. Die erste Zeile der Tabelle braucht Überschriften wie „Einrichtung“ (oder „Kennung“) und „Personen“ – so wie in der Vorlage von „${prog(p)} sheet TERMIN --format csv“.`,
    en: (p, q) =>
      `${q(p.file)} has no column recognisable as the institution. The table's first row needs headers such as "Institution" (or "Id") and "Persons" – as in the template of "${prog(p)} sheet MEETING --format csv".`,
  },
  'attendance.no-count': {
    de: (p, q) => `In ${q(p.file)} fehlt die Spalte mit der Zahl der Personen (Überschrift „Personen“ oder „Anzahl“).`,
    en: (p, q) => `${q(p.file)} has no column with the number of persons (header "Persons" or "Count").`,
  },
  'attendance.empty': {
    de: (p, q) =>
      `In ${q(p.file)} ist keine Zahl eingetragen: Bitte in der Spalte „Personen“ bei jeder Einrichtung eintragen, wie viele Personen teilgenommen haben (und bei „Gäste“ die Gäste). Es wurde nichts geändert.`,
    en: (p, q) =>
      `${q(p.file)} holds no number: please enter in the column "Persons" how many persons of each institution took part (and the guests in the row "Guests"). Nothing was changed.`,
  },
  'attendance.read': {
    de: (p) => `Gelesen: ${p.file} (${p.how}), ${p.rows} ${p.rows === 1 ? 'Zeile' : 'Zeilen'} mit Inhalt.`,
    en: (p) => `Read: ${p.file} (${p.how}), ${p.rows} ${p.rows === 1 ? 'row' : 'rows'} with content.`,
  },
  'attendance.result': {
    de: (p) =>
      `Teilnahme an ${p.meeting}: ${persons(p.persons, true)} aus ${institutions(p.institutions, true)}${p.guests === undefined ? '' : `, ${guests(p.guests, true)}`}${Number(p.without) > 0 ? ` (${institutions(p.without, true)} ohne Zahl: nicht teilgenommen)` : ''}.`,
    en: (p) =>
      `Attendance of ${p.meeting}: ${persons(p.persons, false)} from ${institutions(p.institutions, false)}${p.guests === undefined ? '' : `, ${guests(p.guests, false)}`}${Number(p.without) > 0 ? ` (${institutions(p.without, false)} without a number: did not take part)` : ''}.`,
  },
  'attendance.added-up': {
    de: (p) => `${p.partner}: Zeilen ${p.rows} zusammengezählt.`,
    en: (p) => `${p.partner}: rows ${p.rows} added up.`,
  },
  'attendance.guests-kept': {
    de: () => 'Die Liste nennt keine Gäste (keine Zeile „Gäste“); die eingetragene Zahl der Gäste bleibt.',
    en: () => 'The list names no guests (no row "Guests"); the recorded number of guests stays.',
  },
  'attendance.replaces': {
    de: (p) =>
      `Die Liste ersetzt die bisher eingetragene Teilnahme (${persons(p.persons, true)} aus ${institutions(p.institutions, true)}, ${guests(p.guests, true)}).`,
    en: (p) =>
      `The list replaces the attendance recorded so far (${persons(p.persons, false)} from ${institutions(p.institutions, false)}, ${guests(p.guests, false)}).`,
  },
  'attendance.status-held': {
    de: () => 'Status: planned → held (die Veranstaltung hat stattgefunden).',
    en: () => 'Status: planned → held (the meeting has taken place).',
  },
  'attendance.nothing-written': {
    de: () =>
      'Es wurde nichts geändert. Bitte die genannten Zeilen der Liste berichtigen (die Schreibweise der Einrichtung oder ihre Kennung aus der Vorlage) und den Befehl noch einmal ausführen.',
    en: () => "Nothing was changed. Please correct the rows named (the institution's spelling, or its id from the template) and run the command again.",
  },
  // the rows of the list it cannot take (shown as file:row:column like validate's messages)
  'attendance.unknown-name': {
    de: (p, q) => `${q(p.value)} ist keine Einrichtung des Netzwerks.${close.de(p, q)}`,
    en: (p, q) => `${q(p.value)} is not an institution of the network.${close.en(p, q)}`,
  },
  'attendance.unknown-id': {
    de: (p, q) => `Eine Einrichtung mit der Kennung ${q(p.value)} gibt es nicht.${close.de(p, q)}`,
    en: (p, q) => `There is no institution with the id ${q(p.value)}.${close.en(p, q)}`,
  },
  'attendance.ambiguous-name': {
    de: (p, q) => `${q(p.value)} passt auf mehrere Einrichtungen (${p.ids}); bitte die Kennung in die Spalte „Kennung“ eintragen.`,
    en: (p, q) => `${q(p.value)} fits several institutions (${p.ids}); please put the id into the column "Id".`,
  },
  'attendance.id-name-differ': {
    de: (p, q) => `Kennung ${q(p.id)} (${p.idName}) und Name ${q(p.name)} (Kennung ${p.nameId}) passen nicht zusammen; welche Einrichtung ist gemeint?`,
    en: (p, q) => `The id ${q(p.id)} (${p.idName}) and the name ${q(p.name)} (id ${p.nameId}) do not agree; which institution is meant?`,
  },
  'attendance.bad-number': {
    de: (p, q) => `${q(p.value)} ist keine Anzahl; bitte eine ganze Zahl eintragen (oder das Feld leer lassen).`,
    en: (p, q) => `${q(p.value)} is not a count; please enter a whole number (or leave the cell empty).`,
  },
  'attendance.no-institution': {
    de: (p, q) => `Die Zahl ${q(p.value)} steht ohne Einrichtung; bitte die Einrichtung eintragen (oder „Gäste“).`,
    en: (p, q) => `The number ${q(p.value)} has no institution; please enter the institution (or "Guests").`,
  },
  // ---- the output folder (src/write/output-folder.ts)
  'file.out-dir-network': {
    de: (p, q) =>
      `--out-dir: ${q(p.out)} ist der Ordner des Netzwerks oder liegt in einem seiner Ordner (partners/, meetings/ …). Bitte einen eigenen Ordner für die Einladung wählen.`,
    en: (p, q) =>
      `--out-dir: ${q(p.out)} is the network's folder or lies in one of its folders (partners/, meetings/ …). Please choose a folder of its own for the invitation.`,
  },
  'file.out-dir-not-folder': {
    de: (p, q) => `--out-dir: ${q(p.out)} ist eine Datei, kein Ordner.`,
    en: (p, q) => `--out-dir: ${q(p.out)} is a file, not a folder.`,
  },
} satisfies Texts;
