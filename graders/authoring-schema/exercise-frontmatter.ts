import { z } from 'zod';
import { findCheck } from '../custom-checks/registry';
import { criterionSchema } from './criterion';
import { slugSchema } from './ids';

/** When a mock's curveball is revealed: after some minutes on the clock, or when the candidate hands in a first draft. */
export const curveballRevealSchema = z.union([
  z.strictObject({
    /** Minutes into the mock at which the change is revealed (less than the mock's own minutes). */
    afterMinutes: z.number().int().min(1),
  }),
  /** Revealed when the candidate presses "Hand in a first draft" during the mock. */
  z.literal('first-draft'),
]);

/**
 * A change of requirements revealed part-way through a timed mock, as an interviewer would add one. Its text is the
 * `<Curveball>` block of the exercise body (hidden during a mock until revealed, shown inline otherwise); its criteria
 * are criteria of the rubric, so they are graded on every answer and proven by the samples like the rest.
 */
export const curveballSchema = z.strictObject({
  /** When the change is revealed. */
  reveal: curveballRevealSchema,
  /** What changes, in one line: announced when it is revealed and shown in the review. */
  title: z.string().min(10).max(160),
  /** Ids of the rubric criteria that grade the answer to the change. */
  criteria: z.array(slugSchema).min(1),
});

/** An exercise that can run as a timed mock interview. */
export const mockSchema = z.strictObject({
  /** The minutes on the clock. */
  minutes: z.number().int().min(1).max(90),
  /** A change of requirements revealed part-way through, if any. */
  curveball: curveballSchema.optional(),
});

/** The answer formats an exercise can offer. */
export const answerFormatSchema = z.enum(['json', 'ts']);

/**
 * The frontmatter of an exercise's `index.mdx`, as the instructor writes it. The site passes it to
 * `defineCollection({ schema })`, the CLI and the tests parse it with the same schema, so an invalid exercise fails
 * everywhere with the file and the field. What can be derived is not written: the id and the chapter come from the
 * folder, the takeaways from the rubric, the samples from `samples/` (see `defineExercise`).
 */
export const exerciseFrontmatterSchema = z
  .strictObject({
    /** The title shown on the exercise page and in lists. */
    title: z.string().min(5).max(100),
    /** One sentence saying what the candidate decides; used in lists and page descriptions. */
    summary: z.string().min(20).max(300),
    /** The lesson the exercise is listed under; by default the lesson of the first criterion's takeaway. */
    lesson: slugSchema.optional(),
    /** How hard the exercise is for a candidate who has read the lesson. */
    difficulty: z.enum(['warm-up', 'core', 'stretch']),
    /** Minutes a candidate should expect to spend. */
    minutes: z.number().int().min(1).max(120),
    /** Present when the exercise can run as a timed mock interview: the minutes on the clock. */
    mock: mockSchema.optional(),
    /** Answer formats offered in the editor, the first one by default. */
    formats: z.array(answerFormatSchema).min(1),
    /** The rubric: what is graded, for how many points, with which feedback. */
    rubric: z.array(criterionSchema).min(1),
    /** Percentage of the maximum score needed to pass. */
    passMark: z.number().min(1).max(100),
  })
  .superRefine((exercise, context) => {
    const ids = new Set<string>();
    exercise.rubric.forEach((criterion, index) => {
      if (ids.has(criterion.id))
        context.addIssue({
          code: 'custom',
          path: ['rubric', index, 'id'],
          message: `criterion id "${criterion.id}" is used twice`,
        });
      ids.add(criterion.id);
      if (criterion.kind === 'check') {
        const check = findCheck(criterion.check);
        if (check === undefined)
          context.addIssue({
            code: 'custom',
            path: ['rubric', index, 'check'],
            message: `no check named "${criterion.check}" is registered in graders/custom-checks/registry.ts`,
          });
        const problem = check?.findParamsProblem(criterion.params);
        if (problem !== undefined)
          context.addIssue({ code: 'custom', path: ['rubric', index, 'params'], message: problem });
      }
    });
    const curveball = exercise.mock?.curveball;
    if (curveball === undefined) return;
    curveball.criteria.forEach((id, index) => {
      if (!ids.has(id))
        context.addIssue({
          code: 'custom',
          path: ['mock', 'curveball', 'criteria', index],
          message: `no criterion "${id}" in the rubric: a curveball's criteria are ids of rubric criteria`,
        });
    });
    const { reveal } = curveball;
    if (reveal !== 'first-draft' && exercise.mock && reveal.afterMinutes >= exercise.mock.minutes)
      context.addIssue({
        code: 'custom',
        path: ['mock', 'curveball', 'reveal', 'afterMinutes'],
        message: `the curveball comes after ${reveal.afterMinutes} minutes, but the mock lasts ${exercise.mock.minutes}: reveal it before the end`,
      });
  });

/** A mock's curveball as parsed. */
export type Curveball = z.output<typeof curveballSchema>;

/** An exercise's frontmatter as parsed (defaults filled in). */
export type ExerciseFrontmatter = z.output<typeof exerciseFrontmatterSchema>;
/** An exercise's frontmatter as written. */
export type ExerciseFrontmatterInput = z.input<typeof exerciseFrontmatterSchema>;
