import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonFieldsSchema } from './schemas/lesson.ts';

/** Lessons: one folder per chapter under the top-level `content/`, one MDX file per lesson. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
  schema: docsSchema({ extend: lessonFieldsSchema }),
});

export const collections = { docs };
