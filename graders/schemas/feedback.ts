import { z } from 'zod';

/** The author's words for a criterion's outcome; the engine adds the details (which pair, which member…). */
export const criterionFeedbackSchema = z.strictObject({
  /** Shown when the criterion earns full marks: confirm what was right and why it matters. */
  pass: z.string().min(5),
  /** Shown when it earns nothing: the idea the candidate missed, in a sentence or two. */
  fail: z.string().min(5),
  /** Shown for partial credit; defaults to `fail`. */
  partial: z.string().min(5).optional(),
});

/** Author's notes keyed by a specific wrong value, e.g. `{ async: 'The user is waiting…' }`. */
export const notesByValueSchema = z.record(z.string(), z.string().min(5));

/** A list member, written as a plain value or with a note said when the rule about it is broken. */
export const memberSchema = z
  .union([z.string(), z.strictObject({ value: z.string(), why: z.string().min(5).optional() })])
  .transform((member): { value: string; why?: string } =>
    typeof member === 'string' || member.why === undefined
      ? { value: typeof member === 'string' ? member : member.value }
      : { value: member.value, why: member.why },
  );

export type CriterionFeedback = z.infer<typeof criterionFeedbackSchema>;
export type Member = z.output<typeof memberSchema>;
