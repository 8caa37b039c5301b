import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { recordScriptRequests } from './helpers.ts';

const DIST = join(import.meta.dirname, '../../dist');

/** Raw and gzip bytes of a list of script URLs, read from the built files they were served from. */
export function measureScripts(urls: readonly string[]): { files: number; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const unique = [...new Set(urls.map((url) => new URL(url).pathname))];
  for (const path of unique) {
    const bytes = readFileSync(join(DIST, decodeURIComponent(path)));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: unique.length, raw, gzip };
}

/** Loads `url`, runs `settle` (wait for whatever the page does), and measures the JS it downloaded. */
export async function measurePageScripts(
  page: Page,
  url: string,
  settle: (page: Page) => Promise<void>,
): Promise<{ files: number; raw: number; gzip: number }> {
  const urls = recordScriptRequests(page);
  await page.goto(url);
  await settle(page);
  return measureScripts(urls.filter((request) => new URL(request).origin === new URL(page.url()).origin));
}

/** `12.3 KB` for a report line. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
