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

/**
 * What the worker answers to each `grade` request: a report with the time the engine took, or, when the exercise's
 * validators could not be loaded (not downloaded, and no network), why. The page then stops this worker, so the next
 * grade starts afresh and loads them again: a browser may remember a module that failed to load.
 */
export type GradeWorkerResponse =
  | { id: number; kind: 'report'; report: ReturnType<typeof gradeAnswer>; ms: number }
  | { id: number; kind: 'unavailable'; problem: string };

/** The exercise's validators, or why they could not be loaded (the network's doing, not the exercise's). */
type LoadedSchemas = { loaded: true; schemas: SchemaCompilation } | { loaded: false; problem: string };

let exercise: GradableExercise | undefined;
let schemas: Promise<LoadedSchemas> | undefined;

/**
 * The exercise's generated validators. A module that was never generated, or does not hold validators, is the
 * exercise's fault and graded as such; a module that could not be fetched is nobody's fault, and no grade.
 */
async function loadSchemas(id: string): Promise<LoadedSchemas> {
  const load = validatorLoaders[id];
  if (load === undefined)
    return { loaded: true, schemas: { ok: false, problem: `no validators were generated for the exercise "${id}"` } };
  let module: Awaited<ReturnType<typeof load>>;
  try {
    module = await load();
  } catch (caught) {
    return { loaded: false, problem: String(caught) };
  }
  try {
    return { loaded: true, schemas: { ok: true, compiled: toCompiledSchemas(module) } };
  } catch (caught) {
    return { loaded: true, schemas: { ok: false, problem: `its validators could not be read: ${String(caught)}` } };
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
  void schemas.then((loaded) => {
    if (!loaded.loaded) {
      const response: GradeWorkerResponse = { id: request.id, kind: 'unavailable', problem: loaded.problem };
      self.postMessage(response);
      return;
    }
    const started = performance.now();
    const report = gradeAnswer(gradable, loaded.schemas, request.source, request.format);
    const response: GradeWorkerResponse = { id: request.id, kind: 'report', report, ms: performance.now() - started };
    self.postMessage(response);
  });
});
