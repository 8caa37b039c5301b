import type { CheckMessage } from '../checks/define-check';
import type { MessageId } from '../feedback/catalogue';
import type { GradingInput } from './grading-input';

/**
 * A detail a grader wants said about a criterion, optionally tied to a place in the answer: the very shape a check's
 * message has, with an id from the whole catalogue.
 */
export type OutcomeDetail = CheckMessage<MessageId>;

/**
 * A mistake that fails the whole answer whatever its score: a red flag the exercise declared, or a contradiction
 * (the same thing declared twice, differently), which no answer can be graded as right.
 */
export interface OutcomeFlag {
  kind: 'red-flag' | 'contradiction';
  message: OutcomeDetail;
}

/** What a criterion grader found, before points, verdicts and wording are applied by the rubric runner. */
export interface CriterionOutcome {
  /** Share of the criterion's points earned, 0..1. */
  fraction: number;
  details: OutcomeDetail[];
  /** Red flags and contradictions found; each fails the answer. */
  flags?: OutcomeFlag[];
  /** The parts of the answer the grader looked at, to mark in the editor. */
  looked: string[];
  /** Every part the grader's result depends on: a schema error related to any of them means "not graded". */
  inputs: GradingInput[];
}

/** The flag raised when a rule carrying a red flag is broken: its name first, then why. */
export function raiseRedFlag(name: string, why: string | undefined, pointer: string | undefined): OutcomeFlag {
  const message: OutcomeDetail = { id: 'flag.red-flag', params: { name, detail: why ?? '' } };
  if (pointer !== undefined) message.pointer = pointer;
  return { kind: 'red-flag', message };
}
