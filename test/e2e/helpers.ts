import { expect, type BrowserContext, type Page } from '@playwright/test';
import { DIAGRAMS_DRAWN_MS } from './timeouts.ts';

/** Starts recording console errors and uncaught page errors; read the array after the test's steps. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until every Mermaid diagram on the page has finished drawing (`<html data-mermaid="done">`). */
export async function waitForDiagrams(page: Page, renders = 1): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-mermaid', 'done', { timeout: DIAGRAMS_DRAWN_MS });
  await expect
    .poll(async () => Number(await page.locator('html').getAttribute('data-mermaid-renders')), {
      timeout: DIAGRAMS_DRAWN_MS,
    })
    .toBeGreaterThanOrEqual(renders);
}

/**
 * Records the URL of every JavaScript file requested, by the page or (given the context) also by its
 * service worker, so background downloads count too.
 */
export function recordScriptRequests(page: Page | BrowserContext): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) urls.push(request.url());
  });
  return urls;
}
