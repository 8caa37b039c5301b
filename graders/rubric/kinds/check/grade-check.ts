/** Grades a `check` criterion by running its registered check. */
import { findCheck } from '../../../custom-checks/registry';
import type { CheckCriterion } from './check-criterion';
import type { CriterionOutcome } from '../../criterion-outcome';
import { deepInput } from '../../grading-input';

/**
 * Runs the named check; an unknown check (the exercise's fault, caught by its schema) earns nothing. A check's
 * messages are typed from its own wording, which the catalogue joins, so they are catalogue messages as they are.
 */
export function gradeCheck(criterion: CheckCriterion, answer: unknown): CriterionOutcome {
  const check = findCheck(criterion.check);
  if (check === undefined) {
    return {
      fraction: 0,
      details: [{ id: 'rubric.exercise-broken', params: { problem: `no check named "${criterion.check}"` } }],
      looked: [],
      inputs: [],
    };
  }
  const outcome = check.run(answer, criterion.params);
  return {
    fraction: Math.max(0, Math.min(1, outcome.fraction)),
    details: outcome.messages,
    flags: outcome.flags ?? [],
    looked: outcome.pointers,
    inputs: check.reads.map(deepInput),
  };
}
