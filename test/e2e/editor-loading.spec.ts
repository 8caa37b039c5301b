import { expect, test } from '@playwright/test';
import { reachAnswer } from './exercise-helpers.ts';
import { EDITOR_MS } from './timeouts.ts';

/** The exercise page loads its editor and drawing code only when they are needed (byte budgets: byte-budget.spec.ts). */
test('an exercise page paints its prompt first and requests no editor code until the answer is reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const order: string[] = [];
  page.on('request', (request) => {
    if (/\.js$/.test(new URL(request.url()).pathname)) order.push(new URL(request.url()).pathname);
  });
  await page.goto('/exercises/food-delivery-communication/');
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await page.waitForLoadState('networkidle');
  // On a phone the prompt fills the screen: reading it downloads no editor and no diagram code.
  expect(order.filter((path) => /monaco|mermaid/.test(path))).toEqual([]);
  await expect(page.locator('[data-editor-status]')).toContainText('loads when you reach it');
  // No editor stylesheet blocks the first paint either: the page links none of Monaco's.
  const stylesheets = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(stylesheets.filter((href) => /monaco|editor|workers/.test(href))).toEqual([]);

  await reachAnswer(page);
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-editor', 'monaco', {
    timeout: EDITOR_MS,
  });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    editor:
      performance.getEntriesByType('resource').find((entry) => /monaco-loader/.test(entry.name))?.startTime ??
      Number.NaN,
  }));
  expect(timing.paint).toBeLessThan(timing.editor);
  const monaco = order.findIndex((path) => /monaco-loader/.test(path));
  const mermaid = order.findIndex((path) => /mermaid-render/.test(path));
  expect(monaco).toBeGreaterThan(-1);
  // The answer's drawing waits for the editor, so mermaid never competes with Monaco for the network.
  expect(mermaid).toBeGreaterThan(monaco);
});
