import { z } from 'zod';
import { criterionFeedbackSchema, redFlagSchema } from './feedback';
import { slugSchema, takeawayIdSchema } from './ids';

/** Fields every criterion has, whatever its kind. */
export const criterionBase = {
  /** Stable id within the exercise, kebab-case; samples and reports refer to it. */
  id: slugSchema,
  /** The takeaway this criterion tests; the report links to it in its lesson. */
  takeaway: takeawayIdSchema,
  /** Points for full marks; partial credit is a share of them. */
  points: z.number().positive().max(100),
  /** One sentence saying what the criterion checks, shown next to its verdict. */
  title: z.string().min(5).max(120),
  /** The author's words for pass, fail and partial outcomes. */
  feedback: criterionFeedbackSchema,
  /**
   * Names the mistake when this criterion earns nothing, e.g. `A shared database`: a red flag, which fails the whole
   * answer whatever its score. For mistakes an interviewer stops at, not for small slips (which earn partial credit).
   */
  redFlag: redFlagSchema.optional(),
  /**
   * The point of the question: the answer passes only when this criterion earns full marks, whatever the other
   * points. For the decisions (and their deciding reasons) an interviewer would stop at when they are wrong.
   */
  essential: z.boolean().default(false),
};
