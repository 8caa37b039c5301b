/**
 * Builds what an exercise's pages embed for their scripts (the exercise page and its mock review): the rubric and
 * answer schema, the starter and model answer in each format, and the takeaways' titles. One place, so the review
 * grades with exactly the data the exercise page graded with.
 */
import { getCollection } from 'astro:content';
import { vocabularySchema } from '../../graders/index.ts';
import { printJsonAnswer, printTsAnswer } from '../editor/convert-format.ts';
import { deriveBeforeCurveball, type BeforeCurveball } from '../mock/before-curveball.ts';
import type { ExerciseEntry } from './exercise-entries.ts';
import { readExerciseFiles } from './exercise-files.ts';
import type { ExercisePageData } from './page-data.ts';
import { mapTakeawayTitles } from './takeaway-titles.ts';

/** What the exercise's mock shows before its curveball; an exercise it cannot be derived for stops the build. */
function beforeCurveballOf(
  entryId: string,
  rubric: ExerciseEntry['exercise']['rubric'],
  criteria: readonly string[],
  files: { answerSchema: object; starter: string },
): BeforeCurveball {
  try {
    return deriveBeforeCurveball(rubric, criteria, files.answerSchema, JSON.parse(files.starter));
  } catch (error) {
    throw new Error(`exercises/${entryId}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** The page data of one exercise. */
export async function loadPageData({ entry, exercise }: ExerciseEntry): Promise<ExercisePageData> {
  const files = readExerciseFiles(entry.id);
  const lessons = await getCollection('docs');
  const curveball = exercise.mock?.curveball;
  const before = curveball && beforeCurveballOf(entry.id, exercise.rubric, curveball.criteria, files);
  return {
    id: exercise.id,
    formats: exercise.formats,
    exercise: { frontmatter: exercise, answerSchema: files.answerSchema },
    vocabularySchema,
    starter: { json: files.starter, ts: printTsAnswer(JSON.parse(files.starter)) },
    model: files.model,
    takeaways: mapTakeawayTitles(lessons.flatMap((lesson) => lesson.data.takeaways)),
    ...(before && {
      beforeCurveball: {
        answerSchema: before.answerSchema,
        starter: { json: printJsonAnswer(before.starter), ts: printTsAnswer(before.starter) },
      },
    }),
  };
}
