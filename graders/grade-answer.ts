/**
 * The grading pipeline: read (JSON or TypeScript) → validate against the answer schema → run the rubric → report.
 * Pure and deterministic: the same exercise, text and format give the same report in the browser and in Node.
 * It takes the exercise's validators ready-made and compiles nothing, so the browser can run it with validators
 * generated at build time (no `new Function`, no `unsafe-eval`); `grade` (grade.ts) compiles them at run time.
 */
import { renderMessage } from './feedback/render-message';
import { createLocator, locateSpan } from './locate';
import { createLineIndex, type LineIndex } from './parse/line-index';
import { MAX_DIAGNOSTICS } from './parse/limits';
import { readAnswer, type AnswerFormat } from './parse/read-answer';
import type { SourceProblem } from './parse/read-result';
import type { Diagnostic, GradeReport } from './report';
import { reportNotGraded, roundPoints, runRubric, type RubricResult } from './rubric/run-rubric';
import type { CompiledSchemas } from './answer-schema/compile-exercise';
import { wordSchemaErrors, type SchemaIssue } from './answer-schema/word-schema-errors';
import type { ExerciseDefinition } from './authoring-schema/exercise-definition';

/**
 * What `grade` needs to know about an exercise: its parsed frontmatter with the facts its folder gives (rubric, pass
 * mark, id, chapter; see `defineExercise`) and its answer schema as a plain object. The site builds it at build time
 * from the content collection entry and the imported `answer.schema.json`; the CLI from the files on disk.
 */
export interface GradableExercise {
  frontmatter: ExerciseDefinition;
  answerSchema: object;
}

/** An exercise's validators, or why they could not be made (a broken schema: the exercise's fault, not the answer's). */
export type SchemaCompilation = { ok: true; compiled: CompiledSchemas } | { ok: false; problem: string };

/**
 * Grades `source`, written in `format`, against `exercise` with its `schemas`. Never throws: an error inside the
 * engine (a bug) becomes an `engine` diagnostic on a report that grades nothing, so a page or a cohort run always
 * gets a report.
 */
export function gradeAnswer(
  exercise: GradableExercise,
  schemas: SchemaCompilation,
  source: string,
  format: AnswerFormat,
): GradeReport {
  try {
    return gradeOrThrow(exercise, schemas, source, format);
  } catch (caught) {
    return reportInternalError(exercise, format, caught);
  }
}

function gradeOrThrow(
  exercise: GradableExercise,
  schemas: SchemaCompilation,
  source: string,
  format: AnswerFormat,
): GradeReport {
  const { frontmatter } = exercise;
  const text = typeof source === 'string' ? source : '';
  // One line index per answer: every diagnostic and location is placed with it.
  const lines = createLineIndex(text);
  const read = readAnswer(source, format);

  if (!read.ok || !schemas.ok) {
    const diagnostics = read.ok ? [] : read.problems.map((problem) => toReadDiagnostic(lines, problem));
    if (!schemas.ok)
      diagnostics.push({
        source: 'exercise',
        severity: 'error',
        message: renderMessage('rubric.exercise-broken', { problem: schemas.problem }),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      });
    const feedback = [
      renderMessage(schemas.ok ? 'rubric.not-graded-unreadable' : 'rubric.exercise-broken', {
        problem: schemas.ok ? '' : schemas.problem,
      }),
    ];
    const criteria = frontmatter.rubric.map((criterion) =>
      reportNotGraded(criterion, frontmatter.chapter, feedback, []),
    );
    return summarise(exercise, format, { criteria, redFlags: [] }, diagnostics);
  }

  const locate = createLocator(lines, read.spans);
  const valid = schemas.compiled.validateAnswer(read.value);
  const worded = valid ? [] : wordSchemaErrors(schemas.compiled.validateAnswer.errors ?? [], read.value);
  // Free text over its length and a name listed twice are worth saying, never worth withholding a grade for.
  const issues = worded.filter((issue) => !isAdvisory(issue));
  const result = runRubric(frontmatter.rubric, {
    chapter: frontmatter.chapter,
    answer: read.value,
    schemas: schemas.compiled,
    issues,
    locate,
  });
  const diagnostics: Diagnostic[] = read.warnings
    .slice(0, MAX_DIAGNOSTICS + 1)
    .map((problem) => toReadDiagnostic(lines, problem));
  for (const issue of worded) {
    // Only what can be listed is located; the rest is counted by capDiagnostics.
    if (diagnostics.length > MAX_DIAGNOSTICS) break;
    const place = locate(issue.mark.pointer, issue.mark.on);
    diagnostics.push({
      source: 'schema',
      // An error is what keeps a criterion from being graded; a field no criterion reads only warns.
      severity: result.blocking.has(issue) ? 'error' : 'warning',
      message: renderMessage(issue.messageId, issue.params),
      pointer: issue.pointer,
      line: place.line ?? 1,
      column: place.column ?? 1,
      endLine: place.endLine ?? place.line ?? 1,
      endColumn: place.endColumn ?? place.column ?? 1,
    });
  }
  const hidden = read.warnings.length + worded.length - diagnostics.length;
  return summarise(exercise, format, result, capDiagnostics(diagnostics, hidden));
}

