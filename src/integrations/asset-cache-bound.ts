/**
 * The bound on the service worker's runtime cache (`courseware-assets-v1`: scripts and fonts cached on use or by the
 * offline download). Its files have hashed names, so every deployment adds new ones and, unbounded, the old build's
 * stayed forever: the cache grew by the size of the editor and the drawings (~16 MB) with each update a reader took.
 *
 * When a build's service worker activates (the reader took the update), it deletes every entry that is not a file
 * of its own build's offline list (`offline-assets.json`, precached), oldest builds first by construction: the
 * cache then never holds more than one build's on-use files (the list: about 100 files, 16 MB).
 *
 * Written as a classic script beside `sw.js`, which loads it with `importScripts` (Workbox's `generateSW` takes no
 * inline code); kept small and free of imports for that reason.
 */

/** The file name of the script, beside `sw.js`. */
export const ASSET_CACHE_BOUND_FILE = 'sw-asset-cache-bound.js';

/** The script's text, for the cache `cacheName` and the list `listFile` (both relative to the worker's scope). */
export function writeAssetCacheBoundScript(cacheName: string, listFile: string): string {
  return `// Written by the build (src/integrations/asset-cache-bound.ts): keeps ${cacheName} to this build's files.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const listUrl = new URL(${JSON.stringify(listFile)}, self.registration.scope).href;
    // This build's list from the network: the precache may still hold the old build's under another revision. Where
    // the network fails, nothing is deleted (the bound waits for the next activation; nothing needed is lost).
    const response = await fetch(listUrl, { cache: 'no-store' }).catch(() => undefined);
    if (!response || !response.ok) return;
    const list = await response.json();
    const keep = new Set(list.map((asset) => new URL(asset.url.slice(1), self.registration.scope).href));
    const cache = await caches.open(${JSON.stringify(cacheName)});
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
  })());
});
`;
}
