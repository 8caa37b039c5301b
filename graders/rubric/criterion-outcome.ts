import type { Catalogue } from '../feedback/catalogue';
import type { Message } from '../feedback/message';
import type { GradingInput } from './grading-input';

/**
 * A mistake that fails the whole answer whatever its score: a red flag the exercise declared, or a contradiction
 * (the same thing declared twice, differently), which no answer can be graded as right.
 */
export interface OutcomeFlag {
  kind: 'red-flag' | 'contradiction';
  message: Message<Catalogue>;
  /** The takeaway the mistake shows missed, when the rubric names one other than the criterion's. */
  takeaway?: string;
}

/** What a criterion grader found, before points, verdicts and wording are applied by the rubric runner. */
export interface CriterionOutcome {
  /** Share of the criterion's points earned, 0..1. */
  fraction: number;
  /** What to say about the criterion: any message of the catalogue, a check's own included. */
  details: Message<Catalogue>[];
  /** Red flags and contradictions found; each fails the answer. */
  flags?: OutcomeFlag[];
  /** The parts of the answer the grader looked at, to mark in the editor. */
  looked: string[];
  /**
   * How each part it graded one by one fared (an item of a `choice`, a member of a `set`), so a drawing marks each
   * part by its own grade rather than the criterion's: three right reactions stay right beside a fourth wrong one.
   */
  graded?: { pointer: string; fraction: number }[];
  /** Every part the grader's result depends on: a schema error related to any of them means "not graded". */
  inputs: GradingInput[];
}

/**
 * The flag raised when a rule carrying a red flag is broken: its name first, then why; with the takeaway it misses
 * when the rule names one other than the criterion's.
 */
export function raiseRedFlag(
  name: string,
  why: string | undefined,
  pointer: string | undefined,
  takeaway?: string,
): OutcomeFlag {
  const message: Message<Catalogue> = { id: 'flag.red-flag', params: { name, detail: why ?? '' } };
  if (pointer !== undefined) message.pointer = pointer;
  return takeaway === undefined ? { kind: 'red-flag', message } : { kind: 'red-flag', message, takeaway };
}
