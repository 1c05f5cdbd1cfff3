// The overview's sources read: report files first (their period is the overview's, unless --year
// says), then network folders, each turned into its report for the public (audience `public`, as a
// network would send it) and read the same way as a file. A source that cannot be read is said on
// stderr and the others are read on, so that one run names every problem; then nothing is written.
import { renderDiagnosticsText } from '../../formats/diagnostics.js';
import { InvalidDataError, MessageError } from '../../errors.js';
import { readJsonFile } from '../../load/json-file.js';
import { listSources, type SourceEntry } from '../../load/source-list.js';
import { roomFor } from '../../network/heap.js';
import { loadValidModel } from '../../network/open.js';
import { buildReport } from '../../report-data/build-report.js';
import { calendarYear, yearOf, type Period } from '../../report-data/period.js';
import type { Context } from '../../cli/context.js';
import type { Read } from './build-overview.js';
import { readReport, type SourceReport } from './read-report.js';
import type { OverviewPeriod } from './types.js';

export function readSources(
  ctx: Context,
  args: readonly string[],
  year: number | undefined,
): { reads: Read[]; period: OverviewPeriod; entries: SourceEntry[] } {
  const entries = listSources(args, ctx.io.cwd);
  roomFor(entries.reduce((sum, e) => sum + e.size, 0));
  const failed = { file: 0, data: 0 };
  const fromFiles = new Map<SourceEntry, SourceReport>();
  for (const entry of entries.filter((e) => e.kind === 'file')) {
    const report = attempt(ctx, failed, () => readReport(readJsonFile(entry.path, entry.shown), entry.shown));
    if (report) fromFiles.set(entry, report);
  }
  const period = year === undefined ? commonPeriod([...fromFiles.values()], ctx.today) : asOverviewPeriod(calendarYear(year));
  const reads: Read[] = [];
  for (const entry of entries) {
    const report =
      entry.kind === 'file'
        ? fromFiles.get(entry)
        : attempt(
            ctx,
            failed,
            () => {
              const { model, warnings } = loadValidModel(ctx, entry.path);
              const data = buildReport(
                model,
                warnings,
                { from: period.from, to: period.to, ...(period.year === null ? {} : { year: period.year }) },
                ctx.today,
                {
                  audience: 'public',
                  lang: ctx.lang,
                },
              );
              return readReport(data, entry.shown);
            },
            entry.shown,
          );
    if (report) reads.push({ source: entry.shown, kind: entry.kind, report });
  }
  const bad = failed.file + failed.data;
  if (bad > 0) throw new MessageError('overview.sources-failed', { count: bad, total: entries.length }, failed.file > 0 ? 2 : 1);
  return { reads, period, entries };
}

/**
 * One source read, or undefined after saying why: a file problem (exit 2 in the end) as its
 * message, a folder's invalid data (exit 1) as validate says it, the files named within the folder.
 */
function attempt<T>(ctx: Context, failed: { file: number; data: number }, read: () => T, folder?: string): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof InvalidDataError) {
      failed.data++;
      const diagnostics = e.diagnostics.map((d) => ({ ...d, file: `${folder!.replace(/[\\/]+$/, '')}/${d.file}` }));
      ctx.io.stderr.write(renderDiagnosticsText(diagnostics, { lang: ctx.lang, color: false, fileCount: e.fileCount }));
      return undefined;
    }
    if (e instanceof MessageError) {
      failed.file++;
      ctx.note(e.code, e.params);
      return undefined;
    }
    throw e;
  }
}

/** The period most of the files share (ties: the later one); without files, the calendar year of --today. */
function commonPeriod(reports: readonly SourceReport[], today: string): OverviewPeriod {
  const counts = new Map<string, { period: OverviewPeriod; n: number }>();
  for (const r of reports) {
    const key = `${r.period.from}/${r.period.to}`;
    counts.set(key, { period: r.period, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const best = [...counts.values()].sort(
    (a, b) => b.n - a.n || (a.period.to < b.period.to ? 1 : a.period.to > b.period.to ? -1 : 0) || (a.period.from < b.period.from ? 1 : -1),
  )[0];
  return best?.period ?? asOverviewPeriod(calendarYear(yearOf(today)));
}

const asOverviewPeriod = (p: Period): OverviewPeriod => ({ from: p.from, to: p.to, year: p.year ?? null });
