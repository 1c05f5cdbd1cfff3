// The answer to an Art. 15 request as a letter: sender, addressee, date, subject, and the
// sections the GDPR asks for (the data, purposes, legal basis, recipients, source, storage,
// rights, contacts), every word already in the reader's language and no internal path or code.
// The Markdown and HTML renderers lay out the same document.
import { qualificationText } from '../person/text.js';
import { formatDate, formatShare } from '../../../i18n/format.js';
import { label, SECTOR_LABELS } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { LETTER_WORDS, type LetterWords } from './words.js';
import { PERSON_WORDS } from '../person/words.js';
import type { Address } from '../../../model/types.js';
import type { LetterForm } from '../../../model/vocabulary.js';
import type { LetterData } from './letter.js';
import type { MentionEntry, Occurrence, OrganisationEntry, PersonEntry, SignatoryEntry, UncheckedEntry } from '../person/person.js';

export type LetterBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; caption: string; rows: [string, string][]; note?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'contact'; lines: string[] };

export interface LetterDocument {
  lang: Lang;
  title: string;
  /** DIN 5008 form A or B: where the printed letter's address field stands. */
  form: LetterForm;
  sender: string[];
  /** The sender in one line above the address, for the window of the envelope (the post returns undeliverable letters there). */
  returnAddress: string;
  addressee: string[];
  date: string;
  subject: string;
  salutation: string;
  sections: { title: string; blocks: LetterBlock[] }[];
  closing: string;
  signature: string[];
  /** The PDF's page footer. */
  footer: string;
}

const addressLines = (a: Address | undefined): string[] =>
  a ? [a.street, [a.postal_code, a.city].filter(Boolean).join(' ')].filter((l): l is string => !!l) : [];

export function letterDocument(data: LetterData, lang: Lang): LetterDocument {
  const w = LETTER_WORDS[lang];
  const date = (d: string) => formatDate(d, lang);
  const { findings } = data;
  const today = date(findings.today);
  const coordination = w.coordination(data.network);
  const persons = findings.occurrences.filter((o): o is PersonEntry => o.kind === 'contact' || o.kind === 'coordinator');
  const found = findings.occurrences.length > 0;

  const sections: LetterDocument['sections'] = [];
  if (found) {
    sections.push({ title: w.sections.data, blocks: [...findings.occurrences.map((o) => dataBlock(o, w, date, lang)), { kind: 'paragraph', text: w.copy }] });
    sections.push({ title: w.sections.purposes, blocks: [{ kind: 'paragraph', text: w.purposes }] });
    const consents = [...new Set(persons.filter((p) => p.visibility === 'public' && p.consent).map((p) => date(p.consent!)))];
    sections.push({
      title: w.sections.legal,
      blocks: [
        { kind: 'paragraph', text: w.legal },
        ...(consents.length > 0 ? [{ kind: 'paragraph' as const, text: w.legalConsent(consents.join(', ')) }] : []),
      ],
    });
    sections.push({ title: w.sections.recipients, blocks: [{ kind: 'list', items: recipients(data, persons, w) }] });
    const partners = [...new Set(persons.map((p) => p.partner?.name).filter((n): n is string => !!n))];
    sections.push({ title: w.sections.source, blocks: [{ kind: 'paragraph', text: partners.length > 0 ? w.source(partners.join(', ')) : w.sourceNoPartner }] });
    sections.push({
      title: w.sections.storage,
      blocks: [
        { kind: 'paragraph', text: w.storage.rule(data.reviewMonths, data.retentionMonths) },
        { kind: 'list', items: storage(findings.occurrences, w, date) },
      ],
    });
  }
  const rights = [...w.rights, ...(persons.some((p) => p.visibility === 'public' && p.consent) ? [w.rightConsent] : []), w.authority, w.noAutomated];
  sections.push({ title: found ? w.sections.rights : w.sections.rights.replace(/^\d+\. /, ''), blocks: [{ kind: 'list', items: rights }] });
  sections.push({ title: found ? w.sections.contacts : w.sections.contacts.replace(/^\d+\. /, ''), blocks: contacts(data, w) });

  return {
    lang,
    title: w.title,
    form: data.form,
    sender: [coordination, ...(data.sender.organisation ? [data.sender.organisation] : []), ...addressLines(data.sender.address)],
    returnAddress: [data.sender.organisation ?? coordination, ...addressLines(data.sender.address)].join(' · '),
    addressee: [
      w.addresseeName(data.addressee.name, data.addressee.salutation),
      ...(data.addressee.organisation ? [data.addressee.organisation] : []),
      ...addressLines(data.addressee.address),
    ],
    date: w.dateLine(data.sender.address?.city, today),
    subject: w.subject,
    salutation: w.salutation(data.addressee.name, data.addressee.salutation),
    sections: [
      { title: '', blocks: [{ kind: 'paragraph', text: found ? w.intro(data.network, today) : w.introNothing(data.network, findings.query, today) }] },
      ...sections,
    ],
    closing: w.closing,
    signature: [coordination],
    footer: w.footer(data.network),
  };
}

