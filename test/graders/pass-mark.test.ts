import { describe, expect, it } from 'vitest';
import { grade, type GradableExercise } from '../../graders/grade';
import { defineFixture, fixtureAnswer, fixtureFrontmatter, fixtureSchema } from './support/fixture-exercise';

/** Set criteria worth `earned` (the fixture answer meets it) and `missed` (it cannot) points, with `passMark`. */
function exerciseScoring(
  earned: number,
  missed: number,
  passMark: number,
  essential: readonly string[] = [],
): GradableExercise {
  const setCriterion = (id: string, points: number, required: string[]) => ({
    essential: essential.includes(id),
    kind: 'set',
    id,
    title: `OrderPlaced reaches ${required.join(', ')}.`,
    takeaway: 'microservices.sync-vs-async',
    points,
    at: '/events',
    where: { name: 'OrderPlaced' },
    pick: 'consumers',
    right: required,
    feedback: { pass: 'Reached.', fail: 'Not reached.' },
  });
  const rubric = [setCriterion('earned', earned, ['delivery']), setCriterion('missed', missed, ['billing'])];
  return { frontmatter: defineFixture({ ...fixtureFrontmatter, passMark, rubric }), answerSchema: fixtureSchema };
}

const source = JSON.stringify(fixtureAnswer);

describe('the pass mark', () => {
  it('is not enough while an essential criterion (the point of the question) misses full marks', () => {
    const report = grade(exerciseScoring(9, 1, 80, ['missed']), source, 'json');
    expect(report).toMatchObject({ percent: 90, passed: false, essentialsMissed: ['missed'], redFlags: [] });
    expect(report.criteria.map((criterion) => criterion.essential)).toEqual([false, true]);
    const unmarked = grade(exerciseScoring(9, 1, 80), source, 'json');
    expect(unmarked).toMatchObject({ percent: 90, passed: true, essentialsMissed: [] });
  });

  it('is reached by a score exactly at it, even when floating point puts the score a hair below', () => {
    // 0.57 × 100 is 56.99999999999999 in floating point: the answer has exactly 57 % and must pass a 57 % mark.
    const report = grade(exerciseScoring(0.57, 0.43, 57), source, 'json');
    expect(report).toMatchObject({ score: 0.57, max: 1, percent: 57, passed: true });
  });

  it('is not reached by a score a hundredth of a percent below it', () => {
    const report = grade(exerciseScoring(0.57, 0.43, 57.01), source, 'json');
    expect(report).toMatchObject({ score: 0.57, max: 1, passed: false });
  });

  it('compares points, not the rounded percentage: 79.96 % fails an 80 % mark though it shows as 80 %', () => {
    const report = grade(exerciseScoring(19.99, 5.01, 80), source, 'json');
    expect(report).toMatchObject({ score: 19.99, max: 25, percent: 80, passed: false });
  });

  it('is not reached while a criterion is left ungraded, whatever the others score', () => {
    const exercise: GradableExercise = {
      frontmatter: defineFixture({ ...fixtureFrontmatter, passMark: 50 }),
      answerSchema: fixtureSchema,
    };
    const withoutCalls: Partial<typeof fixtureAnswer> = { ...fixtureAnswer };
    delete withoutCalls.calls;
    const report = grade(exercise, JSON.stringify(withoutCalls), 'json');
    expect(report.criteria.map((criterion) => criterion.verdict)).toEqual(['not-graded', 'pass', 'pass']);
    expect(report).toMatchObject({ score: 4, max: 8, percent: 50, redFlags: [], passed: false });
  });
});
