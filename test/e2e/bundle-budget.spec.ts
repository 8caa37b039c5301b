import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { collectScripts, listPageScripts } from '../../src/integrations/script-graph.ts';

/**
 * Byte budgets read from the build itself: the scripts a page loads before anything on demand (its
 * HTML's scripts and their static imports). Deterministic for a given build, so exact limits are fair.
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

test('a lesson page loads at most 40 KB of gzipped JS up front (mermaid comes later, only with diagrams)', () => {
  const weight = weighUpFront('architecture-patterns/monolith/index.html');
  console.log(`lesson page up front: ${weight.files} scripts, ${(weight.gzip / 1024).toFixed(1)} KB gzip`);
  expect(weight.gzip).toBeLessThanOrEqual(40 * 1024);
});
