// netzwerk contacts: contact lists as CSV, vCard or e-mail list, only with the people the
// audience may see. Parse options → load and validate → select (pure) → render (pure) → write.
import { resolveDir, type Context } from '../cli/context.js';
import { loadValidModel } from '../cli/load.js';
import { choice, knownMeeting, knownValue } from '../cli/option-values.js';
import { outputFormat, writeOutput } from '../cli/output.js';
import { AUDIENCES, selectContacts, type Audience, type ContactSelection } from '../contacts/select.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { SECTORS } from '../model/vocabulary.js';
import { renderContactsCsv } from '../render/contacts-csv.js';
import { renderMailboxList, withoutEmail } from '../render/mailbox-list.js';
import { renderContactsVcard } from '../render/contacts-vcard.js';

const FORMATS = ['csv', 'vcf', 'emails'] as const;
type Format = (typeof FORMATS)[number];
const BY_EXTENSION: Record<string, Format> = { '.csv': 'csv', '.vcf': 'vcf', '.vcard': 'vcf', '.txt': 'emails' };

interface ContactsOptions {
  format?: string;
  audience?: string;
  sector?: string[];
  municipality?: string[];
  insofa?: boolean;
  meeting?: string;
  delimiter?: string;
  bom?: boolean;
  out?: string;
}

export async function contactsCommand(ctx: Context, dir: string | undefined, raw: Record<string, unknown>): Promise<number> {
  const options = raw as ContactsOptions;
  const format = outputFormat(ctx, options.format, options.out, FORMATS, BY_EXTENSION, 'csv');
  const audience = choice<Audience>('--audience', AUDIENCES, options.audience ?? 'network', ctx.lang);
  const sectors = (options.sector ?? []).map((s) => knownValue('--sector', s, SECTORS, ctx.lang));
  const delimiter = csvDelimiter(options.delimiter ?? ';', ctx.lang);

  const { model } = loadValidModel(ctx, dir);
  const selection: ContactSelection = {
    audience,
    sectors,
    municipalities: (options.municipality ?? []).map((m) => knownValue('--municipality', m, model.network.region.municipalities, ctx.lang)),
    insofa: options.insofa === true,
    ...(options.meeting === undefined ? {} : { meeting: knownMeeting(model, options.meeting, ctx.lang) }),
  };
  const rows = selectContacts(model, selection, ctx.today);

  let content: string;
  if (format === 'csv') content = renderContactsCsv(rows, { lang: ctx.lang, delimiter, bom: options.bom !== false });
  else if (format === 'vcf') content = renderContactsVcard(rows, { lang: ctx.lang, network: { id: model.network.id, name: model.network.name } });
  else content = renderMailboxList(rows);

  await writeOutput(ctx, options.out, content, resolveDir(ctx, dir));
  note(ctx, rows.length, format === 'emails' ? withoutEmail(rows).length : 0);
  return 0;
}

/** A note on stderr, so that stdout stays the list itself. */
function note(ctx: Context, count: number, missingEmail: number): void {
  const de = ctx.lang === 'de';
  if (count === 0) ctx.io.stderr.write(de ? 'Hinweis: Keine Kontakte für diese Auswahl.\n' : 'Note: no contacts for this selection.\n');
  if (missingEmail > 0)
    ctx.io.stderr.write(
      de
        ? `Hinweis: ${missingEmail} ${missingEmail === 1 ? 'Person ohne E-Mail-Adresse fehlt' : 'Personen ohne E-Mail-Adresse fehlen'} im Verteiler.\n`
        : `Note: ${missingEmail} ${missingEmail === 1 ? 'person' : 'people'} without an e-mail address left out.\n`,
    );
}

/** One character that cannot be part of the data's quoting or line structure; `tab` for a tab. */
function csvDelimiter(value: string, lang: Lang): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if ([...d].length === 1 && !/["'\r\n\p{L}\p{N} ]/u.test(d)) return d;
  throw new UsageError(
    lang === 'de'
      ? `--delimiter: „${value}“ ist als Trennzeichen nicht möglich; üblich sind ; (Standard), , oder tab.`
      : `--delimiter: "${value}" cannot be used as separator; common ones are ; (default), , or tab.`,
  );
}
