import { z } from 'zod';
import { takeawayIdSchema } from './ids';

/** An interviewer's verdict on a whole answer. */
export const interviewVerdictSchema = z.enum([
  /** Accepted: small slips at most, or a different design an interviewer accepts. */
  'pass',
  /** Not acceptable yet, but no decisive mistake: on the right track, about half or more right. */
  'partial',
  /** A mistake an interviewer stops at (the point of the question, a contradicted reason, a red-flag design), or mostly wrong. */
  'fail',
]);

export type InterviewVerdict = z.infer<typeof interviewVerdictSchema>;

/** One blind reading of an answer by someone other than its writer: a verdict, the takeaways missed and why. */
export const blindReadingSchema = z.strictObject({
  /** The reader's verdict. */
  verdict: interviewVerdictSchema,
  /** Takeaways the reader says the answer has not understood; empty for a pass. */
  misses: z.array(takeawayIdSchema).default([]),
  /** The reader's reason for the verdict, in a sentence or three. */
  why: z.string().min(5),
});

export type BlindReading = z.infer<typeof blindReadingSchema>;

/**
 * The header of a calibration answer: an answer written blind (from the chapter, the prompt and the answer schema
 * only, never the rubric, model or samples) by someone playing a candidate, with the verdict an interviewer gives
 * it. Calibration answers are evidence against the rubric, not tests of it: a blind verdict is never edited to match
 * the grader. When the rubric's author decides the grader is right, `graderRight` says why, from the chapter; when a
 * disagreement stays, `unresolved` says why it cannot be fixed yet and what would fix it.
 */
export const calibrationAnswerSchema = z.strictObject({
  /** How strong the candidate who wrote it was meant to be. */
  candidate: z.enum(['strong', 'middling', 'weak']),
  /** The blind writer's verdict. */
  verdict: interviewVerdictSchema,
  /** Takeaways the answer shows the candidate has not understood; empty for a pass. */
  misses: z.array(takeawayIdSchema).default([]),
  /** The interviewer's reason for the verdict, in a sentence or three. */
  why: z.string().min(5),
  /**
   * A second blind reading, by a judge who saw the chapter, the prompt, the schema and the answer alone (not this
   * header, not the grader), under `calibration-judge-brief.md`.
   */
  judge: blindReadingSchema.optional(),
  /** Where the judge's verdict differs from the writer's: a third blind reader's, who saw both readings (never the grader). */
  adjudicated: blindReadingSchema.optional(),
  /** Written by the rubric's author, never the blind writer: why the grader's different verdict stands. */
  graderRight: z.string().min(20).optional(),
  /** Written by the rubric's author: why this disagreement stays (the grader is wrong here) and what would fix it. */
  unresolved: z.string().min(20).optional(),
});

export type CalibrationAnswer = z.infer<typeof calibrationAnswerSchema>;
