import { expect, test } from '@playwright/test';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { recordPageErrors, waitForDiagrams } from './helpers.ts';

/** Every page under content/, found on disk: it renders, its diagrams finish, nothing logs an error. */
const pages = loadLessonFiles().map((file) => {
  const route = [file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/');
  return { path: file.path, url: route ? `/${route}/` : '/', diagrams: (file.body.match(/```mermaid/g) ?? []).length };
});

for (const page of pages) {
  test(`${page.path} renders with every diagram drawn and no console error`, async ({ page: browser }) => {
    const errors = recordPageErrors(browser);
    const response = await browser.goto(page.url);
    expect(response?.status()).toBe(200);
    await expect(browser.getByRole('heading', { level: 1 })).toBeVisible();
    if (page.diagrams > 0) {
      await waitForDiagrams(browser);
      await expect(browser.locator('pre.mermaid[data-mermaid-state="rendered"]')).toHaveCount(page.diagrams);
    } else {
      await browser.waitForLoadState('networkidle');
      await expect(browser.locator('pre.mermaid')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
}
