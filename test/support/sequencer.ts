// The order in which the two workers take the test files: the tiers with the longest files first
// (windows: Wine, test:ci only; system: the editor, Chromium, LibreOffice), then stress, cli and unit, and in each tier the
// longest first (the durations of the last run, vitest's cache; without one the larger files).
// Vitest's own order (the projects by name: cli, stress, system, unit) starts the longest file
// late and leaves a worker idle at the end. One tier after the other keeps the workers of the
// non-isolated tiers (cli, unit) on their own files, with their modules loaded once.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const TIERS = ['windows', 'system', 'stress', 'cli', 'unit'];

export default class SlowTiersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (s: TestSpecification) => `${s.project.name}:${relative(this.ctx.config.root, s.moduleId)}`;
    const duration = (s: TestSpecification) => this.ctx.cache.getFileTestResults(key(s))?.duration;
    const size = (s: TestSpecification) => this.ctx.cache.getFileStats(key(s))?.size ?? 0;
    return [...files].sort((a, b) => {
      const tier = TIERS.indexOf(a.project.name) - TIERS.indexOf(b.project.name);
      if (tier !== 0) return tier;
      const [da, db] = [duration(a), duration(b)];
      if (da !== undefined && db !== undefined) return db - da;
      if (da === undefined && db !== undefined) return -1; // unknown first, as vitest does
      if (db === undefined && da !== undefined) return 1;
      return size(b) - size(a);
    });
  }
}
