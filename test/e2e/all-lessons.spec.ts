import { expect, test } from '@playwright/test';
import { loadLessonFiles } from '../content/load-lessons.ts';

/** Every page under content/ that has diagrams shows them without JavaScript, from the pictures drawn at build. */
const pages = loadLessonFiles().map((file) => {
  const route = [file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/');
  return { path: file.path, url: route ? `/${route}/` : '/', diagrams: (file.body.match(/```mermaid/g) ?? []).length };
});

// Each page's diagrams, console and scripts, with JavaScript, are checked once in accessibility.spec.ts, where the
// page is loaded anyway for its scan in both themes.

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
