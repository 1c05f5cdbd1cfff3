// netzwerk certificate MEETING [DIR] (--names FILE | --blank N) --out DIR: certificates of
// attendance of a meeting (a Fachtag, a Fortbildung), one A4 PDF per person of the list, or one
// PDF of N certificates to fill in by hand. The names are read from the list at print time and
// go nowhere but into the PDFs: not into the network's files, not into a message, not into the
// files' names (numbered in the list's order).
import { resolve } from 'node:path';
import { resolveDir, type Context } from '../../cli/context.js';
import { knownMeeting } from '../../cli/option-values.js';
import { working } from '../../cli/progress.js';
import type { Invocation } from '../../cli/spec.js';
import { UsageError } from '../../errors.js';
import { readTable } from '../../load/table-file.js';
import { loadValidModel } from '../../network/open.js';
import { typesetPdf } from '../../write/typeset-pdf.js';
import { writeOutputFolder, type FolderFile } from '../../write/output-folder.js';
import { certificateText, type CertificateText } from './certificate.js';
import { renderCertificatesTypst } from './typst.js';
import { namesFrom } from './names.js';
import { CERTIFICATE, MAX_CERTIFICATES } from './spec.js';

/** The files of an earlier run in the same folder: replaced, or removed when no longer written. */
const OWN_FILES = /^(bescheinigung-\d+|bescheinigungen-blanko)\.pdf$/;

export async function run(ctx: Context, { args, options }: Invocation<typeof CERTIFICATE>): Promise<number> {
  if ((options.names === undefined) === (options.blank === undefined)) throw new UsageError('certificate.names-or-blank');
  if (options.out === undefined) throw new UsageError('certificate.out');
  const { model } = loadValidModel(ctx, args.dir);
  const meeting = model.meetingById.get(knownMeeting(model, args.meeting, { argument: true }))!;
  if (meeting.status === 'cancelled') throw new UsageError('certificate.cancelled', { id: meeting.id });

  let names: (string | undefined)[];
  if (options.names !== undefined) {
    const table = await readTable(resolve(ctx.io.cwd, options.names), options.names);
    names = namesFrom(table);
    if (names.length === 0) throw new UsageError('certificate.no-names', { file: options.names });
    if (names.length > MAX_CERTIFICATES) throw new UsageError('certificate.too-many', { count: names.length, max: MAX_CERTIFICATES });
  } else names = Array.from({ length: options.blank! }, () => undefined);

  // what every certificate of the meeting says, worked out once
  const text = certificateText(model, meeting, ctx.today, ctx.lang);
  const files: FolderFile[] = [];
  if (options.names === undefined) files.push({ name: 'bescheinigungen-blanko.pdf', content: await pdf(ctx, text, names, 'bescheinigungen-blanko.pdf') });
  else {
    const width = String(names.length).length;
    for (const [i, name] of names.entries()) {
      const file = `bescheinigung-${String(i + 1).padStart(width, '0')}.pdf`;
      files.push({ name: file, content: await pdf(ctx, text, [name], file) });
    }
  }
  await writeOutputFolder(ctx.io, options.out, files, resolveDir(ctx, args.dir), { stale: OWN_FILES });
  ctx.say('certificate.written', { count: names.length, dir: options.out, blank: options.names === undefined ? 'yes' : undefined });
  if (meeting.status === 'planned') ctx.note('certificate.planned', { id: meeting.id });
  if (meeting.hours === undefined && meeting.teaching_units === undefined) ctx.note('certificate.no-length', { id: meeting.id });
  return 0;
}

async function pdf(ctx: Context, text: CertificateText, names: readonly (string | undefined)[], out: string): Promise<Uint8Array> {
  const source = renderCertificatesTypst(text, names, ctx.lang, ctx.today);
  // without the typesetter: blank certificates are the way to print by hand
  const typeset = await working(ctx, 'working.pdf', () => typesetPdf({ source, date: ctx.today, out, htmlOptions: '--blank N', note: ctx.note }));
  return typeset.bytes;
}
