import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { reachAnswer } from './exercise-helpers.ts';
import { formatKilobytes, measurePageScripts } from './page-weight.ts';
import { EDITOR_MS } from './timeouts.ts';
import { collectScripts, listPageScripts } from '../../src/integrations/script-graph.ts';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { EXERCISE_IDS } from '../support/exercise-folders.ts';
import { DIAGRAM_FIGURE, weighPage } from '../support/weigh-page.ts';

/**
 * The site's byte budgets, all in one place. Most are read from the build itself, with no browser: the scripts a
 * page loads before anything on demand (its HTML's scripts and their static imports). Deterministic for a given
 * build, so exact limits are fair. Only what Monaco pulls in once it runs is weighed in a browser.
 */
const DIST = join(import.meta.dirname, '../../dist');

function weighUpFront(htmlFile: string): { files: number; gzip: number } {
  const scripts = collectScripts(DIST, listPageScripts(DIST, htmlFile), { followDynamic: false });
  const gzip = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(join(DIST, script))).length, 0);
  return { files: scripts.length, gzip };
}

test('an exercise page loads at most 150 KB of gzipped JS before Monaco', () => {
  const weight = weighUpFront('exercises/food-delivery-communication/index.html');
  console.log(`exercise page up front: ${weight.files} scripts, ${(weight.gzip / 1024).toFixed(1)} KB gzip`);
  expect(weight.gzip).toBeLessThanOrEqual(150 * 1024);
});

/**
 * The answer form (src/answer-fields/page/answer-form.ts) is loaded when chosen: its own script and whatever it imports
 * that the exercise page has not loaded up front. 12 KB gzip: the form, the schema reading behind the "Answer
 * format" panel (already written for the panel, so no JSON-Schema form library of 100+ KB), and no template engine.
 */
const FORM_BUDGET_GZIP = 12 * 1024;

