/**
 * Finds internal URLs written from the site's root (`'/exercises/'`, `href="/mock/"`, `fetch('/sw.js')`) in the
 * site's source, where they would miss when the course is published under a sub-path: every internal URL must go
 * through `withBase` (src/site-paths.ts). Markdown links in content (`[x](/exercises/)`) are fine: the build puts the
 * base before them (src/integrations/base-links.ts); raw HTML in MDX is not rewritten, so it is checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One hard-coded root path: where it is and what it says. */
export interface RootPath {
  /** `src/pages/x.astro:12`, from the project root. */
  place: string;
  /** The line, trimmed. */
  line: string;
}

/** Top-level names the built site serves besides pages: Astro's assets, Pagefind, the service worker and its list. */
const BUILT_FILES = ['_astro', 'pagefind', 'sw.js', 'offline-assets.json', '_headers'];

/** The first path segments of the site: page folders, content folders, public files and the built files above. */
export function listSiteRoots(projectRoot: string): string[] {
  const names = (folder: string): string[] =>
    readdirSync(join(projectRoot, folder), { withFileTypes: true }).map((entry) =>
      entry.name.replace(/\.(?:astro|mdx?)$/, ''),
    );
  return [...new Set([...names('src/pages'), ...names('content'), ...names('public'), ...BUILT_FILES])]
    .filter((name) => name !== 'index')
    .sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patterns of a root path: a quoted string starting `/<site root>`; an attribute or a link option given a root
 * path (`href="/"`, ``href={`/${id}/`}``, `link: '/'`).
 */
function rootPathPatterns(roots: readonly string[]): RegExp[] {
  const names = roots.map(escapeRegExp).join('|');
  return [
    new RegExp(String.raw`["'\x60]/(?:${names})(?=[/"'\x60?#]|$)`, 'g'),
    new RegExp(String.raw`\b(?:href|src|action|link)\s*[=:]\s*\{?\s*["'\x60]/(?!/)`, 'g'),
  ];
}

/**
 * Marks a line whose root path is meant (not a URL, or one a reader puts under the base), with the reason after it:
 * `// root-path-ok: the list names files from the root; the page adds the base`.
 */
export const ROOT_PATH_OK = '// root-path-ok:';

/** A frontmatter `link:` (a hero action) from the site's root. */
const FRONTMATTER_LINK = /^\s*-?\s*link:\s*["']?\/(?!\/)/g;

/**
 * Lines that say no URL: comments, Vite's `import.meta.glob` (its paths are source files from the project root), and
 * lines marked `ROOT_PATH_OK`.
 */
function isExempt(line: string, before: string): boolean {
  const trimmed = line.trim();
  if (/^(?:\*|\/\/|\/\*|<!--)/.test(trimmed) || line.includes(ROOT_PATH_OK)) return true;
  return /withBase\(\s*$/.test(before) || /import\.meta\.glob\b/.test(before);
}

/** The root paths in one file's `text`; `place` names the file in the result. */
export function findRootPaths(text: string, file: string, roots: readonly string[]): RootPath[] {
  const markdown = /\.mdx?$/.test(file);
  const found: RootPath[] = [];
  text.split('\n').forEach((line, index) => {
    // In Markdown the build rewrites links; raw HTML attributes (`href="/…"`) and frontmatter links (a hero's
    // `link: /x/`, which Starlight leaves as written) are not.
    const patterns = markdown ? [...rootPathPatterns(roots).slice(1), FRONTMATTER_LINK] : rootPathPatterns(roots);
    const hit = patterns.some((pattern) =>
      [...line.matchAll(pattern)].some((match) => !isExempt(line, line.slice(0, match.index))),
    );
    if (hit) found.push({ place: `${file}:${index + 1}`, line: line.trim() });
  });
  return found;
}

/** Every source file of the site under `folders` (`.ts`, `.astro`, `.mdx`, `.md`, `.mjs`), from the project root. */
export function listSiteSources(projectRoot: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:ts|astro|mdx?|mjs)$/.test(file) && !file.includes('exercise-template'))
      .map((file) => relative(projectRoot, join(projectRoot, folder, file))),
  );
}

/** The hard-coded root paths in the site's source under `folders`. */
export function findSiteRootPaths(projectRoot: string, folders: readonly string[]): RootPath[] {
  const roots = listSiteRoots(projectRoot);
  return listSiteSources(projectRoot, folders).flatMap((file) =>
    findRootPaths(readFileSync(join(projectRoot, file), 'utf8'), file, roots),
  );
}
