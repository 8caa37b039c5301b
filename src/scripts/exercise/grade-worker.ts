/**
 * The grading worker: runs the engine off the page's main thread, so the editor stays responsive while an answer is
 * graded and a page can stop a grading that runs over its time budget by terminating this worker. The exercise is
 * sent once, so its compiled schemas are reused by every grade (the engine caches them by object).
 */
import { grade, type AnswerFormat, type GradableExercise } from '../../../graders/index.ts';

/** What the page sends: the exercise once, then answers to grade. */
export type GradeWorkerRequest =
  | { kind: 'exercise'; exercise: GradableExercise }
  | { kind: 'grade'; id: number; source: string; format: AnswerFormat };

/** What the worker answers: one report per `grade` request, with the time the engine took. */
export interface GradeWorkerResponse {
  id: number;
  report: ReturnType<typeof grade>;
  ms: number;
}

let exercise: GradableExercise | undefined;

self.addEventListener('message', (event: MessageEvent<GradeWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'exercise') {
    exercise = request.exercise;
    return;
  }
  if (exercise === undefined) throw new Error('grade worker: the exercise must be sent before an answer');
  const started = performance.now();
  const report = grade(exercise, request.source, request.format);
  const response: GradeWorkerResponse = { id: request.id, report, ms: performance.now() - started };
  self.postMessage(response);
});
