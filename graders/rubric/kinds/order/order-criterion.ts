import { z } from 'zod';
import {
  neutralValuesSchema,
  redFlagSchema,
  rightEntrySchema,
  wrongEntriesSchema,
} from '../../../authoring-schema/feedback';
import { pickField, targetFields } from '../../../authoring-schema/target';
import { criterionBase } from '../../../authoring-schema/criterion-base';

/** "`before` comes before `after`": when `after` is listed, `before` must be listed earlier. */
export const precedenceSchema = z.strictObject({
  /** The member that must come first. */
  before: z.string(),
  /** The member that must come later (or stay out of the list). */
  after: z.string(),
  /** Said when the pair is broken: why the first must come first. */
  why: z.string().min(5).optional(),
  /** When the pair is broken, the answer fails outright: the red flag's name. */
  redFlag: redFlagSchema.optional(),
});

/**
 * `order`: a list must respect "A before B" constraints. Any order consistent with them earns full marks. A pair
 * counts once either member is listed; it is respected when `before` is listed and `after` comes later or is absent
 * (what stays in the monolith is extracted "never", so after everything). A broken pair fails the criterion: the
 * order is the point. Otherwise each present `right` and each absent `wrong` member is one unit of credit. Every
 * value the list can hold must be classified: in a pair, `right`, `wrong` or `neutral`.
 */
export const orderCriterionSchema = z.strictObject({
  kind: z.literal('order'),
  ...criterionBase,
  ...targetFields,
  /** The field of each list item that names it (e.g. `module`); omit for a list of names. */
  pick: pickField,
  /** "A before B" constraints. */
  pairs: z.array(precedenceSchema).default([]),
  /** Members the list must contain, each with why it belongs (said when it is missing). */
  right: z.array(rightEntrySchema).default([]),
  /** Members the list must not contain, each with why and, if an interviewer stops at it, its red flag. */
  wrong: wrongEntriesSchema,
  /** Members the list may or may not contain, in any place. */
  neutral: neutralValuesSchema,
});

export type OrderCriterion = z.infer<typeof orderCriterionSchema>;
