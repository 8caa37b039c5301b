import { z } from 'zod';
import { checkCriterionSchema } from '../rubric/kinds/check/check-criterion';
import { choiceCriterionSchema } from '../rubric/kinds/choice/choice-criterion';
import { orderCriterionSchema } from '../rubric/kinds/order/order-criterion';
import { schemaCriterionSchema } from '../rubric/kinds/schema/schema-criterion';
import { setCriterionSchema } from '../rubric/kinds/set/set-criterion';

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
