// netzwerk person QUERY [DIR] [--format text|json|letter] [--out FILE]: everything stored about
// one person, for an Art. 15 GDPR request; as a letter ready to send (Markdown, HTML or a PDF for a window envelope).
// It answers from whatever parses: errors in the data are listed first, on stderr, and the
// answer says what it could not cover (an Art. 15 request cannot wait for a typo). No match is a
// valid answer (exit 0).
import type { Invocation } from '../../../cli/spec.js';
import { PERSON, PERSON_OUTPUTS } from './spec.js';
import { resolveDir, type Context } from '../../../cli/context.js';
import { loadReadable } from '../../../network/open.js';
import { chooseOutput } from '../../../cli/output-format.js';
import { UsageError } from '../../../errors.js';
import { letterData, letterPerson } from '../letter/letter.js';
import { t } from '../../../i18n/catalogue.js';
import { knownPartner } from '../../../cli/option-values.js';
import { findPerson, personMatch, type Occurrence, type PersonFindings } from './person.js';
import { letterDocument } from '../letter/document.js';
import { renderLetterHtml } from '../letter/html.js';
import { renderLetterText } from '../letter/text.js';
import { renderLetterMarkdown } from '../letter/markdown.js';
import { renderPersonJson } from './json.js';
import { renderPersonText } from './text.js';
import { renderLetterTypst } from '../letter/typst.js';
import { writeOutput } from '../../../write/output.js';
import { typesetPdf } from '../../../write/typeset-pdf.js';
import { working } from '../../../cli/progress.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof PERSON>): Promise<number> {
  const wanted = args.query.trim();
  if (wanted.replace(/[\s\-.,;()/@]/g, '') === '') throw new UsageError('usage.person-query');
  const { format } = chooseOutput(PERSON_OUTPUTS, {
    format: options.format,
    out: options.out,
    fallback: 'text',
    stdoutIsTTY: ctx.io.stdout.isTTY,
    name: t(ctx.lang, 'out.name.person'),
  });
  const letter = format.startsWith('letter');
  if (options.partner !== undefined && !letter) throw new UsageError('usage.person-partner-letter');
  const { readable, locate, texts, hasErrors } = loadReadable(ctx, args.dir);
  const model = readable.model;
  const partner = options.partner === undefined ? undefined : knownPartner(model, '--partner', options.partner).id;
  let findings = findPerson(model, wanted, ctx.today, locate, texts(), readable);
  if (hasErrors) {
    const unreadable = findings.incomplete.unreadable.join(', ') || undefined;
    ctx.note('answer.person-partial', { failed: findings.incomplete.failed, unreadable });
  }
  if (letter) {
    // The letter answers one person: their entries only, their name in texts as whole words.
    const who = letterPerson(findings, wanted, partner);
    if (who.kind === 'several')
      throw new UsageError('letter.ambiguous', { query: wanted, count: who.persons.length, list: who.persons.map((p) => describe(p[0]!, ctx)) });
    const person = who.kind === 'one' ? who : { name: wanted, emails: wanted.includes('@') ? [wanted] : [] };
    findings = findPerson(model, wanted, ctx.today, locate, texts(), readable, personMatch(person));
  }

  let content: string | Uint8Array;
  if (format === 'text') content = renderPersonText(findings, ctx.lang);
  else if (format === 'json') content = renderPersonJson(findings);
  else {
    const data = letterData(model, findings);
    const doc = letterDocument(data, ctx.lang);
    // On a terminal the letter is read, not pasted: plain text; to a file or a pipe, Markdown.
    if (format === 'letter-md' && options.out === undefined && ctx.io.stdout.isTTY) content = renderLetterText(doc);
    else if (format === 'letter-md') content = renderLetterMarkdown(doc);
    else if (format === 'letter-html') content = renderLetterHtml(doc);
    else {
      const source = renderLetterTypst(doc, ctx.today);
      const pdf = await working(ctx, 'working.pdf', () =>
        typesetPdf({ source, date: ctx.today, out: options.out, htmlOptions: '--format letter --out brief.html', note: ctx.note }),
      );
      content = pdf.bytes;
    }
    letterNotes(ctx, findings, data.names, data.dpo === undefined);
  }
  await writeOutput(ctx, options.out, content, resolveDir(ctx, args.dir));
  return 0;
}

/** Before sending: namesakes among the findings, and a letter without a data protection officer. */
function letterNotes(ctx: Context, findings: PersonFindings, names: string[], noDpo: boolean): void {
  if (names.length > 1) ctx.note('letter.namesakes', { names: names.join(', ') });
  if (noDpo) ctx.note('letter.no-dpo');
  if (findings.occurrences.length === 0) ctx.note('letter.nothing', { query: findings.query });
}

/** A person of an ambiguous query, as the refusal lists them: name, institution, address, place. */
function describe(o: Occurrence, ctx: Context): string {
  const name = 'name' in o ? o.name : o.kind === 'unchecked' ? (o.fields.find((f) => f.key === 'name')?.value ?? '') : '';
  const partner = 'partner' in o && o.partner ? `, ${o.partner.name}` : '';
  const email = 'email' in o && o.email ? ` <${o.email}>` : '';
  return `${name}${partner}${email} (${t(ctx.lang, 'where', { file: o.place.file, line: o.place.line })})`;
}
