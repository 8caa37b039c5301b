/** How each mastery state is named and marked on the study pages: a word and a shape, never colour alone. */
import type { MasteryState } from './mastery.ts';

/** The state in words. */
export const MASTERY_WORDS: Readonly<Record<MasteryState, string>> = {
  'not-started': 'Not started',
  weak: 'Weak',
  learning: 'Learning',
  solid: 'Solid',
};

/** The state's shape, drawn in its cell (hidden from screen readers, which read the word). */
export const MASTERY_SHAPES: Readonly<Record<MasteryState, string>> = {
  'not-started': '○',
  weak: '✕',
  learning: '◐',
  solid: '●',
};
