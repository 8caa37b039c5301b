import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMetaPolicy, writeSitePolicy } from '../../../src/integrations/content-security-policy';
import { IMMUTABLE, NO_CACHE } from '../../../src/integrations/headers-file';
import { headersFor, parseHeadersFile } from '../../support/static-server';

const page = (script: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>${script}</script>` +
  '<script type="module" src="/course/_astro/page.js"></script></head><body></body></html>';

const PAGES: Record<string, string> = {
  'index.html': page('window.theme = 1;'),
  'exercises/x/index.html': page('window.sidebar = 2;'),
  '404.html': page('window.notFound = 3;'),
};

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A built site of three pages in a scratch folder, given its policy and `_headers` as the build does. */
function buildFixture(base: string): string {
  folder = mkdtempSync(join(tmpdir(), 'courseware-headers-'));
  for (const [file, html] of Object.entries(PAGES)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), html);
  }
  writeSitePolicy(folder, base);
  return folder;
}

describe('the _headers file the build writes', () => {
  it("gives each page the same Content-Security-Policy as the page's meta", () => {
    const site = buildFixture('/course/');
    const rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'));
    const addresses = {
      'index.html': '/course/',
      'exercises/x/index.html': '/course/exercises/x/',
      '404.html': '/course/404.html',
    };
    for (const [file, address] of Object.entries(addresses)) {
      const meta = readMetaPolicy(readFileSync(join(site, file), 'utf8'));
      expect(meta, file).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(headersFor(rules, address).get('Content-Security-Policy'), address).toBe(meta);
      expect(headersFor(rules, address).get('Cache-Control'), address).toBe(NO_CACHE);
    }
  });

  it('gives scripts and workers the policy without inline hashes; hashed assets are immutable, the service worker never cached', () => {
    const rules = parseHeadersFile(readFileSync(join(buildFixture('/course/'), '_headers'), 'utf8'));
    const worker = headersFor(rules, '/course/_astro/grade-worker.abc.js');
    expect(worker.get('Cache-Control')).toBe(IMMUTABLE);
    expect(worker.get('Content-Security-Policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'; /);
    expect(headersFor(rules, '/course/sw.js').get('Cache-Control')).toBe(NO_CACHE);
    expect(headersFor(rules, '/course/sw.js').get('Content-Security-Policy')).toBe(
      worker.get('Content-Security-Policy'),
    );
    // Nothing outside the base gets a rule; no address gets two rules (hosts combine overlapping ones differently).
    expect(headersFor(rules, '/_astro/x.js').size).toBe(0);
    for (const address of ['/course/', '/course/_astro/x.js', '/course/sw.js', '/course/exercises/x/'])
      expect(
        rules.filter((rule) => headersFor([rule], address).size > 0),
        address,
      ).toHaveLength(1);
  });

  it('names the root at base /', () => {
    const rules = parseHeadersFile(readFileSync(join(buildFixture('/'), '_headers'), 'utf8'));
    expect(headersFor(rules, '/exercises/x/').get('Content-Security-Policy')).toContain("'sha256-");
    expect(headersFor(rules, '/_astro/x.js').get('Cache-Control')).toBe(IMMUTABLE);
  });
});
