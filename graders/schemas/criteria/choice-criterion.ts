import { z } from 'zod';
import { notesByValueSchema } from '../feedback';
import { targetFields } from '../target';
import { criterionBase } from './common';

/**
 * `choice`: a decision and its reason, graded together. The right decision with an accepted reason earns full
 * marks; the right decision with another reason earns `decisionCredit` of the points and says why the reason does
 * not decide it; a wrong decision earns nothing, with the note for that specific choice.
 */
export const choiceCriterionSchema = z.strictObject({
  kind: z.literal('choice'),
  ...criterionBase,
  ...targetFields,
  /** The decision: the field it is in, the right values, and notes for specific wrong ones. */
  decision: z.strictObject({
    /** Field of the targeted object holding the decision. */
    field: z.string().min(1).default('choice'),
    /** The values that are right. */
    correct: z.array(z.string()).min(1),
    /** Notes for specific wrong values, e.g. `{ async: 'the user must know at once…' }`. */
    wrong: notesByValueSchema.default({}),
  }),
  /** The reason: its field, the reasons that decide the question, and notes for tempting wrong ones. */
  reason: z.strictObject({
    /** Field holding the reason code. */
    field: z.string().min(1).default('reason'),
    /** Reason codes that earn full marks with a right decision. */
    accepted: z.array(z.string()).min(1),
    /** Notes for specific reasons that do not decide the question. */
    wrong: notesByValueSchema.default({}),
  }),
  /** Share of the points for the right decision with a wrong or missing reason. */
  decisionCredit: z.number().min(0).max(1).default(0.5),
});

export type ChoiceCriterion = z.infer<typeof choiceCriterionSchema>;
