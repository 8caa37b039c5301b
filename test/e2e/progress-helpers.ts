/** Stored progress for the /progress/ tests and pictures, written as the exercise page writes it. */
import type { Page } from '@playwright/test';

/** The fixed clock of the progress tests: 2 March 2026, 10:00 in the browser's time zone. */
export const T0 = new Date('2026-03-02T10:00:00');
export const DAY = 24 * 60 * 60 * 1000;

/**
 * Stores attempts that put takeaways in every state at T0 (and freezes the clock there): weak (a miss), learning (one
 * success), solid (two successes a day apart), the rest not started. Written as the exercise page writes them.
 */
export async function seedAllStates(page: Page): Promise<void> {
  await page.clock.setFixedTime(T0);
  const at = T0.getTime();
  const criterion = (takeaway: string, points: number) => ({
    criterion: 'c',
    takeaway,
    points,
    max: 2,
    redFlag: false,
  });
  const attempt = (when: number, criteria: ReturnType<typeof criterion>[]) => ({
    at: when,
    format: 'json',
    score: 1,
    max: 2,
    percent: 50,
    passed: false,
    criteria,
    hintsOpen: false,
  });
  const stored = {
    'courseware:v1:attempts:notification-ec2-or-lambda': [
      attempt(at - 3 * DAY, [criterion('serverless.fit-and-misfit', 2)]),
      attempt(at - 2 * DAY, [criterion('serverless.fit-and-misfit', 2), criterion('serverless.faas-basics', 0)]),
    ],
    'courseware:v1:attempts:stateless-service': [attempt(at - DAY, [criterion('other-patterns.stateless-first', 2)])],
  };
  await page.goto('/progress/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, stored);
}
