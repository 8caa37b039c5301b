import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOffline } from '../../../src/offline/connectivity';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isOffline', () => {
  it('is true when the browser says it is offline, without asking the network', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('navigator', { onLine: false });
    vi.stubGlobal('fetch', fetch);
    expect(await isOffline()).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is true when the browser says it is online but a request for the network fails', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await isOffline()).toBe(true);
  });

  it('is false when the server answers, even with an error status, and asks past every cache', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 404 }));
    vi.stubGlobal('navigator', { onLine: true });
    vi.stubGlobal('fetch', fetch);
    expect(await isOffline()).toBe(false);
    expect(fetch).toHaveBeenCalledWith('/sw.js', { method: 'HEAD', cache: 'no-store' });
  });
});