function dataBlock(o: Occurrence, w: LetterWords, date: (d: string) => string, lang: Lang): LetterBlock {
  switch (o.kind) {
    case 'coordinator':
    case 'contact':
      return personBlock(o, w, date, lang);
    case 'organisation':
      return organisationBlock(o, w, lang);
    case 'signatory':
      return signatoryBlock(o, w, date);
    case 'mention':
      return mentionBlock(o, w);
    case 'unchecked':
      return uncheckedBlock(o, w, lang);
  }
}

function personBlock(o: PersonEntry, w: LetterWords, date: (d: string) => string, lang: Lang): LetterBlock {
  const rows: [string, string][] = [[w.field.name, o.name]];
  if (o.salutation !== undefined) rows.push([w.field.salutation, o.salutation]);
  if (o.function !== undefined) rows.push([w.field.function, o.function]);
  if (o.email !== undefined) rows.push([w.field.email, o.email]);
  if (o.phone !== undefined) rows.push([w.field.phone, o.phone]);
  if (o.mobile !== undefined) rows.push([w.field.mobile, o.mobile]);
  if (o.partner) rows.push([w.field.organisation, o.partner.name]);
  if (o.insofa) rows.push([w.field.insofa, w.yes]);
  rows.push([w.field.release, w.release[o.visibility]]);
  if (o.consent !== undefined) rows.push([w.field.consent, date(o.consent)]);
  if (o.fte !== undefined) rows.push([w.field.fte, formatShare(o.fte, lang)]);
  for (const q of o.qualifications) rows.push([w.field.qualification, qualificationText(q, date)]);
  rows.push([w.field.verified, o.verified === undefined ? w.never : date(o.verified)]);
  const caption = o.kind === 'coordinator' ? w.kinds.coordinator : w.kinds.contact(o.partner?.name ?? '–');
  return { kind: 'fields', caption, rows };
}

function organisationBlock(o: OrganisationEntry, w: LetterWords, lang: Lang): LetterBlock {
  const rows: [string, string][] = [
    [w.field.organisation, o.partner.name],
    [w.field.sector, label(SECTOR_LABELS, o.sector, lang)],
  ];
  const address = addressLines(o.address).join(', ');
  if (address) rows.push([w.field.address, address]);
  if (o.website !== undefined) rows.push([w.field.website, o.website]);
  return { kind: 'fields', caption: w.kinds.organisation, rows };
}

function signatoryBlock(o: SignatoryEntry, w: LetterWords, date: (d: string) => string): LetterBlock {
  const rows: [string, string][] = [[w.field.name, o.name]];
  if (o.partner) rows.push([w.field.organisation, o.partner.name]);
  rows.push([w.field.signed, o.signed === undefined ? w.notYet : date(o.signed)]);
  return { kind: 'fields', caption: w.kinds.signatory(o.agreement.title), rows };
}

