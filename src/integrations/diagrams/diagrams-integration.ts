import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openDiagramCache } from './diagram-cache.ts';
import { findChromium } from './find-chromium.ts';
import { NoBrowserError, prerenderDiagrams } from './prerender-diagrams.ts';

/**
 * After `astro build`, draws every lesson diagram into its page as pictures (see `prerender-diagrams.ts`). It must be
 * listed before Starlight, whose own `astro:build:done` indexes the pages for search, and before the service worker,
 * which fingerprints them.
 *
 * Without any Chromium the pages keep their diagram sources, which the browser then draws with mermaid as in
 * `npm run dev`: the site still works, heavier, and the build says so (`npm start` installs Chromium first where it
 * can, see the README).
 */
export function diagramsIntegration(): AstroIntegration {
  let cacheDirectory = '';
  return {
    name: 'courseware-diagrams',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's own cache folder (node_modules/.astro by default): a copy of the project with its own
        // node_modules, such as the scale benchmark's, starts cold.
        cacheDirectory = join(fileURLToPath(config.cacheDir), 'courseware-diagrams');
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const summary = await prerenderDiagrams(fileURLToPath(dir), {
            cache: openDiagramCache(cacheDirectory),
            chromium: findChromium(),
          });
          logger.info(
            `${summary.diagrams} diagrams in ${summary.pages} pages: ${summary.drawn} pictures drawn in ` +
              `${(summary.drawMs / 1000).toFixed(1)} s, ${summary.cached} from the cache`,
          );
        } catch (error) {
          if (!(error instanceof NoBrowserError)) throw error;
          logger.warn(
            `No Chromium found (set CHROMIUM_PATH, or run 'bash test/setup/ensure-chromium.sh'): ${error.missing} ` +
              'diagram pictures could not be drawn, so lessons will draw their diagrams in the browser instead.',
          );
        }
      },
    },
  };
}
