import { z } from 'zod';
import { neutralValuesSchema, rightEntrySchema, wrongEntriesSchema } from '../../../authoring-schema/feedback';
import { pickField, targetFields } from '../../../authoring-schema/target';
import { criterionBase } from '../../../authoring-schema/criterion-base';

/**
 * `set`: the members of a list, compared with the right and wrong ones, order ignored. Credit is the recall of
 * right members (out of `enough` if given); any wrong member fails the criterion, so listing everything never pays;
 * listing every right and every wrong value at once is a red flag of its own (a hedge, not a decision). Every value
 * the list can hold must be classified: `right`, `wrong` or `neutral`.
 */
export const setCriterionSchema = z.strictObject({
  kind: z.literal('set'),
  ...criterionBase,
  ...targetFields,
  /** The field of each list item to read (e.g. `consumers`); list values are flattened. */
  pick: pickField,
  /** Members that should be there, each with why it belongs (said when it is missing). */
  right: z.array(rightEntrySchema).default([]),
  /** Members that should not be there, each with why and, if an interviewer stops at it, its red flag. */
  wrong: wrongEntriesSchema,
  /** Members that may be there or not: they cost nothing and earn nothing. */
  neutral: neutralValuesSchema,
  /** How many right members give full recall, when any `enough` of them will do; default all. */
  enough: z.number().int().positive().optional(),
});

export type SetCriterion = z.infer<typeof setCriterionSchema>;
