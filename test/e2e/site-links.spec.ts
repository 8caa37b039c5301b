import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Link check over the built site: every in-site link and `#anchor` resolves to a page and an id. */
const DIST = join(import.meta.dirname, '../../dist');

function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** The built file that serves a site path (`/a/b/` → `a/b/index.html`), or undefined. */
function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  const candidates = [clean, join(clean, 'index.html'), `${clean}.html`];
  return candidates.map((candidate) => join(DIST, candidate)).find((file) => existsSync(file) && !file.endsWith('/'));
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

test('every in-site link and anchor of the built site resolves', () => {
  const pages = htmlFiles();
  expect(pages.length).toBeGreaterThan(3);
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const pagePath = `/${page.replace(/index\.html$/, '')}`;
    for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue; // external or mailto
      const [rawPath = '', anchor] = href.replace(/&amp;/g, '&').split('#');
      const targetPath = rawPath === '' ? pagePath : new URL(rawPath, `http://site${pagePath}`).pathname;
      const file = fileForPath(targetPath.endsWith('/') ? `${targetPath}index.html` : targetPath);
      if (!file) {
        broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      if (anchor && file.endsWith('.html') && !idsIn(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))) {
        broken.push(`${page}: ${href} (no id "${anchor}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});
