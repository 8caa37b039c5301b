/**
 * The names of the components an exercise's MDX can use without importing them. Kept apart from the components
 * themselves (src/components/exercise/, .astro files which only Astro can load) so `npm run check:content` can read
 * the list in plain Node.
 */
export const EXERCISE_COMPONENT_NAMES = ['Hint', 'Explanation', 'Curveball'] as const;

/** One of those names. */
export type ExerciseComponentName = (typeof EXERCISE_COMPONENT_NAMES)[number];
