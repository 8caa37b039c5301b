import { z } from 'zod';
import { findCheck } from '../checks/registry';
import { criterionSchema } from './criterion';
import { slugSchema, takeawayIdSchema } from './ids';
import { sampleSchema } from './sample';

/** The answer formats an exercise can offer. */
export const answerFormatSchema = z.enum(['json', 'ts']);

/**
 * The frontmatter of an exercise's `index.mdx`. The site passes it to `defineCollection({ schema })`, the CLI and the
 * tests parse it with the same schema, so an invalid exercise fails everywhere with the file and the field.
 */
export const exerciseFrontmatterSchema = z
  .strictObject({
    /** Stable id: the exercise's folder name, kebab-case. */
    id: slugSchema,
    /** The title shown on the exercise page and in lists. */
    title: z.string().min(5).max(100),
    /** One sentence saying what the candidate decides; used in lists and page descriptions. */
    summary: z.string().min(20).max(300),
    /** The chapter slug (the folder under content/ and exercises/). */
    chapter: slugSchema,
    /** The lesson slug the exercise belongs to. */
    lesson: slugSchema,
    /** Takeaway ids the exercise tests; each must be tested by a criterion, and each criterion's must be here. */
    takeaways: z.array(takeawayIdSchema).min(1),
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
    /** Sample answers the exercise checks itself with. */
    samples: z.array(sampleSchema).min(1),
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
      if (!exercise.takeaways.includes(criterion.takeaway)) {
        context.addIssue({
          code: 'custom',
          path: ['rubric', index, 'takeaway'],
          message: `"${criterion.takeaway}" is not in the exercise's takeaways`,
        });
      }
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
    exercise.takeaways.forEach((takeaway, index) => {
      if (!exercise.rubric.some((criterion) => criterion.takeaway === takeaway)) {
        context.addIssue({ code: 'custom', path: ['takeaways', index], message: `no criterion tests "${takeaway}"` });
      }
    });
    const files = new Set<string>();
    exercise.samples.forEach((sample, index) => {
      if (files.has(sample.file))
        context.addIssue({
          code: 'custom',
          path: ['samples', index, 'file'],
          message: `"${sample.file}" is listed twice`,
        });
      files.add(sample.file);
      sample.fails.forEach((id, failIndex) => {
        if (!ids.has(id))
          context.addIssue({
            code: 'custom',
            path: ['samples', index, 'fails', failIndex],
            message: `no criterion has the id "${id}"`,
          });
      });
    });
  });

/** An exercise's frontmatter as parsed (defaults filled in). */
export type ExerciseFrontmatter = z.output<typeof exerciseFrontmatterSchema>;
/** An exercise's frontmatter as written. */
export type ExerciseFrontmatterInput = z.input<typeof exerciseFrontmatterSchema>;