test('the answer form adds at most 12 KB of gzipped JS to an exercise page', () => {
  const entry = readdirSync(join(DIST, '_astro')).find((file) => /^answer-form\.[\w-]+\.js$/.test(file));
  expect(entry, 'the answer form is its own script, loaded on demand').toBeDefined();
  const upFront = new Set(
    collectScripts(DIST, listPageScripts(DIST, 'exercises/order-placed-events/index.html'), { followDynamic: false }),
  );
  expect(upFront.has(`_astro/${entry ?? ''}`), 'not loaded before it is chosen').toBe(false);
  const added = collectScripts(DIST, [`_astro/${entry ?? ''}`], { followDynamic: false }).filter(
    (script) => !upFront.has(script),
  );
  const raw = added.reduce((sum, script) => sum + readFileSync(join(DIST, script)).length, 0);
  const gzip = added.reduce((sum, script) => sum + gzipSync(readFileSync(join(DIST, script))).length, 0);
  console.log(
    `answer form: ${added.length} scripts, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
  expect(gzip).toBeLessThanOrEqual(FORM_BUDGET_GZIP);
});

test('a page without a diagram loads at most 40 KB of gzipped JS up front', () => {
  const weight = weighUpFront('guide/using-the-course/index.html');
  console.log(`page without diagram up front: ${weight.files} scripts, ${(weight.gzip / 1024).toFixed(1)} KB gzip`);
  expect(weight.gzip).toBeLessThanOrEqual(40 * 1024);
});

test('/progress/ loads at most 40 KB of gzipped JS up front, the FSRS scheduler included', () => {
  const weight = weighUpFront('progress/index.html');
  console.log(`progress page up front: ${weight.files} scripts, ${(weight.gzip / 1024).toFixed(1)} KB gzip`);
  expect(weight.gzip).toBeLessThanOrEqual(40 * 1024);
});

test('a lesson with diagrams loads at most 40 KB of gzipped JS up front: its diagrams are pictures, not code', () => {
  const weight = weighUpFront('architecture-patterns/monolith/index.html');
  console.log(`lesson page up front: ${weight.files} scripts, ${(weight.gzip / 1024).toFixed(1)} KB gzip`);
  expect(weight.gzip).toBeLessThanOrEqual(40 * 1024);
});

const lessonsWithDiagrams = loadLessonFiles()
  .filter((file) => file.body.includes('```mermaid'))
  .map((file) => `${file.chapter}/${file.slug === 'index' ? '' : `${file.slug}/`}index.html`);

test('a lesson with diagrams weighs at most 1.3 times the same lesson without them, and holds no diagram code', () => {
  expect(lessonsWithDiagrams.length).toBeGreaterThan(1);
  for (const htmlFile of lessonsWithDiagrams) {
    const html = readFileSync(join(DIST, htmlFile), 'utf8');
    const withoutDiagrams = html.replace(DIAGRAM_FIGURE, '');
    expect(withoutDiagrams.length, `${htmlFile} holds its diagrams as figures`).toBeLessThan(html.length);
    const bytes = weighPage(DIST, htmlFile, html).total;
    const ratio = bytes / weighPage(DIST, htmlFile, withoutDiagrams).total;
    console.log(`${htmlFile}: ${(bytes / 1024).toFixed(1)} KB gzip, ${ratio.toFixed(2)}× without diagrams`);
    expect(ratio, htmlFile).toBeLessThanOrEqual(1.3);
    const scripts = collectScripts(DIST, listPageScripts(DIST, htmlFile), { followDynamic: false });
    expect(scripts.filter((script) => /mermaid/i.test(script))).toEqual([]);
  }
});

/** What the service worker precaches: the `url`s of the manifest Workbox wrote into `sw.js`, dist-relative. */
function readPrecacheList(): Set<string> {
  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return new Set([...serviceWorker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1] ?? ''));
}

/** Budgets for grading offline: the grading worker and every exercise's validators are precached for all readers. */
const GRADING_RAW_BUDGET = 640 * 1024;
const GRADING_GZIP_BUDGET = 160 * 1024;
const VALIDATORS_RAW_BUDGET = 64 * 1024;

test('the precache holds everything grading needs, in at most 640 KB (160 KB gzipped), 64 KB per exercise', () => {
  const workerFile = readdirSync(join(DIST, '_astro')).find((file) => /^grade-worker-[\w-]+\.js$/.test(file));
  expect(workerFile).toBeDefined();
  const worker = `_astro/${workerFile ?? ''}`;
  // The worker, ajv's runtime helpers and one validators module per exercise (see content-security-policy.spec.ts).
  const grading = collectScripts(DIST, [worker], { followDynamic: true });
  expect(grading.length).toBeGreaterThanOrEqual(EXERCISE_IDS.length + 1);
  const precached = readPrecacheList();
  expect(grading.filter((script) => !precached.has(script))).toEqual([]);

  const sizes = grading.map((script) => {
    const bytes = readFileSync(join(DIST, script));
    return { script, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
  const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
  console.log(`grading precached: ${sizes.length} scripts, ${formatKilobytes(raw)} raw, ${formatKilobytes(gzip)} gzip`);
  expect(raw).toBeLessThanOrEqual(GRADING_RAW_BUDGET);
  expect(gzip).toBeLessThanOrEqual(GRADING_GZIP_BUDGET);
  for (const id of EXERCISE_IDS) {
    // Vite names a chunk after its module, with an 8-character hash.
    const validators = sizes.filter((size) => new RegExp(`^_astro/${id}-[\\w-]{8}\\.js$`).test(size.script));
    expect(validators, id).toHaveLength(1);
    expect(validators[0]?.raw, id).toBeLessThanOrEqual(VALIDATORS_RAW_BUDGET);
  }
});

test('an exercise page with Monaco in JSON mode and the drawing loads at most 3 MB of gzipped JS', async ({ page }) => {
  // What Monaco's loader pulls in once it runs is known only in a browser.
  const weight = await measurePageScripts(page, '/exercises/food-delivery-communication/', async (p) => {
    await reachAnswer(p);
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
