import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** Largest single file to precache: Monaco's TypeScript worker is ~7 MB and is needed offline too. */
const MAX_PRECACHED_FILE_BYTES = 12 * 1024 * 1024;

/**
 * After `astro build`, writes `dist/sw.js`: a Workbox service worker that precaches the whole built
 * site (pages, scripts, styles, the Pagefind index), so every lesson, diagram and search works offline
 * once the site has been opened. Hashed assets never change, so precaching is exact.
 */
export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'courseware-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          globPatterns: ['**/*.{html,js,css,svg,png,woff2,json,pf_meta,pf_index,pf_fragment,pagefind,wasm}'],
          globIgnores: ['sw.js', 'workbox-*.js', 'sitemap-*.xml'],
          swDest: `${globDirectory}/sw.js`,
          directoryIndex: 'index.html',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
          navigateFallback: null,
          // Pagefind appends `?ts=<time>` to its entry file to dodge HTTP caches; the precache must ignore it.
          ignoreURLParametersMatching: [/^ts$/, /^utm_/],
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
