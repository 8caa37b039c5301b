/**
 * Property: for any hostile answer up to 1 MB (test/support/hostile-shapes.ts: deep, wide, long, repeated, spreading,
 * unclosed, misencoded), grade() returns a sound report and never throws, nor fails inside (no `engine` diagnostic).
 * Each grade's time is only checked against a generous bound that catches a hang, never against what an idle machine
 * does: `npm run bench:hostile` prints the real figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from '../../graders/index';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { MAX_DIAGNOSTICS } from '../../graders/parse/limits';
import { MAX_TEXT_LENGTH, buildWithin, findShape, hostileAnswerArbitrary } from '../support/hostile-shapes';
import { PROPERTY_TEST_MS } from '../support/timeouts';

/** A grade this slow is a hang in the making; the worst measured is far below (README, "Hostile answers"). */
const HANG_MS = 10_000;

const [exercise] = findExerciseFolders().flatMap((folder) => {
  const loaded = loadExercise(folder);
  return loaded.ok ? [loaded.loaded.exercise] : [];
});

describe('grade() on hostile answers up to 1 MB', () => {
  it(
    'returns a sound report, never throws and never fails inside',
    () => {
      if (exercise === undefined) throw new Error('no exercise to grade against');
      const rubricSize = exercise.frontmatter.rubric.length;
      fc.assert(
        fc.property(hostileAnswerArbitrary, (drawn) => {
          const shape = findShape(drawn.name);
          const { size, source } = buildWithin(shape, drawn.size);
          expect(source.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
          const started = performance.now();
          const report = grade(exercise, source, shape.format);
          const ms = performance.now() - started;
          const where = `${shape.name} × ${size} (${source.length} characters)`;
          expect(ms, where).toBeLessThan(HANG_MS);
          expect(report.criteria, where).toHaveLength(rubricSize);
          expect(report.score, where).toBeGreaterThanOrEqual(0);
          expect(report.diagnostics.length, where).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
          expect(
            report.diagnostics.filter((diagnostic) => diagnostic.source === 'engine'),
            where,
          ).toEqual([]);
          for (const diagnostic of report.diagnostics) {
            expect(diagnostic.line, where).toBeGreaterThanOrEqual(1);
            expect(diagnostic.message.text.length, where).toBeLessThan(2_000);
          }
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TEST_MS,
  );
});
