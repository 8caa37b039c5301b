import { expect, test } from '@playwright/test';
import { formatKilobytes, measurePageScripts } from './page-weight.ts';
import { EDITOR_MS } from './timeouts.ts';

/**
 * Byte budgets for the JS a page downloads. Bytes are deterministic for a given build, so these are
 * tests, not benchmarks; the figures are printed for the notes (`npx playwright test page-weight`).
 */
const BUDGET_GZIP = 40 * 1024;

test('a page without a diagram stays within its JS budget', async ({ page }) => {
  const weight = await measurePageScripts(page, '/guide/using-the-course/', (p) => p.waitForLoadState('networkidle'));
  console.log(
    `page without diagram: ${weight.files} JS files, ${formatKilobytes(weight.raw)} raw, ${formatKilobytes(weight.gzip)} gzip`,
  );
  expect(weight.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
});

test('a lesson with diagrams has the same JS budget: its diagrams are pictures, not code', async ({ page }) => {
  const weight = await measurePageScripts(page, '/architecture-patterns/monolith/', (p) =>
    p.waitForLoadState('networkidle'),
  );
  console.log(
    `lesson with diagrams: ${weight.files} JS files, ${formatKilobytes(weight.raw)} raw, ${formatKilobytes(weight.gzip)} gzip`,
  );
  expect(weight.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
});

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

  await page.locator('[data-answer-text]').scrollIntoViewIfNeeded();
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

test('weighs Monaco in JSON mode (printed for the notes; bounded so a regression shows)', async ({ page }) => {
  const weight = await measurePageScripts(page, '/exercises/food-delivery-communication/', async (p) => {
    await p.locator('[data-answer-text]').scrollIntoViewIfNeeded();
    await expect(p.locator('[data-exercise-workspace]')).toHaveAttribute('data-editor', 'monaco', {
      timeout: EDITOR_MS,
    });
    await p.waitForLoadState('networkidle');
  });
  console.log(
    `exercise page with Monaco (JSON) and the drawing: ${weight.files} JS files, ${formatKilobytes(weight.raw)} raw, ${formatKilobytes(weight.gzip)} gzip`,
  );
  expect(weight.gzip).toBeLessThanOrEqual(3 * 1024 * 1024);
});
