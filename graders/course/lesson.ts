import { z } from 'zod';
// The engine's rule, so a lesson declares exactly the ids an exercise criterion may cite.
import { takeawayIdSchema } from '../authoring-schema/ids';

/** One key takeaway of a lesson; declared here once, cited by exercises through its id. */
export const takeawaySchema = z.strictObject({
  /** Stable id that exercises cite; never rename one that has shipped. */
  id: takeawayIdSchema,
  /** The takeaway in one or two sentences, as the reader sees it. */
  text: z.string().min(20),
});

/** The model answer of an interview question: a short summary and the points a good answer makes. */
export const modelAnswerSchema = z.strictObject({
  /** The answer's position in two or three sentences. */
  summary: z.string().min(20),
  /** The points a strong answer covers, one idea each; a mock interview uses them as a checklist. */
  points: z.array(z.string().min(5)).min(2),
});

/** An interview-style question; rendered in its lesson and reusable as a timed mock interview. */
export const interviewQuestionSchema = z.strictObject({
  /** Stable id, `<lesson-slug>.<kebab-name>`, like a takeaway id. */
  id: takeawayIdSchema,
  /** The question as an interviewer would ask it. */
  prompt: z.string().min(20),
  /** Minutes a candidate should spend on it in a timed mock interview. */
  minutes: z.number().int().min(1).max(60),
  /** Takeaway ids of this lesson that the question exercises. */
  takeaways: z.array(takeawayIdSchema).min(1),
  /** The model answer, hidden until the reader opens it. */
  answer: modelAnswerSchema,
});

/** Fields a lesson adds to Starlight's docs frontmatter. */
export const lessonFieldsSchema = z.object({
  /** The lesson's key takeaways, in reading order; rendered by `<KeyTakeaways />`. */
  takeaways: z.array(takeawaySchema).default([]),
  /** Interview-style questions; each rendered where `<InterviewQuestion id="…" />` appears. */
  questions: z.array(interviewQuestionSchema).default([]),
});

export type Takeaway = z.infer<typeof takeawaySchema>;
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;
