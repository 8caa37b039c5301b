/** Dispatches a criterion to the grader of its kind. */
import type { CompiledSchemas } from '../answer-schema/compile-exercise';
import type { Criterion } from '../authoring-schema/criterion';
import type { CriterionOutcome } from './criterion-outcome';
import { gradeCheck } from './kinds/check/grade-check';
import { gradeChoice } from './kinds/choice/grade-choice';
import { gradeOrder } from './kinds/order/grade-order';
import { gradeSchemaCriterion } from './kinds/schema/grade-schema-criterion';
import { gradeSet } from './kinds/set/grade-set';

/** Grades one criterion against the answer; pure, and safe on any answer shape. */
export function gradeCriterion(criterion: Criterion, answer: unknown, schemas: CompiledSchemas): CriterionOutcome {
  switch (criterion.kind) {
    case 'schema': {
      const validate = schemas.criterionValidators.get(criterion.id);
      if (validate === undefined)
        return {
          fraction: 0,
          details: [{ id: 'rubric.exercise-broken', params: { problem: 'its schema was not compiled' } }],
          looked: [],
          inputs: [],
        };
      return gradeSchemaCriterion(criterion, answer, validate);
    }
    case 'order':
      return gradeOrder(criterion, answer);
    case 'choice':
      return gradeChoice(criterion, answer);
    case 'set':
      return gradeSet(criterion, answer);
    case 'check':
      return gradeCheck(criterion, answer);
  }
}
