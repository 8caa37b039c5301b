import { spawn } from 'node:child_process';

/** A local `astro preview` of the built `dist/`, for benchmarks; `stop()` ends it and everything it started. */
export async function serveBuiltSite(port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = (): void => {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${base}`);
}
