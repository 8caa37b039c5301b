import { z } from 'zod';
import { authoredKinds } from '../rubric/kinds/authored-kinds';
import type { CriterionKind } from '../rubric/kinds/registry';

export type { Criterion, CriterionKind } from '../rubric/kinds/registry';

/** A registered kind's schema. */
type KindSchema = (typeof authoredKinds)[CriterionKind]['schema'];

/**
 * One rubric criterion; `kind` says which small schema applies: one per registered kind (graders/rubric/kinds/), in
 * the order of authored-kinds.ts.
 */
export const criterionSchema = z.discriminatedUnion(
  'kind',
  Object.values(authoredKinds).map((kind) => kind.schema) as [KindSchema, ...KindSchema[]],
);
