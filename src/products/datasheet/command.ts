// netzwerk datasheet [PARTNER…] [DIR] [--all|--due] [--format xlsx|pdf] [--eml] --out DIR: one
// sheet per institution with what the network holds about it, to confirm or correct (an Excel
// sheet that `import --datasheet` reads back, or a printed PDF), and with --eml an e-mail draft to
// the institution's general address with the sheet attached. --due: the active partners whose
// entry was never confirmed or longer ago than targets.review_partners_after_months.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDir, type Context } from '../../cli/context.js';
import { knownPartner } from '../../cli/option-values.js';
import type { Invocation } from '../../cli/spec.js';
import { UsageError } from '../../errors.js';
import { mailDate, renderEml } from '../../formats/eml.js';
import { isActive } from '../../model/coverage.js';
import { coordinationAddress, partnersToConfirm } from '../../model/policy.js';
import type { Model, Partner } from '../../model/types.js';
import { loadValidModel } from '../../network/open.js';
import { resolvePath } from '../../paths.js';
import { typesetPdf } from '../../write/typeset-pdf.js';
import { writeOutputFolder, type FolderFile } from '../../write/output-folder.js';
import { working } from '../../cli/progress.js';
import { renderDatasheetTypst } from './typst.js';
import { datasheetOf, type Datasheet } from './sheet.js';
import { DATASHEET } from './spec.js';
import { DATASHEET_WORDS } from './words.js';
import { renderDatasheetXlsx } from './xlsx.js';

/** The files of an earlier run in the same folder: replaced, or removed when no longer written. */
const OWN_FILES = /^datenblatt-[a-z0-9-]+\.(xlsx|pdf|eml)$/;

const isNetwork = (ctx: Context, word: string) => existsSync(join(resolvePath(ctx.io.cwd, word), 'network.yaml'));

export async function run(ctx: Context, { args, options }: Invocation<typeof DATASHEET>): Promise<number> {
  const words = args.partners;
  const last = words.at(-1);
  const dir = last !== undefined && isNetwork(ctx, last) ? last : undefined;
  const queries = dir === undefined ? words : words.slice(0, -1);
  const ways = [queries.length > 0, options.all, options.due].filter(Boolean).length;
  if (ways === 0) throw new UsageError('datasheet.which');
  if (ways > 1) throw new UsageError('datasheet.one-way');
  if (options.out === undefined) throw new UsageError('datasheet.out');

  const { model } = loadValidModel(ctx, dir);
  const partners = chosen(model, ctx.today, queries, options);
  if (partners.length === 0) {
    ctx.say('datasheet.none-due', { months: model.network.targets.review_partners_after_months });
    return 0;
  }
  const files: FolderFile[] = [];
  const sender = coordinationAddress(model, 'network', ctx.today);
  const noAddress: string[] = [];
  for (const partner of partners) {
    const sheet = datasheetOf(model, partner, ctx.lang);
    const name = `datenblatt-${partner.id}.${options.format}`;
    const content = options.format === 'pdf' ? await pdf(ctx, sheet, name) : await renderDatasheetXlsx(sheet, ctx.lang, ctx.today);
    files.push({ name, content });
    if (!options.eml) continue;
    if (!partner.email) {
      noAddress.push(partner.name);
      continue;
    }
    files.push({ name: `datenblatt-${partner.id}.eml`, content: mail(ctx, sheet, sender, name, content, options.format) });
  }
  await writeOutputFolder(ctx.io, options.out, files, resolveDir(ctx, dir), { stale: OWN_FILES });
  ctx.say('datasheet.written', { dir: options.out, count: partners.length, files: files.map((f) => f.name).join(', ') });
  if (noAddress.length > 0) ctx.note('datasheet.no-email', { names: noAddress.join(', ') });
  ctx.note('datasheet.back', { prog: ctx.prog });
  return 0;
}

function chosen(model: Model, today: string, queries: readonly string[], options: { all: boolean; due: boolean }): Partner[] {
  if (options.all) return model.partners.filter((p) => isActive(p, today));
  if (options.due) return partnersToConfirm(model, today);
  const out: Partner[] = [];
  for (const q of queries) {
    const p = knownPartner(model, 'datasheet', q);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

async function pdf(ctx: Context, sheet: Datasheet, name: string): Promise<Uint8Array> {
  const source = renderDatasheetTypst(sheet, ctx.lang, ctx.today);
  // without the typesetter, the Excel sheet is the way to send the data
  const typeset = await working(ctx, 'working.pdf', () => typesetPdf({ source, date: ctx.today, out: name, htmlOptions: '--format xlsx', note: ctx.note }));
  return typeset.bytes;
}

/** The draft to the institution's general address, the sheet attached; from the coordination's address. */
function mail(
  ctx: Context,
  sheet: Datasheet,
  sender: { name: string; email: string } | undefined,
  file: string,
  content: Uint8Array,
  format: 'xlsx' | 'pdf',
): string {
  const w = DATASHEET_WORDS[ctx.lang];
  return renderEml({
    ...(sender ? { from: sender } : {}),
    to: [{ name: sheet.partner.name, email: sheet.partner.email! }],
    bcc: [],
    subject: w.subject(sheet.network),
    // a draft: the mail program sets the time of sending; the day is --today
    date: mailDate(ctx.today, 0),
    messageId: `datenblatt.${ctx.today}.${sheet.partner.id}@netzwerk`,
    text: w.mail(sheet.network, sheet.partner.name, sender?.name ?? sheet.network),
    attachments: [
      {
        filename: file,
        contentType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content,
      },
    ],
  });
}
