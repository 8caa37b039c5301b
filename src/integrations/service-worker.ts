import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { ASSET_CACHE_BOUND_FILE, writeAssetCacheBoundScript } from './asset-cache-bound.ts';
import { collectScripts, listHtmlFiles, listPageScripts } from './script-graph.ts';
import { ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE, type OfflineAsset } from '../offline/asset-cache.ts';

/** Largest single file the whole-course download may fetch: Monaco's TypeScript worker is ~7 MB. */
const MAX_ASSET_BYTES = 12 * 1024 * 1024;

/**
 * Hashed files under `_astro/` that are cached on use rather than precached: scripts and TrueType fonts (Monaco's
 * codicon icon font is one; it is requested only once the editor draws).
 */
const ON_USE_ASSET = /\.(?:js|ttf)$/;

/** The assets folder as the download's list names it: from the site's root; the page puts its base before it. */
const ASSETS_FROM_ROOT = '/_astro/'; // root-path-ok: the page adds the base (src/offline/page/offline-download.ts)

/** Every hashed script (and on-demand font) under `_astro/` that is not in `precached`, with its size. */
function listOnUseAssets(distDirectory: string, precached: ReadonlySet<string>): OfflineAsset[] {
  const assets = join(distDirectory, '_astro');
  return readdirSync(assets)
    .filter((file) => ON_USE_ASSET.test(file) && !precached.has(`_astro/${file}`))
    .sort()
    .map((file) => ({ url: `${ASSETS_FROM_ROOT}${file}`, bytes: statSync(join(assets, file)).size }))
    .filter((asset) => asset.bytes <= MAX_ASSET_BYTES);
}

/**
 * Heavy features loaded on demand, by the bundled name of their entry module. They and what only
 * they import are cached on first use (or by the download button), never precached.
 */
const ON_DEMAND_ENTRY = /^_astro\/(?:mermaid-render|monaco-loader)\.[\w-]+\.js$/;

/**
 * The scripts a page can need without a heavy feature: those its HTML loads and everything they
 * import, statically or not (Pagefind's UI is a dynamic import), and the workers they start with everything those
 * import: the grading worker and every exercise's validators (~0.4 MB), so any exercise grades offline after one
 * visit to any page. It stops at on-demand entries.
 */
function listLightScripts(distDirectory: string): string[] {
  const entries = listHtmlFiles(distDirectory).flatMap((file) => listPageScripts(distDirectory, file));
  return collectScripts(distDirectory, entries, {
    followDynamic: true,
    followWorkers: true,
    stopAt: (script) => ON_DEMAND_ENTRY.test(script),
  });
}

/** What `writeServiceWorker` wrote: the precache (count, bytes) and the files left to be cached on use. */
export interface ServiceWorkerSummary {
  count: number;
  size: number;
  warnings: string[];
  scripts: OfflineAsset[];
}

/**
 * Writes `sw.js` (and the list of on-use files) into the built site at `globDirectory`. Exported so a test can build
 * the service worker of a second, changed build, as a new deployment would.
 */
export async function writeServiceWorker(globDirectory: string): Promise<ServiceWorkerSummary> {
  const lightScripts = listLightScripts(globDirectory);
  // The download offers only what the precache does not hold already, so the size it shows is what it adds.
  const scripts = listOnUseAssets(globDirectory, new Set(lightScripts));
  writeFileSync(join(globDirectory, OFFLINE_ASSETS_FILE), JSON.stringify(scripts));
  writeFileSync(
    join(globDirectory, ASSET_CACHE_BOUND_FILE),
    writeAssetCacheBoundScript(ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE),
  );
  const { count, size, warnings } = await generateSW({
    globDirectory,
    globPatterns: ['**/*.{html,css,svg,png,woff2}', 'pagefind/**/*', OFFLINE_ASSETS_FILE, ...lightScripts],
    swDest: join(globDirectory, 'sw.js'),
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new build's worker installs and waits: the old one keeps serving the open pages the files of their own
    // build, until the reader accepts "A new version is ready" (src/offline/page/update-notice.ts), which posts
    // {type: 'SKIP_WAITING'} (Workbox adds that listener when skipWaiting is false) and reloads.
    skipWaiting: false,
    navigateFallback: null,
    // Pagefind appends `?ts=<time>` to its entry file to dodge HTTP caches; the precache must ignore it.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    runtimeCaching: [
      {
        // Hashed file names never change content, so the cache can answer first. Fonts too: without
        // them, Monaco offline asked the network for its icon font and logged a failed request.
        urlPattern: /\/_astro\/.+\.(?:js|ttf)$/,
        handler: 'CacheFirst',
        options: {
          cacheName: ASSET_CACHE_NAME,
          // The preview server sends `Vary: Origin`; module scripts carry an Origin header that the
          // download button's plain requests lack, and must still match what it stored.
          matchOptions: { ignoreVary: true },
        },
      },
    ],
    // Bounds the runtime cache below to this build's files, once this build takes over (asset-cache-bound.ts).
    importScripts: [ASSET_CACHE_BOUND_FILE],
    sourcemap: false,
  });
  return { count, size, warnings, scripts };
}

/**
 * After `astro build`, writes `dist/sw.js`, a Workbox service worker:
 * - it precaches the light part of the site (every page, the styles, every script except on-demand features,
 *   the grading worker with every exercise's validators, the Pagefind index), so any lesson, its diagrams (pictures
 *   in the page), navigation, search and the grading of any exercise (in the plain text area) work offline after one
 *   visit to any page;
 * - hashed scripts (the editor, and mermaid for drawing a candidate's answer) and the editor's icon font are cached
 *   the first time a page uses them, never before, so a lesson downloads no editor or diagram code;
 * - `dist/offline-assets.json` lists those files (and nothing precached) for the "make the editor and drawings
 *   available offline" button, which fills the same cache at the reader's request; when a new build takes over, that
 *   cache is cut down to the new build's list (asset-cache-bound.ts), so it never holds more than one build's files;
 * - a new build's worker waits until the reader reloads into it (see `skipWaiting` below), so an open page keeps
 *   the precached files of its own build and is never switched to another build's under its feet.
 */
export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'courseware-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings, scripts } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        const scriptBytes = scripts.reduce((sum, asset) => sum + asset.bytes, 0);
        logger.info(
          `service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB); ` +
            `${scripts.length} scripts and fonts (${(scriptBytes / 1024 / 1024).toFixed(1)} MB) are cached on use or on request`,
        );
      },
    },
  };
}
