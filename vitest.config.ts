// The tests in four tiers, one folder each (docs/architecture.md, "Tests"):
//   unit    pure functions, no input or output beyond reading a fixture
//   cli     main() in-process through run() (temporary folders allowed)
//   system  anything that starts a process: the built bin, Chromium, LibreOffice, Python, npm …
//   stress  fuzzing, the slip matrix, huge inputs, linearity
// `npm run test:quick` runs unit and cli. Sizes come from NETZWERK_TEST_SIZE (test/support/budget.ts).
import { defineConfig } from 'vitest/config';
import SlowTiersFirst from './test/support/sequencer.js';
import { FULL } from './test/support/budget.js';

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // two cores on the machines this runs on: one worker each; files run side by side
    maxWorkers: 2,
    fileParallelism: true,
    sequence: { sequencer: SlowTiersFirst },
    // npm run coverage: what the tests reach of src/ (the system tier's processes run the bundle,
    // which V8's coverage of the test workers does not see: their share is not counted)
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/validate/generated/**'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
    projects: [
      // unit and cli share a worker's loaded modules from file to file (no process, no global
      // state of their own): a third of test:quick's time
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000, isolate: false } },
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['test/system/**/*.test.ts'],
          // Lighthouse (15 s a page) at full size only: npm test leaves its two files out
          exclude: FULL ? [] : ['test/system/lighthouse.test.ts', 'test/system/directory-lighthouse.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // one Chromium for the whole run, its address given to the test files
          globalSetup: ['test/support/chromium-setup.ts'],
          // it.concurrent cases (each a process of its own) at most four at a time
          maxConcurrency: 4,
        },
      },
      {
        extends: true,
        test: {
          name: 'windows',
          include: ['test/windows/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Wine and Windows's Node.js once for the run (test/support/windows/setup.ts)
          globalSetup: ['test/support/windows/setup.ts'],
          // each case two processes (Windows under Wine, Linux): three cases at a time
          maxConcurrency: 3,
        },
      },
      { extends: true, test: { name: 'stress', include: ['test/stress/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
    ],
  },
});
