import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { exerciseFrontmatterSchema } from '../graders/index.ts';
import { lessonFieldsSchema } from './schemas/lesson.ts';

/** Lessons: one folder per chapter under the top-level `content/`, one MDX file per lesson. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
  schema: docsSchema({ extend: lessonFieldsSchema }),
});

/**
 * Exercises: `exercises/<chapter>/<exercise>/index.mdx`. The frontmatter schema is the grading engine's own,
 * so an exercise the CLI would reject also stops the build, naming the file and the field.
 */
const exercises = defineCollection({
  loader: glob({ pattern: '**/index.mdx', base: './exercises' }),
  schema: exerciseFrontmatterSchema,
});

export const collections = { docs, exercises };
