import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grade, gradeAnswer, type SchemaCompilation } from '../../../graders/index';
import { loadExercise } from '../../../graders/tooling/load-exercise';
import { classifyReport, describeUngraded, type UngradedOutcome } from '../../../src/grading/grade-outcome';
import { exercisePath } from '../../support/exercise-folders';

const FOOD = 'food-delivery-communication';
const loaded = loadExercise(exercisePath(FOOD));
if (!loaded.ok) throw new Error(`${FOOD} does not load: ${JSON.stringify(loaded.problems)}`);
const { exercise } = loaded.loaded;

const model = readFileSync(exercisePath(FOOD, 'model.json'), 'utf8');

describe('classifyReport: only a report that judged the answer is a grade, recorded as an attempt', () => {
  it('grades an answer the engine judged, passing or not', () => {
    expect(classifyReport(grade(exercise, model, 'json'), 1).kind).toBe('graded');
    expect(classifyReport(grade(exercise, '{"services": []}', 'json'), 1).kind).toBe('graded');
  });

  it('grades an answer that cannot be read: that is the answer, and the candidate attempted it', () => {
    const report = grade(exercise, '{"services": [', 'json');
    expect(report.diagnostics.map((diagnostic) => diagnostic.source)).toContain('read');
    expect(classifyReport(report, 1).kind).toBe('graded');
  });

  it('does not grade when the exercise failed (its validators are missing or broken)', () => {
    const broken: SchemaCompilation = { ok: false, problem: 'no validators were generated for the exercise' };
    const report = gradeAnswer(exercise, broken, model, 'json');
    expect(classifyReport(report, 2)).toEqual({ kind: 'not-graded', report, ms: 2 });
  });

  it('does not grade when the engine failed', () => {
    const throwing = {
      ok: true,
      compiled: {
        validateAnswer: () => {
          throw new Error('boom');
        },
        criterionValidators: new Map(),
      },
    } as unknown as SchemaCompilation;
    const report = gradeAnswer(exercise, throwing, model, 'json');
    expect(report.diagnostics.map((diagnostic) => diagnostic.source)).toEqual(['engine']);
    expect(classifyReport(report, 3).kind).toBe('not-graded');
  });
});

describe('describeUngraded', () => {
  const loadFailures: UngradedOutcome[] = [
    { kind: 'failed', message: 'the grading worker stopped' },
    { kind: 'unavailable', message: 'TypeError: Failed to fetch dynamically imported module' },
  ];

  it('says plainly, offline, that the grader was not downloaded, and never asks for a reload', () => {
    for (const outcome of loadFailures) {
      const message = describeUngraded(outcome, true);
      expect(message).toContain('You are offline and this part was not downloaded: the grader for this exercise.');
      expect(message).toContain('Nothing was recorded');
      expect(message).toContain('grade again once you are online');
      expect(message).not.toMatch(/reload|fault/i);
    }
  });

  it('online, says what failed and that a reload may help', () => {
    expect(describeUngraded({ kind: 'failed', message: 'the grading worker stopped' }, false)).toBe(
      'The answer could not be graded (the grading worker stopped). Nothing was recorded and your text is kept; reload the page and grade again.',
    );
    expect(describeUngraded({ kind: 'unavailable', message: 'TypeError: x' }, false)).toBe(
      'The grader for this exercise could not be loaded (TypeError: x). Nothing was recorded and your text is kept; grade again, or reload the page.',
    );
  });

  it('points to the report when the engine ran but judged nothing, and to the budget when it ran too long', () => {
    const report = grade(exercise, model, 'json');
    expect(describeUngraded({ kind: 'not-graded', report, ms: 1 }, true)).toBe(
      'This answer could not be graded; the report below says why. Nothing was recorded and your text is kept.',
    );
    expect(describeUngraded({ kind: 'over-budget', budgetMs: 1500 }, false)).toMatch(
      /^Grading was stopped after 1.5 seconds: .* Nothing was graded and your text is kept/,
    );
    expect(describeUngraded({ kind: 'over-budget', budgetMs: 20 }, false)).toMatch(/^Grading was stopped after 20 ms/);
  });
});
