/**
 * The author's half of each registered kind (see define-kind.ts): the schema of what an author writes, and the rubric
 * self-check that reads it against the answer schema. One line per kind, in the order the criterion union lists them
 * (its error for an unknown `kind` names them in this order). Apart from registered-kinds.ts, which the browser's
 * grading worker bundles, so that zod and the self-check stay out of it. A kind registered there without its line
 * here, or a line here for no registered kind, does not compile.
 */
import type { z } from 'zod';
import { checkCriterionSchema } from './check/check-criterion';
import { findCheckProblems } from './check/find-check-problems';
import { choiceCriterionSchema } from './choice/choice-criterion';
import { findChoiceProblems } from './choice/find-choice-problems';
import { findOrderProblems } from './order/find-order-problems';
import { orderCriterionSchema } from './order/order-criterion';
import type { Criterion, CriterionKind } from './registry';
import { findSchemaProblems } from './schema/find-schema-problems';
import { schemaCriterionSchema } from './schema/schema-criterion';
import { findSetProblems } from './set/find-set-problems';
import { setCriterionSchema } from './set/set-criterion';

/** The author's half of a kind, for the criterion of that kind. */
export interface AuthoredKind<KindCriterion> {
  /** What an author writes for a criterion of the kind; parses to exactly the criterion the kind grades. */
  schema: z.ZodType<KindCriterion>;
  /**
   * The rubric self-check: every problem of `criterion` read against `answerSchema` (a pointer, field or value it
   * names that the answer cannot hold, a value it leaves unclassified), each prefixed with `where` (`rubric[2]`).
   */
  findProblems: (criterion: KindCriterion, answerSchema: object, where: string) => string[];
}

/** Each registered kind's author's half, by the kind's name. */
export const authoredKinds = {
  schema: { schema: schemaCriterionSchema, findProblems: findSchemaProblems },
  order: { schema: orderCriterionSchema, findProblems: findOrderProblems },
  choice: { schema: choiceCriterionSchema, findProblems: findChoiceProblems },
  set: { schema: setCriterionSchema, findProblems: findSetProblems },
  check: { schema: checkCriterionSchema, findProblems: findCheckProblems },
} satisfies { [Kind in CriterionKind]: AuthoredKind<Extract<Criterion, { kind: Kind }>> };

/** The author's half of a criterion's kind, typed for the whole union. */
export function authoredKindOf(criterion: Criterion): AuthoredKind<Criterion> {
  // The entry under a criterion's `kind` is the one whose schema parsed it: a correlation between two unions the
  // compiler cannot follow, so it is stated here, once.
  return authoredKinds[criterion.kind] as unknown as AuthoredKind<Criterion>;
}
