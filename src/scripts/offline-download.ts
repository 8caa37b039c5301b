/**
 * The "make the exercises available offline" button: fetches every script the site can need (listed at build
 * time: the editor, and mermaid for drawing a candidate's answer) into the cache the service worker answers from,
 * with polite progress. Lessons need none of it: their diagrams are pictures in the page.
 */
import { ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE, type OfflineAsset } from '../offline/asset-cache.ts';

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readMissingAssets(): Promise<{ all: OfflineAsset[]; missing: OfflineAsset[] }> {
  const response = await fetch(`/${OFFLINE_ASSETS_FILE}`);
  if (!response.ok) throw new Error(`could not read the list of files (${response.status})`);
  const all = (await response.json()) as OfflineAsset[];
  const cache = await caches.open(ASSET_CACHE_NAME);
  const cached = await Promise.all(all.map(async (asset) => Boolean(await cache.match(asset.url))));
  return { all, missing: all.filter((_asset, index) => !cached[index]) };
}

/** Wires one `[data-offline-download]` block: shows what is left to fetch and fetches it on request. */
async function setUp(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('button');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status) return;
  if (!('caches' in window) || !('serviceWorker' in navigator)) {
    status.textContent = 'This browser cannot keep the course offline.';
    return;
  }
  const show = (message: string): void => {
    status.textContent = message;
  };
  try {
    const { missing } = await readMissingAssets();
    if (missing.length === 0) {
      show('The exercises are available offline.');
      root.dataset['offlineState'] = 'complete';
      return;
    }
    const bytes = missing.reduce((sum, asset) => sum + asset.bytes, 0);
    button.textContent = `Make the exercises available offline (${formatMegabytes(bytes)})`;
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
      show('The exercises are available offline.');
      root.dataset['offlineState'] = 'complete';
      button.hidden = true;
    } catch (error) {
      show(`The download stopped: ${error instanceof Error ? error.message : String(error)}. Try again when online.`);
      root.dataset['offlineState'] = 'failed';
      button.disabled = false;
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-offline-download]')) void setUp(root);
