/**
 * The smallest text in each exercise's answer drawing on a 390 px phone, for the model answer, on the exercise page
 * and in the mock review's drawing code path (both draw through src/mermaid/page/mermaid-render.ts). Mermaid draws text
 * at 16 px; the drawing's shown width over its natural width scales it. Run `npm run build` first.
 * Usage: npm run bench:drawing-text
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/diagrams/find-chromium.ts';
import { MERMAID_TEXT_PX, measureDrawing } from '../support/drawing-scale.ts';
import { EXERCISE_IDS, exercisePath } from '../support/exercise-folders.ts';
import { serveBuiltSite } from './serve-built-site.ts';

const { base, stop } = await serveBuiltSite(4336);
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  // The plain text area is enough to draw: the editor is not needed.
  await page.route(/monaco-loader\.[\w-]+\.js$/, (route) => route.abort());
  const rows: { id: string; px: number; scrolls: boolean }[] = [];
  for (const id of EXERCISE_IDS) {
    await page.goto(`${base}/exercises/${id}/`);
    await page.locator('[data-exercise-workspace][data-ready="true"]').waitFor();
    await page.locator('[data-answer-text]').fill(readFileSync(exercisePath(id, 'model.json'), 'utf8'));
    const canvas = page.locator('[data-answer-diagram][data-state="drawn"]');
    await canvas.waitFor({ timeout: 60_000 });
    const size = await canvas.locator('svg').first().evaluate(measureDrawing);
    rows.push({ id, px: (MERMAID_TEXT_PX * size.shown) / size.natural, scrolls: size.shown > size.frame });
  }
  for (const row of rows)
    console.log(`${row.id.padEnd(32)} ${row.px.toFixed(1).padStart(5)} px${row.scrolls ? '  (scrolls sideways)' : ''}`);
  const smallest = Math.min(...rows.map((row) => row.px));
  console.log(`smallest text in any answer drawing at 390 px: ${smallest.toFixed(1)} px`);
} finally {
  await browser.close();
  stop();
}
