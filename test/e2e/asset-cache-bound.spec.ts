/**
 * The service worker's runtime cache (scripts and fonts cached on use or by the offline download) is bounded: when a
 * new build takes over, it keeps only that build's files (src/integrations/asset-cache-bound.ts). Unbounded, every
 * deployment a reader took left the old build's hashed files in it for good.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE, type OfflineAsset } from '../../src/offline/asset-cache.ts';
import { makeNextBuild, startSwitchableServer } from './next-build.ts';
import { EDITOR_MS } from './timeouts.ts';

const DIST = join(import.meta.dirname, '../../dist');
const LESSON = '/architecture-patterns/monolith/';

let nextBuild: string;
let server: Awaited<ReturnType<typeof startSwitchableServer>>;

test.beforeAll(async () => {
  nextBuild = join(mkdtempSync(join(tmpdir(), 'courseware-cache-bound-')), 'dist');
  await makeNextBuild(DIST, nextBuild, {
    lessonFile: 'architecture-patterns/monolith/index.html',
    before: 'Monolithic Architecture</h1>',
    after: 'Monolithic Architecture, revised</h1>',
  });
  server = await startSwitchableServer(DIST);
});

test.afterAll(async () => {
  await server.stop();
  rmSync(join(nextBuild, '..'), { recursive: true, force: true });
});

/** The addresses in the asset cache. */
function readCachedUrls(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname),
    ASSET_CACHE_NAME,
  );
}

test('when a new build takes over, the asset cache keeps only the new build’s files', async ({ page }) => {
  test.slow();
  server.serve(DIST);
  await page.goto(`${server.base}${LESSON}`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller);
  // The old build's files in the cache, as the download (or use) leaves them: 30 of its list.
  const stored = await page.evaluate(
    async ({ name, listFile }) => {
      const list = (await (await fetch(`/${listFile}`)).json()) as { url: string }[];
      const cache = await caches.open(name);
      await cache.addAll(list.slice(0, 30).map((asset) => asset.url));
      return (await cache.keys()).length;
    },
    { name: ASSET_CACHE_NAME, listFile: OFFLINE_ASSETS_FILE },
  );
  expect(stored).toBe(30);

  server.serve(nextBuild);
  await page.reload();
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toContainText('A new version of the course is ready', { timeout: EDITOR_MS });
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture, revised', {
    timeout: EDITOR_MS,
  });
  const newList = new Set(
    (JSON.parse(readFileSync(join(nextBuild, OFFLINE_ASSETS_FILE), 'utf8')) as OfflineAsset[]).map(
      (asset) => asset.url,
    ),
  );
  await expect.poll(async () => (await readCachedUrls(page)).filter((url) => !newList.has(url))).toEqual([]);
});
