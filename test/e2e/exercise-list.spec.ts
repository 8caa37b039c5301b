import { expect, test, type Page } from '@playwright/test';
import { listExerciseFolders } from './exercise-helpers.ts';

const cards = (page: Page) => page.locator('[data-exercise-card]');
const visibleIds = (page: Page): Promise<string[]> =>
  cards(page)
    .filter({ visible: true })
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-exercise-card') ?? ''));

test.describe('the exercise list filtered by lesson and takeaway', () => {
  test('a lesson keeps the exercises that practise it, and the choice is in the address', async ({ page }) => {
    await page.goto('/exercises/');
    const total = await cards(page).count();
    expect(total).toBe(listExerciseFolders().length);
    await expect(page.getByRole('status').filter({ hasText: `Showing all ${total} exercises.` })).toBeVisible();

    await page.getByLabel('Lesson').selectOption({ label: 'Serverless Architecture' });
    const shown = await visibleIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    // Every exercise shown practises the lesson, and every one that practises it is shown.
    for (const card of await cards(page).all()) {
      const practises = ((await card.getAttribute('data-lessons')) ?? '').split(' ');
      const wanted = practises.includes('architecture-patterns/serverless');
      await expect(card).toBeVisible({ visible: wanted });
    }
    await expect(page.getByRole('status')).toHaveText(`Showing ${shown.length} of ${total} exercises.`);
    await expect(page).toHaveURL(/\?lesson=architecture-patterns%2Fserverless$/);

    // The address restores the filter.
    await page.reload();
    await expect(page.getByLabel('Lesson')).toHaveValue('architecture-patterns/serverless');
    expect(await visibleIds(page)).toEqual(shown);

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByRole('status')).toHaveText(`Showing all ${total} exercises.`);
    await expect(page).toHaveURL(/\/exercises\/$/);
  });

  test('a takeaway keeps the exercises with a criterion that tests it', async ({ page }) => {
    await page.goto('/exercises/?takeaway=monolith.extract-painful-first');
    await expect(page.getByLabel('Takeaway')).toHaveValue('monolith.extract-painful-first');
    const shown = await visibleIds(page);
    expect(shown).toContain('monolith-extraction-plan');
    for (const card of await cards(page).all()) {
      const tests = ((await card.getAttribute('data-takeaways')) ?? '').split(' ');
      await expect(card).toBeVisible({ visible: tests.includes('monolith.extract-painful-first') });
    }
    // Keyboard: the select is reachable and changing it filters at once.
    await page.getByLabel('Takeaway').focus();
    await page.getByLabel('Takeaway').selectOption('');
    await expect(cards(page).filter({ visible: true })).toHaveCount(await cards(page).count());
  });

  test('an unknown value in the address is ignored, not an empty list', async ({ page }) => {
    await page.goto('/exercises/?lesson=nowhere/nothing');
    await expect(page.getByLabel('Lesson')).toHaveValue('');
    await expect(cards(page).filter({ visible: true })).toHaveCount(await cards(page).count());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every exercise is listed and the filter, which needs a script, is not offered', async ({ page }) => {
    await page.goto('/exercises/?lesson=architecture-patterns/serverless');
    await expect(page.locator('[data-exercise-filter]')).toBeHidden();
    await expect(cards(page).filter({ visible: true })).toHaveCount(listExerciseFolders().length);
  });
});
