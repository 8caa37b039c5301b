/**
 * A rubric kind is one folder, graders/rubric/kinds/<kind>/: its author's schema (`<kind>-criterion.ts`, zod), its
 * grading, its rubric self-check against the answer schema (`find-<kind>-problems.ts`), its messages and the fields it
 * reads. The folder's index.ts defines the grading half with one `defineKind` call, registered by one line in
 * registered-kinds.ts: grading, the catalogue, the reads, the criterion type and the report's kind list are loops over,
 * or types derived from, that registry. The author's half (the schema and the self-check) is one line in
 * authored-kinds.ts, which does not compile until every registered kind has its line there.
 *
 * Two halves because the grading half is what the browser's grading worker bundles: zod (450 KB) and the self-check
 * (the JSON Schema reader and the answer vocabulary, 6 KB gzip) must stay out of it (test/graders/engine-size.test.ts).
 */
import type { CompiledSchemas } from '../../answer-schema/compile-exercise';
import type { Wording } from '../../feedback/catalogue-entry';
import type { CriterionOutcome } from '../criterion-outcome';
import type { FieldRead } from './target-reads';

/** What every criterion is, whatever its kind: the fields the runner reads (see authoring-schema/criterion-base.ts). */
export interface CriterionCommon<Name extends string = string> {
  kind: Name;
  id: string;
}

/** A kind as its folder defines it: everything but the zod schema, typed by the criterion that schema parses. */
export interface RubricKind<Criterion extends CriterionCommon, Messages extends Wording> {
  /** The `kind` an author writes. */
  name: Criterion['kind'];
  /** Every message the kind's grading can say; they join the engine's catalogue (graders/feedback/catalogue.ts). */
  messages: Messages;
  /** Grades one criterion of this kind; pure, and safe on any answer shape. */
  grade: (criterion: Criterion, answer: unknown, schemas: CompiledSchemas) => CriterionOutcome;
  /**
   * The JSON Schema a criterion of this kind validates its target with, and the field it is written in (the `schema`
   * kind's `schema`): compiled with the exercise (by ajv in Node, printed at build for the browser), its validator
   * reaches `grade` in `schemas.criterionValidators` by criterion id. Left out by the kinds that need none.
   */
  jsonSchemaOf?: (criterion: Criterion) => { field: string; schema: object };
  /** The parts of the answer the criterion reads, known from the rubric alone (see graders/rubric/criterion-reads.ts). */
  listReads: (criterion: Criterion) => FieldRead[];
}

/** Defines a rubric kind; the identity, typed, so that a kind's parts are checked against its criterion and messages. */
export function defineKind<Criterion extends CriterionCommon, Messages extends Wording>(
  kind: RubricKind<Criterion, Messages>,
): RubricKind<Criterion, Messages> {
  return kind;
}
