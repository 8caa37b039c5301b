/**
 * `grade`: the grading pipeline with the exercise's validators compiled at run time (ajv, `new Function`). The CLI and
 * the tests use it; the browser grades with validators generated at build time instead (`gradeAnswer` with
 * `loadPrecompiledSchemas`), since a strict Content-Security-Policy forbids compiling code in the page.
 */
import { gradeAnswer, type GradableExercise, type SchemaCompilation } from './grade-answer';
import type { AnswerFormat } from './parse/read-answer';
import type { GradeReport } from './report';
import { compileExercise } from './answer-schema/compile-exercise';

export type { GradableExercise } from './grade-answer';

/** Grades `source`, written in `format`, against `exercise`. Never throws (see `gradeAnswer`). */
export function grade(exercise: GradableExercise, source: string, format: AnswerFormat): GradeReport {
  return gradeAnswer(exercise, compileSafely(exercise), source, format);
}

/** Compiling can only fail for a broken exercise; that is reported, not thrown, so a page never crashes on it. */
function compileSafely(exercise: GradableExercise): SchemaCompilation {
  try {
    return {
      ok: true,
      compiled: compileExercise(exercise.frontmatter.id, exercise.answerSchema, exercise.frontmatter.rubric),
    };
  } catch (caught) {
    return { ok: false, problem: caught instanceof Error ? caught.message : String(caught) };
  }
}
