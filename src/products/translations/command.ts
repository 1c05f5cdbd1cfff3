// netzwerk translations: the translation files of the public pages (translations/*.arb) — for each
// its language, who checked it, the texts it lacks against its original and the texts nobody has
// checked yet (machine translated or written without a native speaker's check), with their text,
// so that a translator knows what to do. `--lang tr,ar` lists only those. Reads the program's
// files, not a network's.
import type { Invocation } from '../../cli/spec.js';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { completeness, translationFiles, type TranslationFile } from '../../load/translations.js';
import { TRANSLATIONS } from './spec.js';
import { TRANSLATIONS_WORDS } from './words.js';

export async function run(ctx: Context, { options }: Invocation<typeof TRANSLATIONS>): Promise<number> {
  const files = chosen(translationFiles(), ctx.langs);
  const listed = files.map((file) => ({ file, ...completeness(file) }));
  if (options.format === 'json') {
    const json = listed.map(({ file, missing, extra }) => ({
      file: `translations/${file.file}`,
      locale: file.locale,
      name: file.name,
      dir: file.dir,
      source: file.source ?? null,
      checked_by: file.checkedBy,
      messages: file.messages.size,
      missing,
      extra,
      unchecked: file.unchecked.map((key) => ({ key, text: file.messages.get(key) })),
    }));
    ctx.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const w = TRANSLATIONS_WORDS[ctx.lang];
  const out: string[] = [];
  for (const { file, missing, extra } of listed) {
    out.push(w.heading(`translations/${file.file}`, file.locale, file.name));
    out.push(
      `  ${file.source ? w.translatedFrom(file.source) : w.original}; ${file.checkedBy.length > 0 ? w.checkedBy(file.checkedBy.map((c) => [c.name, c.date].filter(Boolean).join(' ')).join(', ')) : w.nobody}`,
    );
    if (missing.length === 0 && extra.length === 0) out.push(`  ${w.complete}`);
    if (missing.length > 0) out.push(`  ${w.missing(missing.length)}`, ...missing.map((key) => `    ${key}`));
    if (extra.length > 0) out.push(`  ${w.extra(extra.length)}`, ...extra.map((key) => `    ${key}`));
    if (file.unchecked.length === 0) out.push(`  ${w.allChecked}`);
    else
      out.push(
        `  ${w.unchecked(file.unchecked.length, file.messages.size)}`,
        ...file.unchecked.map((key) => `    ${key}: ${oneLine(file.messages.get(key) ?? '')}`),
      );
    out.push('');
  }
  ctx.io.stdout.write(`${out.join('\n')}`);
  return 0;
}

/** The files `--lang` names (all without it); an unknown language is a usage error that lists those there are. */
function chosen(files: readonly TranslationFile[], langs: readonly string[]): readonly TranslationFile[] {
  if (langs.length === 0) return files;
  return langs.map((tag) => {
    const file = files.find((f) => f.locale.toLowerCase() === tag.trim().toLowerCase());
    if (!file) throw new UsageError('usage.page-lang', { value: tag, allowed: files.map((f) => f.locale).join(', ') });
    return file;
  });
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' / ');
