import { z } from 'zod';
import { neutralValuesSchema, wrongEntriesSchema } from '../../../authoring-schema/feedback';
import { targetFields } from '../../../authoring-schema/target';
import { criterionBase } from '../../../authoring-schema/criterion-base';

/** Conditional acceptance: when another field of the same item holds one of `is`, the right values are `right`. */
export const conditionalValuesSchema = z.strictObject({
  /** Another field of the targeted item (`condition`), or a pointer from the answer's root (`/strategy/choice`). */
  field: z.string().min(1),
  /** The values of that field under which this rule applies. */
  is: z.array(z.string()).min(1),
  /** The values that are right then (instead of the default ones). */
  right: z.array(z.string()).min(1),
});

/** The decision part of a choice: where it is, which values are right, and what to say about the wrong ones. */
const decisionSchema = z.strictObject({
  /** Field of the targeted object holding the decision. */
  field: z.string().min(1).default('choice'),
  /** The values that are right (unless a `when` rule applies). */
  right: z.array(z.string()).min(1),
  /** Right values that depend on another field, e.g. `switchTo` is right for the `condition` it names. */
  when: z.array(conditionalValuesSchema).default([]),
  /** Wrong values, each with why it is wrong and, if an interviewer stops at it, its red flag. */
  wrong: wrongEntriesSchema,
  /** Values that are not wrong here but earn nothing: named so that every value is classified. */
  neutral: neutralValuesSchema,
});

/** The reason part of a choice: its field, the reasons that decide the question, and why the tempting others do not. */
const reasonSchema = z.strictObject({
  /** Field holding the reason code. */
  field: z.string().min(1).default('reason'),
  /** Reason codes that earn full marks with a right decision. */
  right: z.array(z.string()).min(1),
  /** Reasons that do not decide the question, each with why and, for a misconception, its red flag. */
  wrong: wrongEntriesSchema,
  /** Reasons that are true but do not decide it, without a note of their own: named so every value is classified. */
  neutral: neutralValuesSchema,
});

/**
 * `choice`: a decision and its reason, graded together, on every item the target selects. The right decision with
 * a right reason earns full marks; the right decision with another reason earns `decisionCredit` and says why
 * the reason does not decide it; a wrong decision earns nothing, with the note for that specific choice. Either
 * part may be left out to grade only the other (e.g. only the reason of every asynchronous call).
 *
 * Items that are the same thing (equal on `distinctBy`, or all of them when it is empty) must agree on the decision:
 * the same interaction declared sync and async is a contradiction, which fails the criterion and the answer.
 */
export const choiceCriterionSchema = z
  .strictObject({
    kind: z.literal('choice'),
    ...criterionBase,
    ...targetFields,
    /** The decision: the field it is in, its right, wrong and neutral values. */
    decision: decisionSchema.optional(),
    /** The reason: its field, its right, wrong and neutral values. */
    reason: reasonSchema.optional(),
    /** Share of the points for the right decision with a wrong or missing reason. */
    decisionCredit: z.number().min(0).max(1).default(0.5),
    /** Whether every selected item must be right (`every`) or one right item is enough (`any`). */
    match: z.enum(['every', 'any']).default('every'),
    /** Fields that tell two selected items apart (e.g. `action`); items equal on them must agree. */
    distinctBy: z.array(z.string().min(1)).default([]),
    /** What an empty selection earns: `fail` (the item must be there) or `pass` (a rule about each such item). */
    ifNone: z.enum(['fail', 'pass']).default('fail'),
  })
  .refine((criterion) => criterion.decision !== undefined || criterion.reason !== undefined, {
    message: 'a choice grades a decision, a reason, or both: give at least one',
    path: ['decision'],
  });

export type ChoiceCriterion = z.infer<typeof choiceCriterionSchema>;
