import { z } from 'zod';
import { takeawayIdSchema } from './ids';

/** The author's words for a criterion's outcome; the engine adds the details (which pair, which member…). */
export const criterionFeedbackSchema = z.strictObject({
  /** Shown when the criterion earns full marks: confirm what was right and why it matters. */
  pass: z.string().min(5),
  /** Shown when it earns nothing: the idea the candidate missed, in a sentence or two. */
  fail: z.string().min(5),
  /** Shown for partial credit; defaults to `fail`. */
  partial: z.string().min(5).optional(),
});

/** The name of a red flag, shown first in the report: a short noun phrase such as `A shared database`. */
export const redFlagSchema = z.string().min(5).max(100);

/** A classified value as the graders read it: the value, and what is said (and raised) about it, if anything. */
interface Entry {
  value: string;
  why?: string;
  redFlag?: string;
  takeaway?: string;
}

/**
 * An entry as written: a bare value (`sync`), or `{ value, why, redFlag }`. The rubric's one vocabulary: every kind
 * that classifies values lists them as `right`, `wrong` and `neutral`. Drops the fields left out.
 */
function toEntry(
  entry:
    string | { value: string; why?: string | undefined; redFlag?: string | undefined; takeaway?: string | undefined },
): Entry {
  if (typeof entry === 'string') return { value: entry };
  return {
    value: entry.value,
    ...(entry.why === undefined ? {} : { why: entry.why }),
    ...(entry.redFlag === undefined ? {} : { redFlag: entry.redFlag }),
    ...(entry.takeaway === undefined ? {} : { takeaway: entry.takeaway }),
  };
}

/** A right value of a list (set, order): bare, or with what to say when it is missing. */
export const rightEntrySchema = z
  .union([
    z.string(),
    z.strictObject({
      /** The value. */
      value: z.string(),
      /** Said when the value is missing: why it belongs there. */
      why: z.string().min(5).optional(),
    }),
  ])
  .transform(toEntry);

/** A wrong value: bare, or with why it is wrong and, when an interviewer stops at it, the red flag it raises. */
export const wrongEntrySchema = z
  .union([
    z.string(),
    z
      .strictObject({
        /** The value. */
        value: z.string(),
        /** Said when the answer holds this value: why it is wrong. */
        why: z.string().min(5).optional(),
        /** When the answer holds this value, it fails outright: the red flag's name. */
        redFlag: redFlagSchema.optional(),
        /** The takeaway the red flag shows missed, when it is not the criterion's (popularity as a reason: `other-patterns.match-the-problem`). */
        takeaway: takeawayIdSchema.optional(),
      })
      .refine((entry) => entry.takeaway === undefined || entry.redFlag !== undefined, {
        message: '`takeaway` says which takeaway a red flag misses: give the entry a `redFlag` too',
        path: ['takeaway'],
      }),
  ])
  .transform(toEntry);

/** The message for a rubric that still writes `wrong` as a map of notes (the format before `right`/`wrong`/`neutral`). */
const WRONG_AS_MAP =
  '`wrong` is now a list of entries: write each value as `- value: …` with its `why:` (and `redFlag:`) under it';

/** The wrong values of a classification, in the order their notes are said. */
export const wrongEntriesSchema = z
  .array(wrongEntrySchema, {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== null && typeof issue.input === 'object'
        ? WRONG_AS_MAP
        : undefined,
  })
  .default([]);

/** Values that are neither right nor wrong: they cost nothing and earn nothing, but they are classified. */
export const neutralValuesSchema = z.array(z.string()).default([]);

export type CriterionFeedback = z.infer<typeof criterionFeedbackSchema>;
export type ClassifiedValue = Entry;
