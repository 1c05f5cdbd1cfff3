// Shared by the sign-in sheet's tests (test/cli/sheet.test.ts, test/system/sheet-readers.test.ts).
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { run } from './helpers.js';

export const TODAY = ['--today', '2026-11-23'];

export async function nextPlanned(dir: string): Promise<string> {
  const r = await run(['meetings', dir, '--upcoming', '--format', 'json', ...TODAY]);
  return (JSON.parse(r.stdout) as { meetings: { id: string; status: string }[] }).meetings.find((m) => m.status === 'planned')!.id;
}

export async function sheet(...args: string[]): Promise<string> {
  const r = await run(['sheet', ...args, ...TODAY]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** The invited institutions, as `contacts`' model sees them: the CSV template's rows. */
export async function institutions(dir: string, id: string): Promise<{ name: string; id: string }[]> {
  const rows = parse(await sheet(id, dir, '--format', 'csv'), { bom: true, delimiter: ';' }) as string[][];
  return rows.slice(1, -1).map(([name, pid]) => ({ name: name!.replace(/^'/, ''), id: pid! }));
}
