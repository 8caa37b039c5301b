import { describe, expect, it } from 'vitest';
import { sortExercises } from '../../../src/exercise-pages/sort-exercises.ts';

const exercise = (title: string, lesson: string, difficulty: string) => ({ title, lesson, difficulty });

describe('sortExercises', () => {
  it('orders by lesson as the sidebar does, then warm-up before core before stretch, then by title', () => {
    const sorted = sortExercises(
      [
        exercise('Zeta', 'monolith', 'core'),
        exercise('Beta', 'event-driven', 'stretch'),
        exercise('Alpha', 'event-driven', 'core'),
        exercise('Gamma', 'event-driven', 'warm-up'),
        exercise('Aardvark', 'event-driven', 'core'),
        exercise('Orphan', 'nowhere', 'warm-up'),
      ],
      (item) => item,
      ['event-driven', 'monolith'],
    );
    expect(sorted.map((item) => item.title)).toEqual(['Gamma', 'Aardvark', 'Alpha', 'Beta', 'Zeta', 'Orphan']);
  });
});
