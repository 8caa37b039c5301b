import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../graders/answer-schema/create-ajv';
import { gradeCriterion } from '../../../graders/rubric/grade-criterion';
import { makeCriterion } from '../support/criteria';

describe('gradeCriterion: each criterion goes to the grader of its kind', () => {
  const criterion = makeCriterion('schema', { at: '/plan', schema: { type: 'object' } });
  const validateAnswer = createAjv().compile({});

  it('grades a schema criterion with the validator compiled for its id', () => {
    const schemas = { validateAnswer, criterionValidators: new Map([['c', createAjv().compile(criterion.schema)]]) };
    expect(gradeCriterion(criterion, { plan: {} }, schemas).fraction).toBe(1);
  });

  it('earns nothing and says the exercise is broken when no validator was compiled for a schema criterion', () => {
    const outcome = gradeCriterion(criterion, { plan: {} }, { validateAnswer, criterionValidators: new Map() });
    expect(outcome).toStrictEqual({
      fraction: 0,
      details: [{ id: 'rubric.exercise-broken', params: { problem: expect.stringMatching(/\S/) } }],
      looked: [],
      inputs: [],
    });
  });
});
