/** Grades a `check` criterion by running its registered check. */
import { findCheck } from '../checks/registry';
import type { CheckCriterion } from '../exercise-model/criteria/check-criterion';
import type { CheckMessage } from '../checks/define-check';
import type { MessageId } from '../feedback/catalogue';
import type { CriterionOutcome, OutcomeDetail } from './criterion-outcome';
import { deepInput } from './grading-input';

/** Runs the named check; an unknown check (the exercise's fault, caught by its schema) earns nothing. */
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
    details: outcome.messages.map(toDetail),
    flags: (outcome.flags ?? []).map((flag) => ({ kind: flag.kind, message: toDetail(flag.message) })),
    looked: outcome.pointers,
    inputs: check.reads.map(deepInput),
  };
}

/**
 * A check's message as the rubric runner takes it. A registered check's message ids are its own `messages` keys, and
 * the registry adds every registered check's messages to the catalogue, so the id is a catalogue id.
 */
function toDetail(message: CheckMessage): OutcomeDetail {
  const id = message.id as MessageId;
  return message.pointer === undefined
    ? { id, params: message.params }
    : { id, params: message.params, pointer: message.pointer };
}
