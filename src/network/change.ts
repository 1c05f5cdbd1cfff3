// The one path by which a command changes the network's own files (add, set, verified, import, erase,
// attendance): take the folder's lock (one writing command at a time: write/lock.ts), read and
// validate the folder, let the command plan its changes from the model, make them in memory
// (src/edit/), validate the whole network again with the changed files in place, show the diff,
// and only then write (src/write/edit-files.ts: all files or none). Invalid data before or after
// the change, or a file changed meanwhile: nothing is written.
import { errorsOf, warningsOf, type Diagnostic } from '../diagnostics.js';
import { applyEdits } from '../edit/yaml-edit.js';
import { textOf, type Change } from '../edit/place.js';
import { EditError } from '../edit/types.js';
import { FileError, InvalidDataError } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { folderFiles, type NetworkFolder, type SourceFile } from '../load/read-folder.js';
import type { Locate } from '../load/locate.js';
import type { Model } from '../model/types.js';
import { COLLECTIONS, type Collection } from '../model/vocabulary.js';
import { renderDiagnosticsText } from '../formats/diagnostics.js';
import { renderDiff } from '../formats/diff.js';
import { validateNetwork, type ValidationResult } from '../validate/validate-network.js';
import { commitFiles, type CommitHooks, type FileWrite } from '../write/edit-files.js';
import { resolveDir, type Context } from '../cli/context.js';
import { lockNetwork, localTime, type Lock } from '../write/lock.js';
import { loadAndValidate } from './open.js';

export type { Change } from '../edit/place.js';

/** A network read for changing: its files as read (the bytes the write compares against) and its model. */
export interface NetworkSession {
  dir: string;
  folder: NetworkFolder;
  model: Model;
  diagnostics: Diagnostic[];
  /** Line and column of a place in the files as read. */
  locate: Locate;
  /** Every text value of the files as read, with its place (`erase` looks for a name in them). */
  texts: ValidationResult['texts'];
}

export interface ChangeOptions {
  dryRun: boolean;
  /** For tests: runs between reading and writing (e.g. someone else changes a file). */
  hooks?: CommitHooks;
}

/** How long a writing command waits for another one to finish (NETZWERK_LOCK_WAIT, seconds; default 10). */
const lockWaitMs = (ctx: Context) => {
  const given = Number(ctx.io.env.NETZWERK_LOCK_WAIT);
  return Number.isFinite(given) && given >= 0 && ctx.io.env.NETZWERK_LOCK_WAIT !== '' ? given * 1000 : 10_000;
};

/**
 * The whole path of a writing command, under the folder's lock (a dry run writes nothing and
 * takes none): `plan` makes the changes from the network as read; they are checked, shown and
 * written by changeNetwork. Returns false when there was nothing to change.
 */
export async function editNetwork(
  ctx: Context,
  dir: string | undefined,
  options: ChangeOptions,
  plan: (session: NetworkSession) => Promise<readonly Change[]> | readonly Change[],
): Promise<boolean> {
  const lock = options.dryRun ? undefined : await lockFolder(ctx, dir);
  try {
    const session = openNetwork(ctx, dir);
    return await changeNetwork(ctx, session, await plan(session), options);
  } finally {
    lock?.release();
  }
}

/** The lock, or none when the folder is not there (reading it then says what is wrong). */
async function lockFolder(ctx: Context, dir: string | undefined): Promise<Lock | undefined> {
  try {
    const lock = await lockNetwork(resolveDir(ctx, dir), { waitMs: lockWaitMs(ctx), shownDir: dir ?? '.' });
    if (lock.tookOver) ctx.note('edit.lock-taken-over', { host: lock.tookOver.host, pid: lock.tookOver.pid, since: localTime(lock.tookOver.since) });
    return lock;
  } catch (e) {
    if (e instanceof FileError && e.code === 'edit.lock-failed' && e.params.reason === 'ENOENT') return undefined;
    throw e;
  }
}

/** Reads and validates the network; data with errors are not changed (exit 1, fix them first). */
export function openNetwork(ctx: Context, dir: string | undefined): NetworkSession {
  const { folder, ...result } = loadAndValidate(ctx, dir);
  if (!result.ok) throw new InvalidDataError(result.diagnostics, result.fileCount, 'edit.fix-first');
  return { dir: folder.dir, folder, model: result.model, diagnostics: result.diagnostics, locate: result.locate, texts: result.texts };
}

/** Every file of the network by its name. */
function sources(folder: NetworkFolder): Map<string, SourceFile> {
  return new Map(folderFiles(folder).map((s) => [s.file, s]));
}

/**
 * Makes the changes in memory, checks the whole network with them, prints the diff and (unless
 * a dry run) writes them. Returns false when there was nothing to change.
 */
