// @ts-check
/**
 * Mutation testing of the grading engine's core (`npm run mutation`; not part of `npm test`): StrykerJS changes the
 * engine's code one small way at a time and reruns the engine's tests (vitest.mutation.config.ts); a change no test
 * notices (a surviving mutant) is behaviour nothing checks. The core is the rubric, the checks, grading and the
 * report; the parsers and the CLI have their own property and fuzz tests and would make a run too slow here.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'graders/rubric/**/*.ts',
    'graders/custom-checks/**/*.ts',
    'graders/grade.ts',
    // The pass mark and the score: where a report is judged.
    'graders/grade-answer.ts',
    'graders/report.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  timeoutMS: 30_000,
  // The first run measures coverage per test; on the busy 2-core machine, niced, it takes minutes.
  dryRunTimeoutMinutes: 20,
};
