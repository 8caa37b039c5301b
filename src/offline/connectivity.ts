/**
 * Whether the course's server can be reached, asked when something the page loads on demand failed: offline, the
 * reader is told "you are offline and this part was not downloaded", not blamed nor sent to reload (which cannot help).
 */
import { withBase } from '../site-paths.ts';

/**
 * A request the service worker never answers from a cache (it does not precache itself, and caches only hashed
 * scripts on use), and that no HTTP cache answers either, so only the network does.
 */
const PROBE_URL = withBase('/sw.js');

/**
 * True when the browser says it is offline, or a request for the network fails (a connection that reports itself up
 * but reaches nothing). A request answered with any status, even an error, means the server is reachable.
 */
export async function isOffline(): Promise<boolean> {
  if (!navigator.onLine) return true;
  try {
    await fetch(PROBE_URL, { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}
