/**
 * Every internal link, asset, script and worker URL of the site goes through `withBase`, so the course works when
 * it is published under a sub-path (`BASE_PATH=/course/` at build; Astro's `base`) as well as at the root.
 */

/** The site's base path with one trailing slash: `/` at the root, `/course/` under a sub-path. */
export function basePath(): string {
  // Vite replaces import.meta.env.BASE_URL at build; under Node (unit tests, CLI) it is undefined, the root.
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** An absolute site path (`/exercises/`) as a URL path under the base (`/course/exercises/`). */
export function withBase(path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a path starting with "/", got "${path}"`);
  return `${basePath()}${path.slice(1)}`;
}