function mentionBlock(o: MentionEntry, w: LetterWords): LetterBlock {
  const where = o.place.file.startsWith('meetings')
    ? w.mentionWhere.meeting
    : o.place.file.startsWith('agreements')
      ? w.mentionWhere.agreement
      : o.place.file === 'network.yaml'
        ? w.mentionWhere.network
        : w.mentionWhere.other;
  const text = o.excerpt.replace(/\s+/g, ' ').trim();
  return { kind: 'fields', caption: w.kinds.mention(where), rows: [[w.field.text, text.length <= 300 ? text : `${text.slice(0, 299)}…`]] };
}

function uncheckedBlock(o: UncheckedEntry, w: LetterWords, lang: Lang): LetterBlock {
  const words = PERSON_WORDS[lang].rawField;
  return { kind: 'fields', caption: w.kinds.unchecked, rows: o.fields.map((f) => [words[f.key] ?? f.key, f.value]), note: w.uncheckedNote };
}

function recipients(data: LetterData, persons: PersonEntry[], w: LetterWords): string[] {
  const items: string[] = [];
  const audiences = new Set(persons.flatMap((p) => p.audiences));
  if (audiences.has('public')) items.push(w.recipients.public);
  if (audiences.has('network')) items.push(w.recipients.network(data.activePartners));
  if (!audiences.has('network') && !audiences.has('public'))
    items.push(persons.some((p) => p.partner && !p.partner.active) ? w.recipients.inactive : w.recipients.internal);
  if (persons.some((p) => p.calendars.length > 0)) items.push(w.recipients.calendar);
  if (persons.some((p) => p.report)) items.push(w.recipients.report);
  if (data.findings.occurrences.some((o) => o.kind === 'signatory')) items.push(w.recipients.signatory);
  items.push(w.recipients.noThirdCountry);
  return items;
}

function storage(occurrences: readonly Occurrence[], w: LetterWords, date: (d: string) => string): string[] {
  const items: string[] = [];
  const persons = occurrences.filter((o): o is PersonEntry => o.kind === 'contact' || o.kind === 'coordinator');
  for (const o of persons) {
    const s = o.data;
    const text =
      s.state === 'ok'
        ? w.storage.ok(date(s.verified), date(s.reviewDue))
        : s.state === 'never'
          ? w.storage.never
          : s.state === 'due'
            ? w.storage.due(date(s.verified), date(s.reviewDue))
            : s.state === 'retained'
              ? w.storage.retained(date(s.left), date(s.deleteFrom))
              : w.storage.delete(date(s.left), date(s.deleteFrom));
    // With more than one entry, say which one each sentence is about.
    const about = persons.length > 1 ? `${o.kind === 'coordinator' ? w.kinds.coordinator : w.kinds.contact(o.partner?.name ?? '–')}: ` : '';
    if (!items.includes(about + text)) items.push(about + text);
  }
  if (occurrences.some((o) => o.kind === 'signatory')) items.push(w.storage.signatory);
  if (occurrences.some((o) => o.kind === 'mention')) items.push(w.storage.mention);
  return items;
}

function contacts(data: LetterData, w: LetterWords): LetterBlock[] {
  const contact = (c: { name: string; function?: string; organisation?: string; email?: string; phone?: string; address?: Address }): LetterBlock => ({
    kind: 'contact',
    lines: [
      [c.name, c.function].filter(Boolean).join(', '),
      ...(c.organisation ? [c.organisation] : []),
      ...addressLines(c.address),
      [c.email, c.phone].filter(Boolean).join(' · '),
    ].filter((l) => l !== ''),
  });
  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: w.contactsIntro }, ...data.coordinators.map(contact)];
  if (data.dpo) blocks.push({ kind: 'paragraph', text: w.dpo }, contact(data.dpo));
  else blocks.push({ kind: 'paragraph', text: w.noDpo });
  return blocks;
}
