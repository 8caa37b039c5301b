/**
 * Facts about offline storage shared by the build (which writes the service worker) and the page
 * that offers "make the exercises available offline". Pure constants: importable from both sides.
 */

/** Cache the service worker fills with hashed scripts as pages use them (and the download button fills at once). */
export const ASSET_CACHE_NAME = 'courseware-assets-v1';

/** Built file listing every hashed script with its size, for the "available offline" download. */
export const OFFLINE_ASSETS_FILE = 'offline-assets.json';

/** One script the whole-course download must fetch. */
export interface OfflineAsset {
  /** Path from the site's root, before its base path, e.g. `/_astro/mermaid.core.abc123.js` (readers add the base). */
  url: string;
  /** Size in bytes, to show the reader what the download costs. */
  bytes: number;
}
