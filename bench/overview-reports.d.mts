/** Writes `count` report files into `dir` from `bases` (parsed report JSON) and returns their paths. */
export function writeReportFiles(dir: string, count: number, bases: readonly unknown[]): string[];
