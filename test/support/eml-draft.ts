// A draft with every hard case of the e-mail writer (test/unit/eml.test.ts, test/system/eml-python.test.ts).
import { mailDate, type MailDraft } from '../../src/formats/eml.js';

export const DRAFT: MailDraft = {
  from: { name: 'Kerstin Lohmann-Şahin', email: 'k.lohmann-sahin@herne.example' },
  to: [{ name: 'Koordinierungsstelle Netzwerk Kinderschutz „Süd“ (Jugendamt), Fachbereich Kinder-Jugend-Familie', email: 'koordination@herne.example' }],
  bcc: [
    { name: 'Müller-Lüdenscheidt, Dr. Ömer', email: 'oemer@beratung.example' },
    { name: 'Doppel "Öffentlich"', email: 'doppel@beratung.example' },
    { name: 'Plain Name', email: 'plain@x.example' },
    { name: '', email: 'ohne-name@x.example' },
    { name: 'A.B. (Leitung); Kita <Sonne>', email: 'ab@kita.example' },
  ],
  subject: 'Einladung: 6. Netzwerktreffen Kinderschutz Herne – Verabschiedung des Leitbilds und der Geschäftsordnung am 09.12.2026 (mit Änderungen)',
  date: mailDate('2026-11-23', 60),
  messageId: 'einladung.20261123.r0.0123456789abcdef@herne.netzwerk',
  text: `Zeile mit = Gleichheitszeichen und Leerzeichen am Ende   \nEine sehr lange Zeile ${'äöüß – '.repeat(40)}Ende\n\nLetzte Zeile\n`,
  attachments: [{ filename: 'termin.ics', contentType: 'text/calendar; charset=UTF-8; method=PUBLISH', content: new Uint8Array([0, 1, 2, 255, 13, 10, 65]) }],
};
