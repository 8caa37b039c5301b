import { defineConfig } from 'vitest/config';

/**
 * The engine's own tests, for mutation testing (`npm run mutation`, stryker.config.mjs). Tests that spawn the CLI,
 * bundle the engine or feed it generated input for seconds are left out: each mutant reruns the tests that cover it, and those would
 * make a run take hours on the 2-core machine without judging the grading rules any better.
 */
export default defineConfig({
  test: {
    include: ['test/graders/**/*.test.ts'],
    exclude: [
      'test/graders/hostile-fuzz.test.ts',
      'test/graders/engine-size.test.ts',
      'test/graders/engine-boundary.test.ts',
      'test/graders/tooling/grade/run-grade-command.test.ts',
      'test/graders/tooling/grade/cli-output-safety.test.ts',
      'test/graders/regex-audit.test.ts',
      // Property and hostile-input tests: tens of seconds each, rerun for every mutant they cover.
      'test/graders/grade-properties.test.ts',
      'test/graders/hostile-answers.test.ts',
    ],
  },
});
