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

/** The name of a red flag, shown first in the report: a short noun phrase such as `A shared database`. */
export const redFlagSchema = z.string().min(5).max(100);

/** Red flags keyed by the value that raises them, e.g. `{ async: 'Payment on a queue' }`. */
export const redFlagsByValueSchema = z.record(z.string(), redFlagSchema);

/** A list member, written as a plain value or with a note said (and a red flag raised) when its rule is broken. */
export const memberSchema = z
  .union([
    z.string(),
    z.strictObject({
      /** The member's value. */
      value: z.string(),
      /** Said when the rule about this member is broken. */
      why: z.string().min(5).optional(),
      /** When the rule about this member is broken, the answer fails outright: the red flag's name. */
      redFlag: redFlagSchema.optional(),
    }),
  ])
  .transform((member): { value: string; why?: string; redFlag?: string } => {
    if (typeof member === 'string') return { value: member };
    return {
      value: member.value,
      ...(member.why === undefined ? {} : { why: member.why }),
      ...(member.redFlag === undefined ? {} : { redFlag: member.redFlag }),
    };
  });

/** Values that are neither right nor wrong: they cost nothing and earn nothing, but they are classified. */
export const neutralValuesSchema = z.array(z.string()).default([]);

export type CriterionFeedback = z.infer<typeof criterionFeedbackSchema>;
export type Member = z.output<typeof memberSchema>;
