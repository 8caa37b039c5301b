import { z } from 'zod';
import { memberSchema } from '../feedback';
import { pickField, targetFields } from '../target';
import { criterionBase } from './common';

/**
 * `set`: the members of a list, compared with required and forbidden ones, order ignored. Credit is the F1 score of
 * recall (required members present, capped by `enough`) and precision (required among the graded members present;
 * members neither required nor forbidden are neutral).
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
  /** How many required members give full recall, when any `enough` of them will do; default all. */
  enough: z.number().int().positive().optional(),
});

export type SetCriterion = z.infer<typeof setCriterionSchema>;