export async function changeNetwork(ctx: Context, session: NetworkSession, changes: readonly Change[], options: ChangeOptions): Promise<boolean> {
  const existing = sources(session.folder);
  const writes = planWrites(existing, changes);
  if (writes.length === 0) {
    ctx.say('edit.nothing-to-do');
    return false;
  }

  const changed = withChanges(session.folder, writes);
  const result = validateNetwork(changed, { today: ctx.today, lang: ctx.lang });
  if (!result.ok) throw new InvalidDataError(errorsOf(result.diagnostics), undefined, 'edit.nothing-written');

  const diff = renderDiff(
    writes.map((w) => ({ file: w.file, before: w.before === undefined ? undefined : w.before.toString('utf8'), after: w.after.toString('utf8') })),
    { lang: ctx.lang, color: ctx.color },
  );
  ctx.io.stdout.write(diff);
  const known = new Set(warningsOf(session.diagnostics).map(warningKey));
  const fresh = warningsOf(result.diagnostics).filter((d) => !known.has(warningKey(d)));
  if (fresh.length > 0) {
    // The warnings' lines without validate's summary below them; of one kind at most three (an
    // import of fifty persons without a date of confirmation is one kind of note, not fifty).
    const byCode = new Map<string, Diagnostic[]>();
    for (const d of fresh) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
    const shown = [...byCode.values()].flatMap((list) => (list.length > SHOWN_PER_KIND ? list.slice(0, SHOWN_PER_KIND - 1) : list));
    const text = renderDiagnosticsText(shown, { lang: ctx.lang, color: false });
    ctx.io.stderr.write(`${t(ctx.lang, 'edit.new-warnings')}\n${text.slice(0, text.indexOf('\n\n') + 1)}`);
    for (const list of byCode.values())
      if (list.length > SHOWN_PER_KIND) ctx.note('edit.more-warnings', { count: list.length - SHOWN_PER_KIND + 1, prog: ctx.prog });
  }
  if (options.dryRun) {
    ctx.say('edit.dry-run');
    return true;
  }
  await commitFiles(session.dir, writes, options.hooks);
  ctx.say('edit.written', { count: writes.length });
  return true;
}

/** New warnings of one kind shown one by one after a change, at most; the rest are counted. */
const SHOWN_PER_KIND = 3;

/** A warning by what it says and where in the data, not by line (lines move when lines are added). */
const warningKey = (d: Diagnostic) => `${d.file}\u0000${d.path}\u0000${d.code}\u0000${d.message}`;

/** The new bytes of each file: edits of one file applied together, a byte order mark kept. */
function planWrites(existing: ReadonlyMap<string, SourceFile>, changes: readonly Change[]): FileWrite[] {
  const byFile = new Map<string, Change[]>();
  for (const change of changes) {
    const list = byFile.get(change.file);
    if (list) list.push(change);
    else byFile.set(change.file, [change]);
  }
  const writes: FileWrite[] = [];
  for (const [file, list] of byFile) {
    const source = existing.get(file);
    if (!source) {
      const created = list.find((c): c is Extract<Change, { create: string }> => 'create' in c);
      if (created) writes.push({ file, before: undefined, after: Buffer.from(created.create, 'utf8') });
      continue;
    }
    const edits = list.flatMap((c) => ('edits' in c ? c.edits : []));
    const text = textOf(source.bytes);
    let after: string;
    try {
      after = applyEdits(text, edits);
    } catch (e) {
      if (e instanceof EditError) throw new FileError('edit.cannot-edit', { file, path: e.path.join('.') || '/' });
      throw e;
    }
    if (after === text) continue;
    const bom = source.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? '\uFEFF' : '';
    writes.push({ file, before: source.bytes, after: Buffer.from(bom + after, 'utf8') });
  }
  return writes;
}

/** The folder as it will be: changed files with their new bytes, new files in their collection. */
function withChanges(folder: NetworkFolder, writes: readonly FileWrite[]): NetworkFolder {
  const replace = (s: SourceFile): SourceFile => {
    const w = writes.find((x) => x.file === s.file);
    return w ? { file: s.file, bytes: w.after, size: w.after.length } : s;
  };
  const collections = {} as Record<Collection, SourceFile[]>;
  for (const c of COLLECTIONS) {
    const added = writes.filter((w) => w.before === undefined && (w.file === `${c}.yaml` || w.file.startsWith(`${c}/`)));
    const files = [...folder.collections[c].map(replace), ...added.map((w) => ({ file: w.file, bytes: w.after, size: w.after.length }))];
    collections[c] = files.sort((a, b) => Number(a.file.includes('/')) - Number(b.file.includes('/')) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
  return { ...folder, network: replace(folder.network), collections };
}
