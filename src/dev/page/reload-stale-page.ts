/**
 * `npm run dev` only (dead code in a build, where `import.meta.hot` is undefined): brings back a page that missed the
 * reload its saved content asked for. Saving an exercise makes Astro send two reloads: one when the file changes and
 * one when the content store has been rewritten (node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js,
 * `invalidateDataStore`). When the second arrives while the page is still reloading for the first, its socket is
 * closed and the message is lost, and the page keeps showing what it was rendered with: the old rubric (issue 25,
 * about 1 save in 15 in test/e2e/dev-reload.spec.ts). So once the page's dev socket is connected (and any later
 * reload would reach it), it asks the server for itself again and reloads when the content it was rendered from has
 * changed since.
 */

/** Written by the page in dev: a digest of the content entry it was rendered from. */
export const DEV_DIGEST_ATTRIBUTE = 'data-dev-content-digest';

const readDigest = (root: ParentNode): string | undefined =>
  root.querySelector(`[${DEV_DIGEST_ATTRIBUTE}]`)?.getAttribute(DEV_DIGEST_ATTRIBUTE) ?? undefined;

async function reloadIfStale(): Promise<void> {
  const rendered = readDigest(document);
  if (rendered === undefined) return;
  const response = await fetch(location.href, { cache: 'no-store' }).catch(() => undefined);
  // A broken exercise is answered with an error page, which Astro's overlay already shows.
  if (!response?.ok) return;
  const served = readDigest(new DOMParser().parseFromString(await response.text(), 'text/html'));
  if (served !== undefined && served !== rendered) location.reload();
}

if (import.meta.hot) {
  // Connected after this script ran: checked then. Connected before: any reload from now on reaches the page, and
  // the check below covers the ones it missed.
  import.meta.hot.on('vite:ws:connect', () => void reloadIfStale());
  void reloadIfStale();
}
