/**
 * The grading worker: runs the engine off the page's main thread, so the editor stays responsive while an answer is
 * graded and a page can stop a grading that runs over its time budget by terminating this worker. The exercise is
 * sent once; its validators were generated at build time (src/integrations/exercise-validators.ts) and are imported
 * once, so nothing here compiles code: the site's Content-Security-Policy forbids `eval` and `new Function`.
 */
import { validatorLoaders } from 'virtual:exercise-validators';
import {
  gradeAnswer,
  toCompiledSchemas,
  type AnswerFormat,
  type GradableExercise,
  type SchemaCompilation,
} from '../../../graders/index.ts';

/** What the page sends: the exercise once, then answers to grade. */
export type GradeWorkerRequest =
  | { kind: 'exercise'; exercise: GradableExercise }
  | { kind: 'grade'; id: number; source: string; format: AnswerFormat };

/** What the worker answers: one report per `grade` request, with the time the engine took. */
export interface GradeWorkerResponse {
  id: number;
  report: ReturnType<typeof gradeAnswer>;
  ms: number;
}

let exercise: GradableExercise | undefined;
let schemas: Promise<SchemaCompilation> | undefined;

/** The exercise's generated validators; a missing or unloadable module is the exercise's fault, and reported so. */
async function loadSchemas(id: string): Promise<SchemaCompilation> {
  const load = validatorLoaders[id];
  if (load === undefined) return { ok: false, problem: `no validators were generated for the exercise "${id}"` };
  try {
    return { ok: true, compiled: toCompiledSchemas(await load()) };
  } catch (caught) {
    return { ok: false, problem: `its validators could not be loaded: ${String(caught)}` };
  }
}

self.addEventListener('message', (event: MessageEvent<GradeWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'exercise') {
    exercise = request.exercise;
    schemas = loadSchemas(exercise.frontmatter.id);
    return;
  }
  if (exercise === undefined || schemas === undefined)
    throw new Error('grade worker: the exercise must be sent before an answer');
  const gradable = exercise;
  // Requests wait for the same promise, so their replies keep the order they were sent in.
  void schemas.then((compiled) => {
    const started = performance.now();
    const report = gradeAnswer(gradable, compiled, request.source, request.format);
    const response: GradeWorkerResponse = { id: request.id, report, ms: performance.now() - started };
    self.postMessage(response);
  });
});
