import { z } from 'zod';
import { checkCriterionSchema } from './criteria/check-criterion';
import { choiceCriterionSchema } from './criteria/choice-criterion';
import { orderCriterionSchema } from './criteria/order-criterion';
import { schemaCriterionSchema } from './criteria/schema-criterion';
import { setCriterionSchema } from './criteria/set-criterion';

/** One rubric criterion; `kind` says which small schema applies. */
export const criterionSchema = z.discriminatedUnion('kind', [
  schemaCriterionSchema,
  orderCriterionSchema,
  choiceCriterionSchema,
  setCriterionSchema,
  checkCriterionSchema,
]);

export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];
