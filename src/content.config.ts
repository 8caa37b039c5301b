import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { exerciseFrontmatterSchema, lessonFieldsSchema } from '../graders/index.ts';
import { describeFromDocComments } from './schemas/describe-from-doc-comments.ts';

/** Lessons: one folder per chapter under the top-level `content/`, one MDX file per lesson. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
  schema: docsSchema({ extend: lessonFieldsSchema }),
});

/**
 * Exercises: `exercises/<chapter>/<exercise>/index.mdx`. The frontmatter schema is the grading engine's own,
 * so an exercise the CLI would reject also stops the build, naming the file and the field. Its fields carry their doc
 * comments as descriptions, for the JSON Schema `astro sync` writes to `.astro/collections/` (content intellisense:
 * completion, hover and errors in an editor; README, "Adding an exercise").
 */
const exercises = defineCollection({
  loader: glob({ pattern: '**/index.mdx', base: './exercises' }),
  schema: describeFromDocComments(exerciseFrontmatterSchema, {
    file: fileURLToPath(new URL('../graders/index.ts', import.meta.url)),
    exportName: 'exerciseFrontmatterSchema',
  }),
});

/**
 * Overrides of Starlight's interface strings, from `src/content/i18n/<lang>.json`. Starlight reads this collection on
 * every build and Astro warns when it is missing or empty, so `en.json` exists even with nothing to override (`{}`).
 */
const i18n = defineCollection({ loader: i18nLoader(), schema: i18nSchema() });

export const collections = { docs, exercises, i18n };
