// What `contacts` says on stderr about the partners a list leaves out (part of the catalogue):
// the invited partners it misses, each with the reason, the counts, and the limit of recipients
// per message. Counts choose singular or plural here.
import type { Texts } from './texts.js';

const partners = (count: unknown, de = true) =>
  de ? `${count} ${Number(count) === 1 ? 'Partner' : 'Partnern'}` : `${count} ${Number(count) === 1 ? 'partner' : 'partners'}`;

export const REACH_TEXTS = {
  // ---- the heading line of each block of an e-mail list split with --batch (contacts, invite)
  'reach.mailbox-block': {
    de: (p) => `Block ${p.block} von ${p.blocks} (${p.count} ${Number(p.count) === 1 ? 'Adresse' : 'Adressen'}):`,
    en: (p) => `Block ${p.block} of ${p.blocks} (${p.count} ${Number(p.count) === 1 ? 'address' : 'addresses'}):`,
  },
  'reach.meeting-head': {
    de: (p, q) => `Hinweis: Die Liste erreicht ${p.reached} von ${partners(p.wanted)}, die zu ${q(p.meeting)} eingeladen und heute aktiv sind. Nicht erreicht:`,
    en: (p, q) => `Note: the list reaches ${p.reached} of the ${partners(p.wanted, false)} invited to ${q(p.meeting)} and active today. Not reached:`,
  },
  'reach.meeting-all': {
    de: (p, q) =>
      Number(p.wanted) === 1
        ? `Hinweis: Die Liste erreicht den einen Partner, der zu ${q(p.meeting)} eingeladen und heute aktiv ist.`
        : `Hinweis: Die Liste erreicht alle ${partners(p.wanted)}, die zu ${q(p.meeting)} eingeladen und heute aktiv sind.`,
    en: (p, q) =>
      Number(p.wanted) === 1
        ? `Note: the list reaches the one partner invited to ${q(p.meeting)} and active today.`
        : `Note: the list reaches all ${partners(p.wanted, false)} invited to ${q(p.meeting)} and active today.`,
  },
  'reach.item': { de: (p) => `  – ${p.partner}: ${p.reason}`, en: (p) => `  – ${p.partner}: ${p.reason}` },
  'reach.reason.no-contact': { de: () => 'keine Kontaktperson eingetragen', en: () => 'no contact person recorded' },
  'reach.reason.hidden': {
    de: (p) => `nur Kontaktpersonen, die für diesen Empfängerkreis nicht freigegeben sind (erscheinen mit --audience ${p.audience})`,
    en: (p) => `only contact persons not released for this audience (they appear with --audience ${p.audience})`,
  },
  'reach.reason.no-email': { de: () => 'keine E-Mail-Adresse bei den Kontaktpersonen', en: () => 'no e-mail address for its contact persons' },
  'reach.counts': {
    de: (p) =>
      `Zusammen: ${p.missed} nicht erreicht (${[p.noContact && `${p.noContact} ohne Kontaktperson`, p.hidden && `${p.hidden} nur mit nicht freigegebenen Kontakten`, p.noEmail && `${p.noEmail} ohne E-Mail-Adresse`].filter(Boolean).join(', ')}).`,
    en: (p) =>
      `In all: ${p.missed} not reached (${[p.noContact && `${p.noContact} without contact person`, p.hidden && `${p.hidden} with contacts not released`, p.noEmail && `${p.noEmail} without e-mail address`].filter(Boolean).join(', ')}).`,
  },
  'reach.left-out': {
    de: (p) => `Hinweis: ${p.missed} von ${p.wanted} ausgewählten aktiven Partnern fehlen in der Liste: ${p.detail}.`,
    en: (p) => `Note: ${p.missed} of the ${p.wanted} selected active partners are not in the list: ${p.detail}.`,
  },
  'reach.left-out.no-contact': { de: (p) => `${p.count} ohne Kontaktperson`, en: (p) => `${p.count} without contact person` },
  'reach.left-out.hidden': {
    de: (p) => `${p.count} nur mit Kontakten, die erst mit --audience ${p.audience} erscheinen`,
    en: (p) => `${p.count} only with contacts that appear with --audience ${p.audience}`,
  },
  'reach.left-out.no-email': { de: (p) => `${p.count} ohne E-Mail-Adresse`, en: (p) => `${p.count} without e-mail address` },
  'reach.left-out.names': { de: (p) => `Es fehlen: ${p.names}`, en: (p) => `Missing: ${p.names}` },
  'reach.recipient-limit': {
    de: (p) =>
      `Hinweis: Der Verteiler hat ${p.count} Adressen; Exchange und Outlook nehmen höchstens ${p.limit} Empfänger je Nachricht an. Mit --batch ${p.limit} wird er in Blöcke geteilt.`,
    en: (p) =>
      `Note: the list has ${p.count} addresses; Exchange and Outlook accept at most ${p.limit} recipients per message. --batch ${p.limit} splits it into blocks.`,
  },
  'reach.batch-above-limit': {
    de: (p) => `Hinweis: Blöcke mit ${p.batch} Adressen sind mehr, als Exchange und Outlook je Nachricht annehmen (${p.limit}).`,
    en: (p) => `Note: blocks of ${p.batch} addresses are more than Exchange and Outlook accept per message (${p.limit}).`,
  },
} satisfies Texts;
