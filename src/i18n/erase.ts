// The sentences of `netzwerk erase` (src/products/privacy/erase/): part of the catalogue, catalogue.ts.
import { prog } from './prog.js';
import { indentedLines, type Texts } from './texts.js';

const joined = (list: unknown) => (Array.isArray(list) ? list.join('; ') : String(list));

export const ERASE_TEXTS = {
  'usage.erase-what': {
    de: (p) =>
      `Wen löschen? Einen Namen oder eine E-Mail-Adresse angeben, z. B. ${prog(p)} erase "Anna Beispiel", oder ${prog(p)} erase --due für alles, was ${prog(p)} review zum Löschen nennt.`,
    en: (p) =>
      `Erase whom? Give a name or an e-mail address, e.g. ${prog(p)} erase "Anna Beispiel", or ${prog(p)} erase --due for everything ${prog(p)} review lists for deletion.`,
  },
  'usage.erase-both': {
    de: () => 'Entweder einen Namen oder --due angeben, nicht beides.',
    en: () => 'Give either a name or --due, not both.',
  },
  'usage.erase-none': {
    de: (p, q) => `Zu ${q(p.query)} gibt es keine Person im Netzwerk. Es wurde nichts gelöscht. (Suchen: ${prog(p)} person ${q(p.query)})`,
    en: (p, q) => `There is no person matching ${q(p.query)} in the network. Nothing was erased. (Search: ${prog(p)} person ${q(p.query)})`,
  },
  'usage.erase-ambiguous': {
    de: (p, q) =>
      `${q(p.query)} passt auf ${p.count} Personen; es wurde nichts gelöscht. Bitte genauer angeben, am besten mit der E-Mail-Adresse:\n${indentedLines(p.list)}`,
    en: (p, q) =>
      `${q(p.query)} matches ${p.count} persons; nothing was erased. Please be more precise, best with the e-mail address:\n${indentedLines(p.list)}`,
  },
  'usage.erase-needed': {
    de: (p) => `${p.name} wird noch gebraucht und wurde nicht gelöscht: ${joined(p.why)}. Es wurde nichts geändert.`,
    en: (p) => `${p.name} is still needed and was not erased: ${joined(p.why)}. Nothing was changed.`,
  },
  'erase.needed-coordinator': {
    de: (p) => `koordiniert das Netzwerk (${p.of}); zuerst in network.yaml bei coordinators austragen`,
    en: (p) => `coordinates the network (${p.of}); first take them out of coordinators in network.yaml`,
  },
  'erase.needed-signatory': {
    de: (p, q) => `hat ${q(p.of)} unterzeichnet, die noch nicht beendet ist (Status expired oder terminated erst nach dem Ende)`,
    en: (p, q) => `signed ${q(p.of)}, which has not ended (status expired or terminated only after its end)`,
  },
  'erase.kept': {
    de: (p) => `Nicht gelöscht: ${p.name} wird noch gebraucht: ${joined(p.why)}.`,
    en: (p) => `Not erased: ${p.name} is still needed: ${joined(p.why)}.`,
  },
  'erase.nothing-due': {
    de: (p) => `Es ist nichts zu löschen: ${prog(p)} review nennt heute keine Person zum Löschen.`,
    en: (p) => `There is nothing to erase: ${prog(p)} review lists no person for deletion today.`,
  },
  'erase.removed-contact': {
    de: (p) => `Gelöscht: Kontaktperson ${p.text} (${p.of}) – ${p.where}`,
    en: (p) => `Erased: contact person ${p.text} (${p.of}) – ${p.where}`,
  },
  'erase.removed-coordinator': {
    de: (p) => `Gelöscht: Koordination ${p.text} (${p.of}) – ${p.where}`,
    en: (p) => `Erased: coordinator ${p.text} (${p.of}) – ${p.where}`,
  },
  'erase.removed-signatory': {
    de: (p, q) => `Gelöscht: ${p.text} als Unterzeichnende von ${q(p.of)} (die Unterschrift mit Datum bleibt) – ${p.where}`,
    en: (p, q) => `Erased: ${p.text} as signatory of ${q(p.of)} (the signature and its date stay) – ${p.where}`,
  },
  'erase.removed-text': {
    de: (p, q) => `Gelöscht: ${q(p.text)}, das allein in einem Textfeld stand – ${p.where}`,
    en: (p, q) => `Erased: ${q(p.text)}, which stood alone in a text field – ${p.where}`,
  },
  'erase.left-sentence': {
    de: (p, q) => `Bleibt, bitte selbst entscheiden: ${p.name} steht in einem Text – ${p.where}: ${q(p.text)}`,
    en: (p, q) => `Left, please decide yourself: ${p.name} stands in a text – ${p.where}: ${q(p.text)}`,
  },
  'erase.left-organisation': {
    de: (p, q) => `Bleibt, bitte selbst entscheiden: der Name der Einrichtung ${q(p.text)} enthält ${p.name} – ${p.where}`,
    en: (p, q) => `Left, please decide yourself: the institution's name ${q(p.text)} contains ${p.name} – ${p.where}`,
  },
  'erase.left-field': {
    de: (p, q) => `Bleibt, bitte selbst entscheiden: ${q(p.text)} steht in einem Feld, das nicht leer bleiben darf – ${p.where}`,
    en: (p, q) => `Left, please decide yourself: ${q(p.text)} stands in a field that may not be empty – ${p.where}`,
  },
  'erase.left-layout': {
    de: (p, q) =>
      `Bleibt, bitte von Hand löschen: ${q(p.text)} (eine Schreibweise, die das Programm nicht sicher ändern kann, z. B. eine Liste in eckigen Klammern) – ${p.where}`,
    en: (p, q) => `Left, please remove by hand: ${q(p.text)} (a layout the program cannot change safely, e.g. a list in brackets) – ${p.where}`,
  },
} satisfies Texts;
