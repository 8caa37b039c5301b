import { expect, test } from '@playwright/test';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { waitForDiagrams } from './helpers.ts';
import { OFFLINE_DOWNLOAD_MS } from './timeouts.ts';

const lessonUrls = loadLessonFiles()
  .filter((file) => file.chapter === 'architecture-patterns' && file.body.includes('```mermaid'))
  .map((file) => `/${file.chapter}/${file.slug === 'index' ? '' : `${file.slug}/`}`);

test('after one visit, lesson text and search work with no network', async ({ context, page }) => {
  await page.goto('/');
  // `ready` resolves once the worker is active, i.e. after it has precached the pages and the index.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  await page.goto('/architecture-patterns/microservices/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Microservices');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: 'Monolith' }).first()).toBeVisible();
});

test('"make everything available offline" lets every lesson draw its diagrams with no network', async ({
  context,
  page,
}) => {
  await page.goto('/guide/using-the-course/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const download = page.getByRole('button', { name: /Make everything available offline \(\d+\.\d MB\)/ });
  await download.click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything is available offline.' })).toBeVisible({
    timeout: OFFLINE_DOWNLOAD_MS,
  });
  await context.setOffline(true);

  expect(lessonUrls.length).toBeGreaterThan(1);
  for (const url of lessonUrls) {
    await page.goto(url);
    await waitForDiagrams(page);
    await expect(page.locator('pre.mermaid[data-mermaid-state="error"]')).toHaveCount(0);
    expect(await page.locator('pre.mermaid[data-mermaid-state="rendered"]').count()).toBeGreaterThan(0);
  }
  await page.goto('/guide/using-the-course/');
  await expect(page.getByRole('status').filter({ hasText: 'Everything is available offline.' })).toBeVisible();
});
