/**
 * Everything /progress/ (and the home page's "due today") shows, computed from the build's catalogue and the stored
 * records at `now`: mastery and review state per takeaway, the due list with the shortest exercise for each, and the
 * counts. Pure: the page reads storage (read-study-records.ts) and the clock, and draws the result.
 */
import { collectEvidence, type GradedRecord, type TakeawayEvidence } from './evidence.ts';
import { judgeMastery, type Mastery } from './mastery.ts';
import { isDue, scheduleReviews, type ReviewState } from './review.ts';
import {
  pickShortestExercise,
  type CatalogueExercise,
  type CatalogueLesson,
  type CatalogueTakeaway,
  type StudyCatalogue,
} from './study-catalogue.ts';

/** What the browser has stored, as the study pages read it. */
export interface StudyRecords {
  /** Graded attempts and graded mocks, with their criteria where the record has them. */
  graded: GradedRecord[];
  /** Exercises with a passed attempt or a passed mock. */
  passed: ReadonlySet<string>;
  /** Mocks sat (graded or not, abandoned included). */
  mocksSat: number;
  /** Lesson ids (`<chapter>/<lesson>`) read. */
  lessonsRead: ReadonlySet<string>;
}

/** One takeaway's standing. */
export interface TakeawayProgress {
  mastery: Mastery;
  /** Absent until a graded answer tests it. */
  review?: ReviewState;
}

/** A takeaway due for review, with what to do about it. */
export interface DueItem {
  takeaway: CatalogueTakeaway;
  lesson: CatalogueLesson;
  review: ReviewState;
  mastery: Mastery;
  /** The shortest exercise that tests it. */
  exercise?: CatalogueExercise;
}

/** The whole state of the progress page. */
export interface ProgressState {
  takeaways: Map<string, TakeawayProgress>;
  /** Due by the end of the reader's day, the longest overdue first. */
  due: DueItem[];
  /** The next review after today, if nothing is due. */
  nextDue?: number;
  counts: { lessonsRead: number; lessons: number; exercisesPassed: number; exercises: number; mocksSat: number };
  /** Whether anything was ever graded here (the home page shows "due today" only then). */
  attempted: boolean;
}

/**
 * Computes the page's state at `now`; `endOfToday` is the end of the reader's local day (ms since the epoch), which
 * only the page knows. Evidence about takeaways the catalogue no longer lists is ignored.
 */
export function computeProgress(
  catalogue: StudyCatalogue,
  records: StudyRecords,
  now: number,
  endOfToday: number,
): ProgressState {
  const known = new Set(catalogue.lessons.flatMap((lesson) => lesson.takeaways.map((takeaway) => takeaway.id)));
  const evidence = collectEvidence(records.graded).filter((item) => known.has(item.takeaway));
  const byTakeaway = new Map<string, TakeawayEvidence[]>();
  for (const item of evidence) {
    const list = byTakeaway.get(item.takeaway);
    if (list) list.push(item);
    else byTakeaway.set(item.takeaway, [item]);
  }
  const reviews = scheduleReviews(evidence);
  const exercises = new Map(catalogue.exercises.map((exercise) => [exercise.id, exercise]));
  const takeaways = new Map<string, TakeawayProgress>();
  const due: DueItem[] = [];
  let nextDue: number | undefined;
  for (const lesson of catalogue.lessons) {
    for (const takeaway of lesson.takeaways) {
      const mastery = judgeMastery(byTakeaway.get(takeaway.id) ?? [], now);
      const review = reviews.get(takeaway.id);
      takeaways.set(takeaway.id, review ? { mastery, review } : { mastery });
      if (!review) continue;
      if (isDue(review, endOfToday)) {
        const exercise = pickShortestExercise(takeaway, exercises);
        due.push(exercise ? { takeaway, lesson, review, mastery, exercise } : { takeaway, lesson, review, mastery });
      } else if (nextDue === undefined || review.due < nextDue) nextDue = review.due;
    }
  }
  due.sort((a, b) => a.review.due - b.review.due);
  const lessonIds = new Set(catalogue.lessons.map((lesson) => lesson.id));
  const state: ProgressState = {
    takeaways,
    due,
    counts: {
      lessonsRead: [...records.lessonsRead].filter((id) => lessonIds.has(id)).length,
      lessons: catalogue.lessons.length,
      exercisesPassed: catalogue.exercises.filter((exercise) => records.passed.has(exercise.id)).length,
      exercises: catalogue.exercises.length,
      mocksSat: records.mocksSat,
    },
    attempted: records.graded.length > 0 || records.mocksSat > 0,
  };
  if (due.length === 0 && nextDue !== undefined) state.nextDue = nextDue;
  return state;
}
