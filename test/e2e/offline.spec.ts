import { expect, test } from '@playwright/test';
import { waitForDiagrams } from './helpers.ts';

test('after one visit, lessons, their diagrams and search work with no network', async ({ context, page }) => {
  await page.goto('/');
  // `ready` resolves once the worker is active, i.e. after it has precached the site.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  await page.goto('/architecture-patterns/microservices/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Microservices');
  await waitForDiagrams(page);
  await expect(page.locator('pre.mermaid[data-mermaid-state="rendered"]').first()).toBeVisible();

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: 'Monolith' }).first()).toBeVisible();
});
