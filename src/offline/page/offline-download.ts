/**
 * The "make the editor and drawings available offline" block: fetches every script the precache leaves out (listed at
 * build time: the full editor, and mermaid for drawing a candidate's answer) into the cache the service worker answers
 * from, with polite progress. Lessons, search and grading need none of it: they are precached. The block shows only
 * where offline use is possible, once the course's service worker is active.
 */
import { ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE, type OfflineAsset } from '../asset-cache.ts';
import { isOffline } from '../connectivity.ts';
import { withBase } from '../../site-paths.ts';

/** What the block says once everything is in the cache. */
const COMPLETE = 'The full editor and the drawings are available offline.';

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readMissingAssets(): Promise<{ all: OfflineAsset[]; missing: OfflineAsset[] }> {
  const response = await fetch(withBase(`/${OFFLINE_ASSETS_FILE}`));
  if (!response.ok) throw new Error(`could not read the list of files (${response.status})`);
  // The list names files from the site's root; the site may be served under a base path.
  const all = ((await response.json()) as OfflineAsset[]).map((asset) => ({ ...asset, url: withBase(asset.url) }));
  const cache = await caches.open(ASSET_CACHE_NAME);
  const cached = await Promise.all(all.map(async (asset) => Boolean(await cache.match(asset.url))));
  return { all, missing: all.filter((_asset, index) => !cached[index]) };
}

/** Wires one `[data-offline-download]` block: shows what is left to fetch and fetches it on request. */
async function setUp(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('button');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status) return;
  // Offline use is possible once the course's service worker is active: it answers from the cache this block fills.
  // Where it never is (no support, or registration blocked), the block stays hidden.
  if (!('caches' in window) || !('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.ready;
  const show = (message: string): void => {
    status.textContent = message;
  };
  root.hidden = false;
  try {
    const { missing } = await readMissingAssets();
    if (missing.length === 0) {
      show(COMPLETE);
      root.dataset['offlineState'] = 'complete';
      return;
    }
    const bytes = missing.reduce((sum, asset) => sum + asset.bytes, 0);
    button.textContent = `Make the editor and drawings available offline (${formatMegabytes(bytes)})`;
    button.hidden = false;
  } catch (error) {
    show(`Offline download is unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    root.dataset['offlineState'] = 'downloading';
    try {
      const { missing } = await readMissingAssets();
      const cache = await caches.open(ASSET_CACHE_NAME);
      let done = 0;
      for (const asset of missing) {
        await cache.add(asset.url);
        done += 1;
        // Announce every tenth file only, so a screen reader is not flooded.
        if (done % 10 === 0 || done === missing.length) show(`Downloaded ${done} of ${missing.length} files…`);
      }
      show(COMPLETE);
      root.dataset['offlineState'] = 'complete';
      button.hidden = true;
    } catch (error) {
      show(
        (await isOffline())
          ? 'You are offline: the download needs the network. Try again when online.'
          : `The download stopped: ${error instanceof Error ? error.message : String(error)}. Try again when online.`,
      );
      root.dataset['offlineState'] = 'failed';
      button.disabled = false;
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-offline-download]')) void setUp(root);
