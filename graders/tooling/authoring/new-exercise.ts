/**
 * `npm run new:exercise -- <chapter>/<slug>` as a function: copies the exercise template into
 * `exercises/<chapter>/<slug>/`, filling in what it can infer (the title from the slug; the takeaway, the first one of
 * the chapter that no exercise tests yet, else the chapter's first), so the new exercise passes every check as
 * written, and says what to edit next. It asks nothing and overwrites nothing.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXERCISES_ROOT, findExerciseFolders } from '../find-exercises.ts';
import { loadExercise } from '../load-exercise.ts';
import { suggestId } from '../suggest-id.ts';
import { slugSchema } from '../../index.ts';
import { CALIBRATION_BRIEF } from '../calibration/read-calibration.ts';
import { readLessons } from '../content-check/read-lessons.ts';

/** The folder this file's template lives in. */
export const TEMPLATE_FOLDER = join(import.meta.dirname, 'exercise-template');

/** Where the command reads and writes. */
export interface AuthoringRoots {
  content: string;
  exercises: string;
  /** Chapter slugs the site lists (graders/course/chapters.ts). */
  chapters: readonly string[];
}

/** What the command printed and how it exits (2: bad usage; nothing is written then). */
export interface NewExerciseResult {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
  /** The folder written, when one was. */
  folder?: string;
}

const USAGE = 'Usage: npm run new:exercise -- <chapter>/<slug>   e.g. architecture-patterns/cache-or-not';

/** Creates the exercise named by `argument` (`<chapter>/<slug>`); paths in messages are relative to `from`. */
export function createExercise(argument: string | undefined, roots: AuthoringRoots, from: string): NewExerciseResult {
  const fail = (message: string): NewExerciseResult => ({ exitCode: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  const parts = (argument ?? '').split('/');
  const [chapter, slug] = parts;
  if (parts.length !== 2 || chapter === undefined || slug === undefined || chapter === '' || slug === '')
    return fail(`new:exercise: give the chapter and the exercise's slug, as <chapter>/<slug>.`);
  if (!roots.chapters.includes(chapter) || !existsSync(join(roots.content, chapter))) {
    const guess = suggestId(chapter, roots.chapters);
    return fail(
      `new:exercise: "${chapter}" is not a chapter${guess === undefined ? '' : `; did you mean "${guess}"?`} ` +
        `Chapters: ${roots.chapters.join(', ')}. A new chapter needs content/<chapter>/ with its lessons and a line in graders/course/chapters.ts.`,
    );
  }
  if (!slugSchema.safeParse(slug).success)
    return fail(`new:exercise: "${slug}" is the exercise's id and page address: use kebab-case, e.g. cache-or-not.`);
  const taken = findExerciseFolders(roots.exercises).find((folder) => folder.endsWith(`/${slug}`));
  if (taken !== undefined) return fail(`new:exercise: the id "${slug}" is taken by ${relative(from, taken)}.`);

  const takeaway = pickTakeaway(chapter, roots);
  if (takeaway === undefined)
    return fail(`new:exercise: no lesson of "${chapter}" declares a takeaway for the exercise to test; add one first.`);

  const folder = join(roots.exercises, chapter, slug);
  cpSync(TEMPLATE_FOLDER, folder, { recursive: true, errorOnExist: true, force: false });
  // The brief the blind answers will be written to, copied so the folder records the version that produced them.
  cpSync(join(EXERCISES_ROOT, CALIBRATION_BRIEF), join(folder, 'calibration', 'brief.md'));
  const mdxPath = join(folder, 'index.mdx');
  writeFileSync(
    mdxPath,
    readFileSync(mdxPath, 'utf8').replaceAll('{{title}}', titleOf(slug)).replaceAll('{{takeaway}}', takeaway),
  );
  const at = (file: string) => relative(from, join(folder, file));
  const samples = readdirSync(join(folder, 'samples')).sort();
  const stdout = [
    `Created ${relative(from, folder)}/, testing the takeaway "${takeaway}". It passes every check as it is; now:`,
    `  1. ${at('index.mdx')}: the title, summary and prompt; the rubric (each criterion's takeaway, values, feedback);`,
    `     the hints and the explanation.`,
    `  2. ${at('answer.schema.json')}: the shape of an answer and the values each field can hold.`,
    `  3. ${at('model.json')}: the model answer (full marks; its TypeScript form is generated).`,
    `  4. ${at('starter.json')}: what the editor starts with (it must not pass).`,
    `  5. ${at('samples')}/: ${samples.join(', ')}; rename and rewrite them as answers candidates give,`,
    `     each saying in its // header what it expects (kind, fails, redFlags, passes, about).`,
    `  6. ${at('calibration')}/: before tuning the rubric, have someone who never saw it answer blind:`,
    `     npm run calibrate -- --packet ${slug} <folder>; a judge reads the answers again (--judge-packet),`,
    `     then npm run calibrate -- ${slug} (see its README.md).`,
    `Then: npm run check:content   (every problem as file:line:col), and npm run dev to see the page at /exercises/${slug}/.`,
    `The guide: content/guide/authoring-exercises.mdx, or /guide/authoring-exercises/ on the site.`,
  ];
  return { exitCode: 0, stdout: `${stdout.join('\n')}\n`, stderr: '', folder };
}

/** The first takeaway of the chapter that no exercise tests yet, in lesson and declaration order; else the first. */
function pickTakeaway(chapter: string, roots: AuthoringRoots): string | undefined {
  const tested = new Set(
    findExerciseFolders(roots.exercises).flatMap((folder) => {
      const loaded = loadExercise(folder);
      return loaded.ok ? loaded.loaded.exercise.frontmatter.takeaways : [];
    }),
  );
  const inChapter = readLessons(roots.content)
    .takeaways.filter((takeaway) => takeaway.chapter === chapter)
    .map((takeaway) => takeaway.id);
  return inChapter.find((id) => !tested.has(id)) ?? inChapter[0];
}

/** `cache-or-not` → `Cache or not`; a short one gets a word more, as titles need five letters. */
function titleOf(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  const title = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return title.length >= 5 ? title : `${title} exercise`;
}
