import { describe, expect, it } from 'vitest';
import { findBuildNoise } from './build-noise';

/**
 * The check `npm run test:e2e` builds through (test/setup/build-checked.ts) fails the build on any warning line.
 * These are lines the build printed before its noise was fixed or silenced, and lines of a healthy build.
 */
const NOISY_BUILD = [
  '14:27:45 [build] Building static entrypoints...',
  '14:27:46 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive ' +
    '"use astro:head-inject" in "content/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  '   \u001b[38;5;246m╭─[\u001b[0m content/index.mdx?astroPropagatedAssets:2:6 \u001b[38;5;246m]\u001b[0m',
  '14:28:04 [vite] ✓ built in 17.54s',
  '14:28:04 [WARN] [vite] [plugin builtin:vite-reporter] ',
  '(!) Some chunks are larger than 500 kB after minification. Consider:',
  '- Using dynamic import() to code-split the application',
  '14:28:04 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
  '14:28:04   ├─ /404.html14:28:04 [WARN] [content] Entry docs → 404 was not found.',
  '14:28:05 [ERROR] [vite] ✗ Build failed in 730ms',
].join('\n');

const HEALTHY_BUILD = [
  '14:41:08 [build] ✓ Completed in 4.74s.',
  '14:41:28   ├─ /404.html (+45ms) ',
  '14:41:28   ├─ /exercises/notification-ec2-or-lambda/index.html (+14ms) ',
  '14:41:32 [courseware-service-worker] service worker precaches 60 files (1.8 MB); 112 scripts and fonts (16.5 MB) are cached on use or on request',
  '14:41:32 [build] 13 page(s) built in 25.18s',
  '14:41:32 [build] Complete!',
].join('\n');

describe('findBuildNoise', () => {
  it('finds every warning and error line of a noisy build, without colours', () => {
    expect(findBuildNoise(NOISY_BUILD)).toEqual([
      '14:27:46 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive ' +
        '"use astro:head-inject" in "content/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      '14:28:04 [WARN] [vite] [plugin builtin:vite-reporter]',
      '(!) Some chunks are larger than 500 kB after minification. Consider:',
      '14:28:04 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.',
      '14:28:04   ├─ /404.html14:28:04 [WARN] [content] Entry docs → 404 was not found.',
      '14:28:05 [ERROR] [vite] ✗ Build failed in 730ms',
    ]);
  });

  it('finds nothing in a healthy build, 404 page and all', () => {
    expect(findBuildNoise(HEALTHY_BUILD)).toEqual([]);
  });
});
