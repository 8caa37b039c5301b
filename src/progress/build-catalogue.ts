/**
 * Builds the study catalogue (study-catalogue.ts) from the content collections at build time: every chapter's lessons
 * with takeaways, in sidebar order, and for each takeaway the criteria of each exercise that test it.
 */
import { getCollection } from 'astro:content';
import { chapters, takeawayHref } from '../../graders/index.ts';
import { listExercises } from '../exercise-pages/exercise-entries.ts';
import { titleTakeaway } from '../exercise-pages/takeaway-titles.ts';
import { withBase } from '../site-paths.ts';
import type { CatalogueLesson, StudyCatalogue } from './study-catalogue.ts';

/** The catalogue of the whole course. */
export async function buildStudyCatalogue(): Promise<StudyCatalogue> {
  const exercises = (await listExercises()).map(({ exercise }) => exercise);
  const docs = await getCollection('docs');
  const lessons: CatalogueLesson[] = chapters.flatMap((chapter) =>
    docs
      .filter((entry) => entry.id.startsWith(`${chapter.slug}/`) && entry.data.takeaways.length > 0)
      .sort((a, b) => (a.data.sidebar.order ?? 999) - (b.data.sidebar.order ?? 999))
      .map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        href: withBase(`/${entry.id}/`),
        takeaways: entry.data.takeaways.map((takeaway) => ({
          id: takeaway.id,
          title: titleTakeaway(takeaway.text),
          href: withBase(takeawayHref(chapter.slug, takeaway.id)),
          testedBy: exercises.flatMap((exercise) => {
            const criteria = exercise.rubric
              .filter((criterion) => criterion.takeaway === takeaway.id)
              .map((criterion) => criterion.id);
            return criteria.length > 0 ? [{ exercise: exercise.id, criteria }] : [];
          }),
        })),
      })),
  );
  return {
    lessons,
    exercises: exercises
      .map((exercise) => ({
        id: exercise.id,
        title: exercise.title,
        minutes: exercise.minutes,
        difficulty: exercise.difficulty,
        href: withBase(`/exercises/${exercise.id}/`),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}
