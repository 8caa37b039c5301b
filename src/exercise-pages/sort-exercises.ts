/** The order of the exercise list: as a reader meets the lessons, then from warm-up to stretch, then by title. */

/** The difficulties an exercise declares, from the first to try to the last. */
const DIFFICULTY_ORDER: readonly string[] = ['warm-up', 'core', 'stretch'];

/** What the order reads of an exercise. */
export interface SortableExercise {
  lesson: string;
  difficulty: string;
  title: string;
}

/**
 * Sorts `exercises` by the position of their lesson (`lessonOrder`, the sidebar's order; an unknown lesson goes last),
 * then by difficulty, then by title; returns a new array.
 */
export function sortExercises<T>(
  exercises: readonly T[],
  read: (item: T) => SortableExercise,
  lessonOrder: readonly string[],
): T[] {
  const rank = (list: readonly string[], value: string) => {
    const index = list.indexOf(value);
    return index === -1 ? list.length : index;
  };
  return [...exercises].sort((left, right) => {
    const a = read(left);
    const b = read(right);
    return (
      rank(lessonOrder, a.lesson) - rank(lessonOrder, b.lesson) ||
      rank(DIFFICULTY_ORDER, a.difficulty) - rank(DIFFICULTY_ORDER, b.difficulty) ||
      a.title.localeCompare(b.title)
    );
  });
}
