import type { MessageId, MessageParams } from '../feedback/catalogue';
import type { GradingInput } from './grading-input';

/** A detail a grader wants said about a criterion, optionally tied to a place in the answer. */
export interface OutcomeDetail {
  id: MessageId;
  params: MessageParams;
  pointer?: string;
}

/** What a criterion grader found, before points, verdicts and wording are applied by the rubric runner. */
export interface CriterionOutcome {
  /** Share of the criterion's points earned, 0..1. */
  fraction: number;
  details: OutcomeDetail[];
  /** The parts of the answer the grader looked at, to mark in the editor. */
  looked: string[];
  /** Every part the grader's result depends on: a schema error related to any of them means "not graded". */
  inputs: GradingInput[];
}
