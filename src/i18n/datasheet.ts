// The sentences of `netzwerk datasheet` and `netzwerk import --datasheet`: part of the catalogue, catalogue.ts.
import { prog } from './prog.js';
import type { Texts } from './texts.js';

export const DATASHEET_TEXTS = {
  'datasheet.which': {
    de: (p) =>
      `Für welche Einrichtungen? Kennungen oder Namen nennen, oder --all (alle aktiven) oder --due (die zu bestätigenden), z. B. ${prog(p)} datasheet --due --out datenblaetter`,
    en: (p) =>
      `For which institutions? Give ids or names, or --all (every active one) or --due (those to confirm), e.g. ${prog(p)} datasheet --due --out data-sheets`,
  },
  'datasheet.one-way': {
    de: () => 'Bitte nur eines angeben: Einrichtungen, --all oder --due.',
    en: () => 'Please give only one: institutions, --all or --due.',
  },
  'datasheet.out': {
    de: (p) => `Bitte mit --out den Ordner für die Datenblätter angeben, z. B. ${prog(p)} datasheet --due --out datenblaetter`,
    en: (p) => `Please give the folder for the data sheets with --out, e.g. ${prog(p)} datasheet --due --out data-sheets`,
  },
  'datasheet.none-due': {
    de: (p) => `Keine Einrichtung ist zu fragen: alle aktiven haben ihre Angaben in den letzten ${p.months} Monaten bestätigt. Es wurde nichts geschrieben.`,
    en: (p) => `No institution to ask: every active one confirmed its data within the last ${p.months} months. Nothing was written.`,
  },
  'datasheet.written': {
    de: (p) => `${p.count === 1 ? 'Ein Datenblatt' : `${p.count} Datenblätter`} in ${p.dir}: ${p.files}`,
    en: (p) => `${p.count === 1 ? 'One data sheet' : `${p.count} data sheets`} in ${p.dir}: ${p.files}`,
  },
  'datasheet.no-email': {
    de: (p) => `Hinweis: Ohne allgemeine E-Mail-Adresse (email beim Partner), daher ohne E-Mail-Entwurf: ${p.names}`,
    en: (p) => `Note: without a general e-mail address (email of the partner), so without an e-mail draft: ${p.names}`,
  },
  'datasheet.back': {
    de: (p) => `Zurückgeschickte Excel-Datenblätter übernehmen: ${prog(p)} import DATEI.xlsx --datasheet (mit --dry-run erst ansehen)`,
    en: (p) => `Apply returned Excel data sheets: ${prog(p)} import FILE.xlsx --datasheet (look first with --dry-run)`,
  },
  'datasheet.not-a-sheet': {
    de: (p) => `${p.file} ist kein Datenblatt von netzwerk datasheet: die Zeile „partner.id“ in der Spalte „Feld“ fehlt. Es wurde nichts geändert.`,
    en: (p) => `${p.file} is not a data sheet of netzwerk datasheet: the row "partner.id" in the column "Field" is missing. Nothing was changed.`,
  },
  'datasheet.unknown-partner': {
    de: (p, q) => `Das Datenblatt gehört zu ${q(p.id)}, einer Einrichtung, die das Netzwerk nicht (mehr) führt. Es wurde nichts geändert.`,
    en: (p, q) => `The data sheet belongs to ${q(p.id)}, an institution the network does not hold (any more). Nothing was changed.`,
  },
  'datasheet.contact-moved': {
    de: (p, q) =>
      `Zeile ${p.row}: Die Ansprechperson ${q(p.name)} steht nicht mehr an dieser Stelle (die Datei wurde seit dem Datenblatt geändert). Bitte ein neues Datenblatt schicken oder von Hand übernehmen. Es wurde nichts geändert.`,
    en: (p, q) =>
      `Row ${p.row}: the contact person ${q(p.name)} no longer stands at this place (the file changed since the data sheet). Please send a new sheet or apply it by hand. Nothing was changed.`,
  },
  'datasheet.bad-value': {
    de: (p, q) => `Zeile ${p.row} (${p.key}): ${q(p.value)} passt nicht, erwartet wird ${p.what}. Es wurde nichts geändert.`,
    en: (p, q) => `Row ${p.row} (${p.key}): ${q(p.value)} does not fit, expected is ${p.what}. Nothing was changed.`,
  },
  'datasheet.not-editable': {
    de: (p) => `Zeile ${p.row} (partner.id): Die Kennung im Netzwerk ist nicht zu ändern. Es wurde nichts geändert.`,
    en: (p) => `Row ${p.row} (partner.id): the id in the network cannot be changed. Nothing was changed.`,
  },
  'datasheet.applied': {
    de: (p) =>
      `Datenblatt von ${p.partner}: ${p.count === 0 ? 'alles bestätigt' : `${p.count} ${p.count === 1 ? 'Angabe' : 'Angaben'} geändert`}; bestätigt am ${p.date}.`,
    en: (p) =>
      `Data sheet of ${p.partner}: ${p.count === 0 ? 'everything confirmed' : `${p.count} ${p.count === 1 ? 'item' : 'items'} changed`}; confirmed on ${p.date}.`,
  },
} satisfies Texts;
