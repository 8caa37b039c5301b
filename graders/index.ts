/**
 * The grading engine's public surface. Pure TypeScript: no DOM, no Astro, no Node built-ins, so the exercise page
 * and the Node tooling run the very same code. Everything the site uses from the engine is exported from here; what
 * only Node tooling needs (reading exercises from disk, the commands) is the other surface, graders/tooling/index.ts.
 */

// Grading: one pipeline (grade-answer.ts), two doors. `grade` compiles the exercise's validators with ajv as it goes
// (Node, tests); `gradeAnswer` takes validators made elsewhere, as the browser's are, printed at build time: a page may
// not compile code under the site's CSP, and ajv's compiler would triple the grading worker (engine-size.test.ts).
export { grade, type GradableExercise } from './grade';
export { gradeAnswer, type SchemaCompilation } from './grade-answer';
export {
  createValidatorPrinter,
  printValidatorModule,
  type ValidatorPrinter,
} from './answer-schema/print-validator-module';
export { toCompiledSchemas, type PrecompiledValidators } from './answer-schema/precompiled-schemas';
// ajv's runtime helpers that printed validators call (the export file's validators are printed by the site).
export { ajvRuntime } from './answer-schema/ajv-runtime';
export type { AnswerLocation, CriterionReport, Diagnostic, GradeReport, RedFlag, Verdict } from './report';

// Reading answers (the page also uses the parsed value to draw the design).
export { readAnswer, type AnswerFormat } from './parse/read-answer';
export { MAX_SOURCE_LENGTH } from './parse/limits';
export { createLineIndex } from './parse/line-index';

// Exercise frontmatter and rubric schemas (zod), for the content collection, the CLI and the tests.
export { exerciseFrontmatterSchema, type Curveball } from './authoring-schema/exercise-frontmatter';
export { findCurveballOnlyFields } from './authoring-schema/curveball-fields';
export type { Criterion } from './authoring-schema/criterion';
export { listCriterionReads, type FieldRead } from './rubric/criterion-reads';
export { defineExercise, type ExerciseDefinition } from './authoring-schema/exercise-definition';
export { slugSchema, takeawayIdSchema } from './authoring-schema/ids';
export { sampleSchema } from './authoring-schema/sample';
export {
  blindReadingSchema,
  calibrationAnswerSchema,
  interviewVerdictSchema,
  type BlindReading,
  type CalibrationAnswer,
  type InterviewVerdict,
} from './authoring-schema/calibration-answer';

// What the course declares besides exercises: its chapters, a lesson's frontmatter, the components an exercise may use.
export { chapters, type Chapter } from './course/chapters';
export { lessonFieldsSchema, type InterviewQuestion, type Takeaway } from './course/lesson';
export { EXERCISE_COMPONENT_NAMES, type ExerciseComponentName } from './course/exercise-component-names';

// The answer vocabulary every exercise schema references.
export { default as vocabularySchema } from './vocabulary/vocabulary.schema.json' with { type: 'json' };

// How answers are drawn: the `x-diagram` annotations of an answer schema, read while walking an answer.
export {
  DIAGRAM_KEYWORD,
  type DiagramAnnotation,
  type EdgeEnd,
  type EdgeLine,
  type NodeShape,
} from './answer-schema/diagram-annotation';
export { annotationsOf, listDeclaredKinds } from './answer-schema/read-diagram-annotations';

// The JSON Schema toolkit: JSON pointers, `$ref` resolution across the answer schema and the vocabulary, and the
// schema parts (`$ref` followed, `allOf` flattened) at a place of the answer. Every reader of a schema uses these.
export {
  appendPointer,
  escapePointerToken,
  isIndexToken,
  resolvePointer,
  splitPointer,
  unescapePointerToken,
} from './json-schema/json-pointer';
export {
  readAnswerSchema,
  readKeyword,
  toSchemaDocument,
  type AnswerSchemaReading,
  type SchemaDocument,
  type SchemaObject,
  type SchemaReading,
} from './json-schema/schema-document';
export { findRefTarget, placeKey, readRef, readSchemaAt, type SchemaPlace } from './json-schema/resolve-ref';
export {
  describesList,
  flattenSchema,
  keepObjectParts,
  readChildParts,
  readItemParts,
  readPropertyParts,
  readRootParts,
  type SchemaObjectPart,
  type SchemaPart,
} from './json-schema/schema-parts';

// What a schema says while a mock's curveball is hidden.
export { BEFORE_CURVEBALL_KEYWORD, type BeforeCurveballAnnotation } from './answer-schema/before-curveball-annotation';

// Feedback wording and checks.
export { catalogue, type MessageId, type MessageParams, type Severity } from './feedback/catalogue';
export { renderMessage, type FeedbackMessage } from './feedback/render-message';

// Takeaway links, shared with the lesson components.
export { lessonOfTakeaway, takeawayAnchor, takeawayHref } from './links';

// The one plain-object test, shared with the site's schema and answer readers.
export { isPlainObject } from './is-plain-object';
