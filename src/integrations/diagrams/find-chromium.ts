import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own download
 * (the order `test/setup/ensure-chromium.sh` installs and the browser tests use). Undefined when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const downloaded = chromium.executablePath();
  return existsSync(downloaded) ? downloaded : undefined;
}

/** Flags for a headless Chromium on a closed network: without the networking ones it floods it with refused calls. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
