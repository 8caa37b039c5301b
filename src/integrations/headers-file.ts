/**
 * The `_headers` file of the built site, in the format Netlify and Cloudflare Pages read: a path, then its headers
 * indented. It carries what a `<meta>` cannot: the Content-Security-Policy of workers and of the service worker (a
 * worker takes the policy of its own response, never the page's meta), and caching. The README gives the same rules
 * for nginx.
 *
 * No two rules match the same address, as hosts differ in how they combine headers of overlapping rules (Cloudflare
 * joins them with commas): each page is listed by its path, with the same policy as its meta.
 */

/** Hashed file names never change content: a year, and never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the service worker: always asked again, so a new deployment is seen at the next visit. */
export const NO_CACHE = 'no-cache';

/** One built page: its address path (under the base) and the policy its meta carries. */
export interface PagePolicy {
  /** `/course/exercises/x/`: the folder form a reader's browser asks for, or `/course/404.html`. */
  path: string;
  /** The page's Content-Security-Policy, exactly as in its meta. */
  policy: string;
}

/** What the file is made from. */
export interface HeadersInput {
  /** The site's base path with both slashes (`/` or `/course/`). */
  base: string;
  /** Every page, with its policy. */
  pages: readonly PagePolicy[];
  /** The policy of scripts and workers, which run no inline script. */
  scriptPolicy: string;
}

function rule(path: string, headers: ReadonlyArray<[string, string]>): string {
  return [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The text of `_headers` for `input`. */
export function buildHeadersFile({ base, pages, scriptPolicy }: HeadersInput): string {
  const shared: Array<[string, string]> = [['X-Content-Type-Options', 'nosniff']];
  return (
    [
      `# Written by the build (src/integrations/headers-file.ts) for Netlify and Cloudflare Pages; nginx: see README.`,
      rule(`${base}_astro/*`, [['Content-Security-Policy', scriptPolicy], ['Cache-Control', IMMUTABLE], ...shared]),
      rule(`${base}sw.js`, [['Content-Security-Policy', scriptPolicy], ['Cache-Control', NO_CACHE], ...shared]),
      rule(`${base}pagefind/*`, [['Content-Security-Policy', scriptPolicy], ['Cache-Control', NO_CACHE], ...shared]),
      rule(`${base}offline-assets.json`, [['Cache-Control', NO_CACHE], ...shared]),
      ...[...pages]
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((page) =>
          rule(page.path, [['Content-Security-Policy', page.policy], ['Cache-Control', NO_CACHE], ...shared]),
        ),
    ].join('\n\n') + '\n'
  );
}

/** The address path of a built HTML file (`exercises/x/index.html` → `/course/exercises/x/`). */
export function pagePath(base: string, htmlFile: string): string {
  const file = htmlFile.split('\\').join('/');
  return `${base}${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}`;
}
