/**
 * Grades answers in a Web Worker with a time budget. The engine bounds its own work (graders/parse/limits.ts), but a
 * page must never depend on that alone: a grade that runs over the budget is stopped (its worker terminated, a
 * fresh one started for the next grade) and reported as such, so the tab never hangs and the candidate is told why.
 * Only a report that judged the answer is a grade (grade-outcome.ts); a worker or validators that could not load (not
 * downloaded, and offline) end the grade without one, and the next grade starts a fresh worker that tries again.
 */
import type { AnswerFormat, GradableExercise } from '../../../graders/index.ts';
import { classifyReport, type GradeOutcome } from '../grade-outcome.ts';
import GradeWorker from './grade-worker.ts?worker';
import type { GradeWorkerRequest, GradeWorkerResponse } from './grade-worker.ts';

/**
 * How long a grade may take before it is stopped. Grading takes milliseconds and the engine bounds its own work; the
 * budget is the page's guarantee that the tab never hangs.
 */
export const DEFAULT_GRADE_BUDGET_MS = 10_000;

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
        const response = event.data;
        if (response.id !== id) return;
        if (response.kind === 'unavailable') {
          // A fresh worker loads the validators again at the next grade; this one may remember the failed module.
          stopWorker();
          finish({ kind: 'unavailable', message: response.problem });
          return;
        }
        // A reply that arrives after the budget (the page's own thread was busy) is over it all the same.
        if (performance.now() - started > budget) return overBudget();
        finish(classifyReport(response.report, response.ms));
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
