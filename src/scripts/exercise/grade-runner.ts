/**
 * Grades answers in a Web Worker with a time budget. The engine bounds its own work (graders/parse/limits.ts), but a
 * page must never depend on that alone: a grade that runs over the budget is stopped (its worker terminated, a
 * fresh one started for the next grade) and reported as such, so the tab never hangs and the candidate is told why.
 */
import type { AnswerFormat, GradableExercise, GradeReport } from '../../../graders/index.ts';
import GradeWorker from './grade-worker.ts?worker';
import type { GradeWorkerRequest, GradeWorkerResponse } from './grade-worker.ts';

/** How a grade ended: a report, over the time budget, or the worker failed (it could not start, or crashed). */
export type GradeOutcome =
  | { kind: 'graded'; report: GradeReport; ms: number }
  | { kind: 'over-budget'; budgetMs: number }
  | { kind: 'failed'; message: string };

/**
 * How long a grade may take before it is stopped. Grading takes milliseconds and the engine bounds its own work; the
 * budget is the page's guarantee that the tab never hangs.
 */
export const DEFAULT_GRADE_BUDGET_MS = 10_000;

function describeDuration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} seconds` : `${ms} ms`;
}

/** What the candidate is told when an answer could not be graded in the browser. */
export function describeUngraded(outcome: Exclude<GradeOutcome, { kind: 'graded' }>): string {
  if (outcome.kind === 'over-budget')
    return `Grading was stopped after ${describeDuration(outcome.budgetMs)}: this answer takes too long to check, so it is far larger or more deeply nested than a design needs. Nothing was graded and your text is kept; shorten the answer and grade again.`;
  return `The answer could not be graded (${outcome.message}). Your text is kept; reload the page and grade again.`;
}

/** Grades one answer at a time; a request made while another runs waits for it. */
export interface GradeRunner {
  grade(source: string, format: AnswerFormat): Promise<GradeOutcome>;
}

/** Creates a runner for `exercise`; `budgetMs` is read at each grade. */
export function createGradeRunner(
  exercise: GradableExercise,
  budgetMs: () => number,
  createWorker: () => Worker = () => new GradeWorker(),
): GradeRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const startWorker = (): Worker => {
    const started = createWorker();
    const request: GradeWorkerRequest = { kind: 'exercise', exercise };
    started.postMessage(request);
    return started;
  };
  const stopWorker = (): void => {
    worker?.terminate();
    worker = undefined;
  };

  const run = (source: string, format: AnswerFormat): Promise<GradeOutcome> =>
    new Promise((resolve) => {
      const budget = budgetMs();
      let current: Worker;
      try {
        current = worker ??= startWorker();
      } catch (error) {
        resolve({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      const id = nextId++;
      const started = performance.now();
      const finish = (outcome: GradeOutcome): void => {
        clearTimeout(timer);
        current.removeEventListener('message', onMessage);
        current.removeEventListener('error', onError);
        resolve(outcome);
      };
      const overBudget = (): void => {
        stopWorker();
        finish({ kind: 'over-budget', budgetMs: budget });
      };
      const onMessage = (event: MessageEvent<GradeWorkerResponse>): void => {
        if (event.data.id !== id) return;
        // A reply that arrives after the budget (the page's own thread was busy) is over it all the same.
        if (performance.now() - started > budget) return overBudget();
        finish({ kind: 'graded', report: event.data.report, ms: event.data.ms });
      };
      const onError = (event: ErrorEvent): void => {
        stopWorker();
        finish({ kind: 'failed', message: event.message || 'the grading worker stopped' });
      };
      const timer = setTimeout(overBudget, budget);
      current.addEventListener('message', onMessage);
      current.addEventListener('error', onError);
      const request: GradeWorkerRequest = { kind: 'grade', id, source, format };
      current.postMessage(request);
    });

  return {
    grade(source, format) {
      const result = queue.then(() => run(source, format));
      queue = result;
      return result;
    },
  };
}
