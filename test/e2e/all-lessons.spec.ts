import { expect, test } from '@playwright/test';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { recordPageErrors, recordScriptRequests } from './helpers.ts';

/** Every page under content/, found on disk: it renders with a picture for each diagram, nothing logs an error. */
const pages = loadLessonFiles().map((file) => {
  const route = [file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/');
  return { path: file.path, url: route ? `/${route}/` : '/', diagrams: (file.body.match(/```mermaid/g) ?? []).length };
});

for (const page of pages) {
  test(`${page.path} renders with a picture for every diagram and no console error`, async ({ page: browser }) => {
    const errors = recordPageErrors(browser);
    const scripts = recordScriptRequests(browser);
    const response = await browser.goto(page.url);
    expect(response?.status()).toBe(200);
    await expect(browser.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(browser.locator('figure.diagram')).toHaveCount(page.diagrams);
    await expect(browser.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true })).toHaveCount(
      page.diagrams,
    );
    await expect(browser.locator('pre.mermaid')).toHaveCount(0);
    await browser.waitForLoadState('networkidle');
    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every lesson shows every diagram', async ({ page: browser }) => {
    for (const page of pages.filter((entry) => entry.diagrams > 0)) {
      await browser.goto(page.url);
      await expect(
        browser.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true }),
        page.path,
      ).toHaveCount(page.diagrams);
    }
  });
});
