/**
 * The answer drawing ends drawn on every exercise page, through the real sequence of a visit: the page restores the
 * draft, Monaco takes over (the drawing waits for it), the answer is graded and redrawn with its marks. Issue 25 saw
 * the drawing end "stale" in some page loads; "stale" claims a last good version after a failed redraw, so every
 * state the canvas passes through is recorded from the first paint, and any but "drawn"
 * (or "empty", for a starter with nothing to draw yet) fails the load, naming the exercise.
 */
import { expect, test } from '@playwright/test';
import {
  gradeAnswer,
  listExerciseFolders,
  openExercise,
  readExerciseFile,
  replaceAnswer,
  waitForMonaco,
} from './exercise-helpers.ts';
import { recordPageErrors } from './helpers.ts';
import { TEST_MS } from './timeouts.ts';

test.use({ serviceWorkers: 'block' });

declare global {
  interface Window {
    /** Every value the answer drawing's `data-state` took, in order. */
    __drawingStates?: string[];
  }
}

// One page visits every exercise in turn, as a candidate moving through the course does: the browser keeps what it
// downloaded (Monaco, mermaid), so the loads are many without each paying for a cold cache.
test('every answer drawing ends drawn, after Monaco and after grading, on every exercise page', async ({ page }) => {
  test.setTimeout(TEST_MS * listExerciseFolders().length);
  const errors = recordPageErrors(page);
  await page.addInitScript(() => {
    window.__drawingStates = [];
    new MutationObserver((records) => {
      for (const record of records)
        if (record.target instanceof HTMLElement && record.target.matches('[data-answer-diagram]'))
          window.__drawingStates?.push(record.target.dataset['state'] ?? '');
    }).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
  });
  for (const exercise of listExerciseFolders()) {
    await test.step(exercise, async () => {
      await openExercise(page, exercise);
      await waitForMonaco(page);
      const canvas = page.locator('[data-answer-diagram]');
      // A starter with nothing to draw yet ends empty; one with services ends drawn.
      await expect(canvas).toHaveAttribute('data-state', /^(drawn|empty)$/);
      // The model answer, pasted: every criterion graded, so the redraw carries marks.
      await replaceAnswer(page, readExerciseFile(exercise, 'model.json'));
      await gradeAnswer(page);
      await expect(canvas).toHaveAttribute('data-marked', 'true');
      await expect(canvas).toHaveAttribute('data-state', 'drawn');
      const states = await page.evaluate(() => window.__drawingStates ?? []);
      expect(
        states.filter((state) => state !== 'drawn' && state !== 'empty'),
        exercise,
      ).toEqual([]);
    });
  }
  expect(errors).toEqual([]);
});
