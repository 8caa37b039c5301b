/**
 * A candidate's walk through the built site, as issue 23 asks it repeated before a release: the home page, a lesson, an
 * exercise answered and graded, /progress/, a mock up to its curveball; on a desktop and on a phone; online, then offline from a
 * cold start (one online visit to the home page, then no network). Each step saves `walkthrough/<profile>-<step>.png`.
 */
import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../e2e/phone.ts';
import { reachAnswer } from '../e2e/exercise-helpers.ts';
import { recordPageErrors } from '../e2e/helpers.ts';

const SHOTS = 'walkthrough';
const LESSON = '/architecture-patterns/event-driven/';
const EXERCISE = 'food-delivery-communication';
const CURVEBALL_EXERCISE = 'order-placed-events';
/** The curveball's field: nothing may name it before the reveal. */
const CURVEBALL_FIELD = 'newConsumer';

const profiles = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: PHONE },
] as const;

async function shoot(page: Page, profile: string, step: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${profile}-${step}.png`, fullPage: false });
}

/** Presses Grade and waits for its outcome. */
async function grade(page: Page): Promise<string | null> {
  const root = page.locator('[data-exercise-workspace]');
  await page.getByRole('button', { name: /^Grade/ }).click();
  await expect(root).toHaveAttribute('data-grade-outcome', /.+/, { timeout: 30_000 });
  await expect(root).not.toHaveAttribute('data-grading', 'true');
  await page.locator('[data-report]').first().scrollIntoViewIfNeeded();
  return root.getAttribute('data-grade-outcome');
}

for (const profile of profiles) {
  test.describe(profile.name, () => {
    test.use(profile.use);

    test('online: home, lesson, exercise graded, mock up to its curveball', async ({ page }) => {
      const errors = recordPageErrors(page);
      await page.goto('/');
      await shoot(page, profile.name, 'online-1-home');
      await page.goto(LESSON);
      await page.locator('main svg').first().scrollIntoViewIfNeeded();
      await shoot(page, profile.name, 'online-2-lesson-diagram');

      await page.goto(`/exercises/${EXERCISE}/`);
      await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
      await shoot(page, profile.name, 'online-3-exercise-top');
      await reachAnswer(page);
      await shoot(page, profile.name, 'online-4-answer');
      expect(await grade(page)).toBeTruthy();
      await shoot(page, profile.name, 'online-5-report');
      await page.goto('/progress/');
      await expect(page.locator('html')).toHaveAttribute('data-progress-page', 'ready');
      await shoot(page, profile.name, 'online-5b-progress');

      await page.clock.install();
      await page.goto(`/exercises/${CURVEBALL_EXERCISE}/`);
      await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
      const mock = page.getByRole('region', { name: 'Timed mock interview' });
      await mock.getByRole('button', { name: /^Start a \d+-minute mock/ }).click();
      await reachAnswer(page);
      await shoot(page, profile.name, 'online-6-mock-before-curveball');
      // Whatever the candidate can read before the reveal: nothing names the curveball's field.
      expect(await page.locator('main').innerText()).not.toContain(CURVEBALL_FIELD);
      await page.clock.fastForward('06:00');
      await expect(page.locator('aside[data-curveball]')).toBeVisible();
      await shoot(page, profile.name, 'online-7-mock-after-curveball');
      expect(errors).toEqual([]);
    });

    test('offline from a cold start: one online visit, then an exercise never opened is graded', async ({
      page,
      context,
    }) => {
      await page.goto('/');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      await page.goto(LESSON);
      await shoot(page, profile.name, 'offline-1-lesson');
      await page.goto(`/exercises/${EXERCISE}/`);
      await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
      await reachAnswer(page);
      await shoot(page, profile.name, 'offline-2-answer');
      expect(await grade(page)).toBeTruthy();
      await shoot(page, profile.name, 'offline-3-report');
      await page.goto('/progress/');
      await shoot(page, profile.name, 'offline-4-progress');
    });
  });
}
