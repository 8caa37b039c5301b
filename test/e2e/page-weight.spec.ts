import { expect, test } from '@playwright/test';
import { waitForDiagrams } from './helpers.ts';
import { formatKilobytes, measurePageScripts } from './page-weight.ts';

/**
 * Byte budgets for the JS a page downloads. Bytes are deterministic for a given build, so these are
 * tests, not benchmarks; the figures are printed for the notes (`npx playwright test page-weight`).
 */
const BUDGET_WITHOUT_DIAGRAM_GZIP = 40 * 1024;
const BUDGET_WITH_DIAGRAM_GZIP = 900 * 1024;

test('a page without a diagram stays within its JS budget', async ({ page }) => {
  const weight = await measurePageScripts(page, '/guide/using-the-course/', (p) => p.waitForLoadState('networkidle'));
  console.log(
    `page without diagram: ${weight.files} JS files, ${formatKilobytes(weight.raw)} raw, ${formatKilobytes(weight.gzip)} gzip`,
  );
  expect(weight.gzip).toBeLessThanOrEqual(BUDGET_WITHOUT_DIAGRAM_GZIP);
});

test('a lesson with diagrams stays within its JS budget', async ({ page }) => {
  const weight = await measurePageScripts(page, '/architecture-patterns/monolith/', (p) => waitForDiagrams(p));
  console.log(
    `lesson with diagrams: ${weight.files} JS files, ${formatKilobytes(weight.raw)} raw, ${formatKilobytes(weight.gzip)} gzip`,
  );
  expect(weight.gzip).toBeLessThanOrEqual(BUDGET_WITH_DIAGRAM_GZIP);
});
