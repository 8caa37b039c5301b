/**
 * How a grade in the browser ended, and what the candidate is told when it did not end in a grade. Only a `graded`
 * outcome is a grade: the page records it as an attempt and counts it in the exercise list. Everything else (the
 * grader could not load or start, ran over its time budget, or could not judge the answer because the exercise or
 * the engine failed) is said plainly and never recorded.
 */
import type { GradeReport } from '../../graders/index.ts';

/** How a grade ended. */
export type GradeOutcome =
  /** The engine judged the answer: a grade, recorded as an attempt. */
  | { kind: 'graded'; report: GradeReport; ms: number }
  /** The engine ran but judged nothing, through no fault of the answer (a broken exercise, an engine error). */
  | { kind: 'not-graded'; report: GradeReport; ms: number }
  /** Stopped after the time budget. */
  | { kind: 'over-budget'; budgetMs: number }
  /** The grading worker could not start (its script did not load) or stopped. */
  | { kind: 'failed'; message: string }
  /** The worker ran, but the exercise's validators could not be loaded (not downloaded, and no network). */
  | { kind: 'unavailable'; message: string };

/** An outcome that is not a grade. */
export type UngradedOutcome = Exclude<GradeOutcome, { kind: 'graded' }>;

/**
 * A report judges the answer unless the exercise or the engine failed (a diagnostic of theirs): then every criterion
 * is left ungraded whatever the answer says, and the report is no attempt. An answer that cannot be read is judged:
 * that is the answer's doing, and the candidate's attempt.
 */
export function classifyReport(report: GradeReport, ms: number): GradeOutcome {
  const failed = report.diagnostics.some(
    (diagnostic) => diagnostic.source === 'exercise' || diagnostic.source === 'engine',
  );
  return { kind: failed ? 'not-graded' : 'graded', report, ms };
}

function describeDuration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} seconds` : `${ms} ms`;
}

/**
 * What the candidate is told when an answer was not graded. `offline`: the network cannot be reached, so a part that
 * failed to load was not downloaded; reloading cannot help then, being online again can.
 */
export function describeUngraded(outcome: UngradedOutcome, offline: boolean): string {
  switch (outcome.kind) {
    case 'over-budget':
      return `Grading was stopped after ${describeDuration(outcome.budgetMs)}: this answer takes too long to check, so it is far larger or more deeply nested than a design needs. Nothing was graded and your text is kept; shorten the answer and grade again.`;
    case 'not-graded':
      return 'This answer could not be graded; the report below says why. Nothing was recorded and your text is kept.';
    case 'failed':
    case 'unavailable':
      if (offline)
        return 'You are offline and this part was not downloaded: the grader for this exercise. Nothing was recorded and your text is kept; grade again once you are online.';
      return outcome.kind === 'failed'
        ? `The answer could not be graded (${outcome.message}). Nothing was recorded and your text is kept; reload the page and grade again.`
        : `The grader for this exercise could not be loaded (${outcome.message}). Nothing was recorded and your text is kept; grade again, or reload the page.`;
  }
}
