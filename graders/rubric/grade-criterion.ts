/** Grades a criterion with the grader of its registered kind (graders/rubric/kinds/). */
import type { CompiledSchemas } from '../answer-schema/compile-exercise';
import type { CriterionOutcome } from './criterion-outcome';
import { kindOf, type Criterion } from './kinds/registry';

/** Grades one criterion against the answer; pure, and safe on any answer shape. */
export function gradeCriterion(criterion: Criterion, answer: unknown, schemas: CompiledSchemas): CriterionOutcome {
  return kindOf(criterion).grade(criterion, answer, schemas);
}