/**
 * Keeps the first MAX_DIAGNOSTICS diagnostics and adds one that counts the rest (`hidden` were never located), so
 * 33,000 duplicate keys give a readable report instead of 33,000 markers.
 */
function capDiagnostics(diagnostics: Diagnostic[], hidden: number): Diagnostic[] {
  const over = diagnostics.length - MAX_DIAGNOSTICS + hidden;
  if (over <= 0) return diagnostics;
  const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
  const last = kept[kept.length - 1];
  kept.push({
    source: last?.source ?? 'read',
    severity: kept.some((diagnostic) => diagnostic.severity === 'error') ? 'error' : 'warning',
    message: renderMessage('limit.more-diagnostics', { count: over }),
    line: last?.line ?? 1,
    column: last?.column ?? 1,
    endLine: last?.endLine ?? 1,
    endColumn: last?.endColumn ?? 1,
  });
  return kept;
}

/** The report for an answer the engine failed on: nothing graded, and one diagnostic that says why. */
function reportInternalError(exercise: GradableExercise, format: AnswerFormat, caught: unknown): GradeReport {
  const problem = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
  const diagnostic: Diagnostic = {
    source: 'engine',
    severity: 'error',
    message: renderMessage('answer.internal-error', { problem: problem.slice(0, 200) }),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
  const { frontmatter } = exercise;
  const feedback = [renderMessage('rubric.not-graded-unreadable', {})];
  const criteria = frontmatter.rubric.map((criterion) => reportNotGraded(criterion, frontmatter.chapter, feedback, []));
  return summarise(exercise, format, { criteria, redFlags: [] }, [diagnostic]);
}

/** Schema problems that are shown as warnings and never stop a criterion from being graded. */
function isAdvisory(issue: SchemaIssue): boolean {
  return issue.messageId === 'schema.max-length' || issue.messageId === 'schema.unique-items';
}

function summarise(
  exercise: GradableExercise,
  format: AnswerFormat,
  { criteria, redFlags }: Pick<RubricResult, 'criteria' | 'redFlags'>,
  diagnostics: Diagnostic[],
): GradeReport {
  const max = roundPoints(criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0));
  const score = roundPoints(criteria.reduce((sum, criterion) => sum + criterion.points, 0));
  const percent = max === 0 ? 0 : Math.round((score / max) * 1000) / 10;
  const { passMark } = exercise.frontmatter;
  // Compare points, not the rounded percentage, so 79.96% never passes an 80% mark. A red flag fails any score,
  // and so does a criterion left ungraded: the error that blocks it could be hiding a red flag.
  const complete = criteria.every((criterion) => criterion.verdict !== 'not-graded');
  // The point of the question decides on its own: an essential criterion short of full marks keeps any score out.
  const essentialsMissed = criteria
    .filter((criterion) => criterion.essential && criterion.verdict !== 'pass')
    .map((criterion) => criterion.id);
  const passed =
    max > 0 &&
    score * 100 >= max * passMark - 1e-9 &&
    redFlags.length === 0 &&
    complete &&
    essentialsMissed.length === 0;
  // Only the answer's own errors make it incomplete: a broken exercise or an engine failure is not the candidate's to fix.
  const answerAtFault = diagnostics.every(
    (diagnostic) => diagnostic.severity === 'warning' || diagnostic.source === 'read' || diagnostic.source === 'schema',
  );
  const incomplete = !complete && redFlags.length === 0 && answerAtFault;
  return {
    exerciseId: exercise.frontmatter.id,
    format,
    score,
    max,
    percent,
    passMark,
    passed,
    incomplete,
    essentialsMissed,
    redFlags,
    criteria,
    diagnostics,
  };
}

function toReadDiagnostic(lines: LineIndex, problem: SourceProblem): Diagnostic {
  return {
    source: 'read',
    severity: problem.severity,
    message: renderMessage(problem.messageId, problem.params),
    ...locateSpan(lines, problem.span),
  };
}
