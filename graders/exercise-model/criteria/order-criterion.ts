import { z } from 'zod';
import { memberSchema, neutralValuesSchema, redFlagSchema } from '../feedback';
import { pickField, targetFields } from '../target';
import { criterionBase } from './common';

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
 * order is the point. Otherwise each present `mustAppear` and each absent `mustNotAppear` member is one unit of
 * credit. Every value the list can hold must be classified: in a pair, `mustAppear`, `mustNotAppear` or `neutral`.
 */
export const orderCriterionSchema = z.strictObject({
  kind: z.literal('order'),
  ...criterionBase,
  ...targetFields,
  /** The field of each list item that names it (e.g. `module`); omit for a list of names. */
  pick: pickField,
  /** "A before B" constraints. */
  pairs: z.array(precedenceSchema).default([]),
  /** Members the list must contain. */
  mustAppear: z.array(memberSchema).default([]),
  /** Members the list must not contain. */
  mustNotAppear: z.array(memberSchema).default([]),
  /** Members the list may or may not contain, in any place. */
  neutral: neutralValuesSchema,
});

export type OrderCriterion = z.infer<typeof orderCriterionSchema>;
