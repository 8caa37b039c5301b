import { z } from 'zod';
import { findCheck } from '../checks/registry';
import { criterionSchema } from './criterion';
import { slugSchema } from './ids';

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
    mock: z.strictObject({ minutes: z.number().int().min(1).max(90) }).optional(),
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
            message: `no check named "${criterion.check}" is registered in graders/checks/registry.ts`,
          });
        const problem = check?.findParamsProblem(criterion.params);
        if (problem !== undefined)
          context.addIssue({ code: 'custom', path: ['rubric', index, 'params'], message: problem });
      }
    });
  });

/** An exercise's frontmatter as parsed (defaults filled in). */
export type ExerciseFrontmatter = z.output<typeof exerciseFrontmatterSchema>;
/** An exercise's frontmatter as written. */
export type ExerciseFrontmatterInput = z.input<typeof exerciseFrontmatterSchema>;
