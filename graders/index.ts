/**
 * The grading engine's public surface. Pure TypeScript: no DOM, no Astro, no Node built-ins, so the exercise page
 * and the CLI run the very same code. Everything the site and the CLI use is exported from here.
 */

// Grading.
export { grade, type GradableExercise } from './grade';
// Grading with validators made elsewhere: the browser's are printed at build time (no code compiled in the page).
export { gradeAnswer, type SchemaCompilation } from './grade-answer';
export { createValidatorPrinter, printValidatorModule, type ValidatorPrinter } from './schema/print-validator-module';
export { toCompiledSchemas, type PrecompiledValidators } from './schema/precompiled-schemas';
export type { AnswerLocation, CriterionReport, Diagnostic, GradeReport, RedFlag, Verdict } from './report';

// Reading answers (the page also uses the parsed value to draw the design).
export { readAnswer, type AnswerFormat } from './parse/read-answer';
export type { AnswerSpans, ReadResult, SourceProblem, Span } from './parse/read-result';
export { MAX_DEPTH, MAX_EXPANDED_VALUES, MAX_SOURCE_LENGTH } from './parse/limits';
export { createLineIndex, type LineIndex, type Position } from './parse/line-index';

// Exercise frontmatter and rubric schemas (zod), for the content collection, the CLI and the tests.
export {
  answerFormatSchema,
  exerciseFrontmatterSchema,
  type ExerciseFrontmatter,
  type ExerciseFrontmatterInput,
} from './schemas/exercise-frontmatter';
export { defineExercise, splitExerciseEntryId, type ExerciseDefinition } from './schemas/exercise-definition';
export { criterionSchema, type Criterion, type CriterionKind } from './schemas/criterion';
export { sampleSchema, type Sample } from './schemas/sample';
export { formatIssuePath } from './schemas/format-issue-path';

// The answer vocabulary every exercise schema references, and a validator factory that knows it.
export { default as vocabularySchema } from './vocabulary/vocabulary.schema.json' with { type: 'json' };
export { VOCABULARY_ID, createAjv } from './schema/create-ajv';

// Feedback wording and checks.
export { catalogue, type MessageId, type MessageParams, type Severity } from './feedback/catalogue';
export { renderMessage, type FeedbackMessage } from './feedback/render-message';
export { checkRegistry } from './checks/registry';
export type { RegisteredCheck } from './checks/define-check';

// Takeaway links, shared with the lesson components.
export { takeawayAnchor, takeawayHref } from './links';
