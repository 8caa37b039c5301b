/**
 * Registers the offline service worker and tells the reader when a new version of the course is ready, with a
 * Reload button: after a deployment, an open page (or one served from the cache) still shows the old build, and a
 * piece it loads later may have been deleted by the new build. The notice is polite (a status, no focus theft,
 * dismissible) and reloading keeps drafts (they live in localStorage).
 *
 * Two things show it: the new build's service worker has installed and waits (src/integrations/service-worker.ts),
 * or a script this page imports on demand is gone from the server (Vite's `vite:preloadError`, then a 404 for it; the
 * caller still sees the error and falls back on its own, e.g. the plain editor).
 */
import { withBase } from '../../site-paths.ts';

/** Why the notice is shown. */
type UpdateReason = 'installed' | 'chunk-missing';

const MESSAGES: Record<UpdateReason, string> = {
  installed: 'A new version of the course is ready. Reload to see it; your drafts are kept.',
  // The script may also be missing because the network is down: say what is known, and what reloading does.
  'chunk-missing':
    'Part of this page could not load: a new version of the course has probably replaced it. Reload to get the new version; your drafts are kept.',
};

/** How long Reload waits for the new build's service worker to finish installing (it fetches ~2 MB). */
const INSTALL_WAIT_MS = 60_000;

let registration: ServiceWorkerRegistration | undefined;
let region: HTMLElement | undefined;

/** The live region, made once and left empty until needed: a status region announces what is put into it. */
function ensureRegion(): HTMLElement {
  if (region) return region;
  region = document.createElement('div');
  region.className = 'update-notice-region';
  // A polite live region, as role="status" is, without the role: pages keep their one status (a filter's count).
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset['updateNotice'] = '';
  // First in the body, so a keyboard reaches its buttons first (it takes no space while empty).
  document.body.prepend(region);
  return region;
}

function showNotice(reason: UpdateReason): void {
  const live = ensureRegion();
  // A missing script says more than a waiting worker: it replaces it, never the other way round.
  if (live.dataset['reason'] === 'chunk-missing' || live.dataset['reason'] === reason) return;
  live.dataset['reason'] = reason;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  const text = document.createElement('p');
  text.textContent = MESSAGES[reason];
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'update-notice-reload';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    void reloadIntoNewVersion(text, reload, (step) => (live.dataset['reloadStep'] = step));
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'update-notice-later';
  later.textContent = 'Later';
  later.addEventListener('click', () => {
    live.replaceChildren();
    delete live.dataset['reason'];
  });
  notice.append(text, reload, later);
  live.replaceChildren(notice);
}

/** Where a Reload stands, kept on the notice (`data-reload-step`) so a test that waits in vain can say where it stopped. */
type ReloadStep =
  | 'finding the new worker'
  | 'asked the new worker to take over'
  | 'still installing'
  | `reloading: ${'no worker' | 'taken over' | 'activated' | 'fallback' | 'no newer build'}`;

/** How long Reload waits for the new worker to take over before reloading anyway. */
const RELOAD_FALLBACK_MS = 10_000;

/** The new build's worker once it has installed; undefined if there is none, or it is not done in time. */
async function findWaitingWorker(): Promise<{ waiting?: ServiceWorker; installing: boolean }> {
  if (!registration) return { installing: false };
  if (!registration.waiting && !registration.installing) await registration.update().catch(() => undefined);
  const current = registration;
  const deadline = Date.now() + INSTALL_WAIT_MS;
  while (!current.waiting && current.installing && Date.now() < deadline) {
    const installing = current.installing;
    await new Promise((resolve) => {
      installing.addEventListener('statechange', resolve, { once: true });
      setTimeout(resolve, deadline - Date.now());
    });
  }
  return current.waiting
    ? { waiting: current.waiting, installing: false }
    : { installing: Boolean(current.installing) };
}

/**
 * Hands control to the new build's waiting worker and reloads once it has taken over: a plain reload would still be
 * answered by the old worker from its cache (a waiting worker takes over only when no page uses the old one).
 */
async function reloadIntoNewVersion(
  text: HTMLElement,
  button: HTMLButtonElement,
  noteStep: (step: ReloadStep) => void,
): Promise<void> {
  const reloadNow = (step: ReloadStep): void => {
    noteStep(step);
    window.location.reload();
  };
  if (!navigator.serviceWorker.controller) {
    reloadNow('reloading: no worker');
    return;
  }
  text.textContent = 'Getting the new version…';
  noteStep('finding the new worker');
  const { waiting, installing } = await findWaitingWorker();
  if (waiting) {
    let reloading = false;
    const reload = (step: ReloadStep): void => {
      if (reloading) return;
      reloading = true;
      reloadNow(step);
    };
    navigator.serviceWorker.addEventListener('controllerchange', () => reload('reloading: taken over'), { once: true });
    // Once the new worker is active it answers the reload, whether or not this page saw the controller change.
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') reload('reloading: activated');
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
    noteStep('asked the new worker to take over');
    // Never leave the reader waiting on a button that did nothing: if neither event came, reload anyway (drafts are
    // kept); by then the new worker has normally taken over.
    setTimeout(() => reload('reloading: fallback'), RELOAD_FALLBACK_MS);
    return;
  }
  if (installing) {
    noteStep('still installing');
    text.textContent = 'The new version is still downloading. Try Reload again in a moment; your drafts are kept.';
    button.disabled = false;
    return;
  }
  // No newer build than the one running: the missing piece was the network's fault, and a reload may fetch it.
  reloadNow('reloading: no newer build');
}

/** Shows the notice once `worker` (a new build's) has installed, if this page runs an older one. */
function watchInstalling(worker: ServiceWorker | null): void {
  if (!worker) return;
  const check = (): void => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) showNotice('installed');
  };
  worker.addEventListener('statechange', check);
  check();
}

/** Registers the course's `sw.js` (its scope is the base path, so it serves the course and nothing else on the host) and watches for new builds. */
export async function registerServiceWorker(): Promise<void> {
  registration = await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') });
  if (registration.waiting && navigator.serviceWorker.controller) showNotice('installed');
  watchInstalling(registration.installing);
  registration.addEventListener('updatefound', () => watchInstalling(registration?.installing ?? null));
}

/** The address of the script or stylesheet a failed on-demand import names in its error, if it names one. */
function findFailedUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  // A path names the base path too (`/course/_astro/x.js`): it is taken whole, from its first slash.
  return /(https?:\/\/[^\s)]+|(?:\/[\w.~-]+)*\/_astro\/[^\s)]+)/.exec(message)?.[1];
}

/**
 * Offers the reload when a script this page imports on demand is gone (moved by a new build): the server answers 404
 * for it. A network failure (offline, a blocked request) is left to the page's own fallbacks: no new version is known.
 */
export function watchForMissingScripts(): void {
  // The live region exists before anything is said in it: screen readers announce changes to a region they know.
  ensureRegion();
  window.addEventListener('vite:preloadError', (event) => {
    const url = findFailedUrl((event as Event & { payload?: unknown }).payload);
    if (url === undefined) return;
    fetch(url, { method: 'HEAD', cache: 'no-store' })
      .then((response) => {
        if (response.status === 404 || response.status === 410) showNotice('chunk-missing');
      })
      .catch(() => undefined);
  });
}
