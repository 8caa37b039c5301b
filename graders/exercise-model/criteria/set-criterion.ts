import { z } from 'zod';
import { memberSchema, neutralValuesSchema } from '../feedback';
import { pickField, targetFields } from '../target';
import { criterionBase } from './common';

/**
 * `set`: the members of a list, compared with required and forbidden ones, order ignored. Credit is the recall of
 * required members (out of `enough` if given); any forbidden member fails the criterion, so listing everything
 * never pays; listing every required and every forbidden value at once is a red flag of its own (a hedge, not a
 * decision). Every value the list can hold must be classified: `required`, `forbidden` or `neutral`.
 */
export const setCriterionSchema = z.strictObject({
  kind: z.literal('set'),
  ...criterionBase,
  ...targetFields,
  /** The field of each list item to read (e.g. `consumers`); list values are flattened. */
  pick: pickField,
  /** Members that should be there. */
  required: z.array(memberSchema).default([]),
  /** Members that should not be there. */
  forbidden: z.array(memberSchema).default([]),
  /** Members that may be there or not: they cost nothing and earn nothing. */
  neutral: neutralValuesSchema,
  /** How many required members give full recall, when any `enough` of them will do; default all. */
  enough: z.number().int().positive().optional(),
});

export type SetCriterion = z.infer<typeof setCriterionSchema>;
