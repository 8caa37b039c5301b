/**
 * The components an exercise's MDX body can use without importing them: the exercise page hands them to the
 * rendered content (`<Content components={…} />`), so an instructor writes `<Hint>` and `<Explanation>` directly.
 * `satisfies` keeps this map and the names `npm run check:content` accepts the same.
 */
import type { ExerciseComponentName } from '../../../graders/index.ts';
import Curveball from './Curveball.astro';
import Explanation from './Explanation.astro';
import Hint from './Hint.astro';

/** By the name an exercise writes: `<Hint>…</Hint>`, `<Explanation>…</Explanation>`, `<Curveball>…</Curveball>`. */
export const exerciseComponents = { Hint, Explanation, Curveball } satisfies Record<ExerciseComponentName, unknown>;
