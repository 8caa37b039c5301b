/**
 * An exercise as the engine and the site use it: the frontmatter the instructor wrote plus the facts derived rather
 * than written twice. The id and the chapter come from the folder (`exercises/<chapter>/<id>/`), the takeaways from
 * the rubric, the lesson (unless written) from the first criterion's takeaway, `<lesson>.<name>`.
 */
import { lessonOfTakeaway } from '../links';
import type { ExerciseFrontmatter } from './exercise-frontmatter';

/** The written frontmatter with the derived facts filled in. */
export interface ExerciseDefinition extends ExerciseFrontmatter {
  /** The folder's name: the page is `/exercises/<id>/`. */
  id: string;
  /** The chapter folder the exercise sits in, under `exercises/` and `content/`. */
  chapter: string;
  /** The lesson it belongs to: written, or the lesson of the first criterion's takeaway. */
  lesson: string;
  /** Every takeaway the rubric tests, in the order the criteria first cite them. */
  takeaways: string[];
}

/** Splits `<chapter>/<id>` (the exercise's folder under `exercises/`, as a content entry id) into its parts. */
export function splitExerciseEntryId(entryId: string): { chapter: string; id: string } {
  const parts = entryId.split('/').filter((part) => part !== '' && part !== 'index.mdx');
  const id = parts.at(-1) ?? '';
  const chapter = parts.at(-2) ?? '';
  return { chapter, id };
}

/** Fills in what an exercise's folder and rubric say, for the exercise at `<chapter>/<id>`. */
export function defineExercise(entryId: string, frontmatter: ExerciseFrontmatter): ExerciseDefinition {
  const { chapter, id } = splitExerciseEntryId(entryId);
  const takeaways = [...new Set(frontmatter.rubric.map((criterion) => criterion.takeaway))];
  const lesson = frontmatter.lesson ?? lessonOfTakeaway(takeaways[0] ?? '');
  return { ...frontmatter, id, chapter, lesson, takeaways };
}
