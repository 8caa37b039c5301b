/**
 * The graph of bundled scripts in a built site: which scripts an HTML page loads, and what they import.
 * Used by the service worker build (what to precache) and by the byte-budget tests (what a page costs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** `import … from "./x.js"`, `export … from "./x.js"` (any quotes) in a bundled module. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[^'"`();]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
/** `import("./x.js")` (any quotes) in a bundled module. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;
/**
 * `new Worker("/_astro/x.js", …)` or `new Worker(new URL("./x.js", import.meta.url), …)` (any quotes): a Web Worker
 * a module starts by its bundled address. A worker made from a variable (Monaco's, mermaid's ELK) is not found.
 */
const WORKER = /\bnew\s+Worker\(\s*(?:new\s+URL\(\s*)?["'`]((?:\/|\.{1,2}\/)[^"'`]+?\.js)["'`]/g;

/** How far to follow imports. */
export interface ScriptWalk {
  /** Follow `import()` too (code loaded later, on demand), not only static imports. */
  followDynamic: boolean;
  /** Follow the Web Workers a module starts by address (`new Worker("/_astro/x.js")`), and what they import. */
  followWorkers?: boolean;
  /** Scripts not to enter (e.g. heavy on-demand features), as dist-relative paths. */
  stopAt?: (script: string) => boolean;
}

/** Every HTML file of the built site, dist-relative. */
export function listHtmlFiles(distDirectory: string): string[] {
  return readdirSync(distDirectory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/**
 * The `_astro/*.js` scripts an HTML file loads directly. Their addresses start with the site's base path (`/` or
 * `/course/`), which the built files do not have as a folder: the path is taken from `_astro/` on.
 */
export function listPageScripts(distDirectory: string, htmlFile: string): string[] {
  const html = readFileSync(join(distDirectory, htmlFile), 'utf8');
  return [...html.matchAll(/\s(?:src|href)="\/(?:[\w.~-]+\/)*(_astro\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/**
 * The dist-relative path of `address` (site-absolute under any base path, or relative to `from`), as written in the
 * bundled `from`.
 */
function resolveScript(from: string, address: string): string {
  if (!address.startsWith('/')) return posix.join(posix.dirname(from), address);
  const assets = address.indexOf('/_astro/'); // root-path-ok: finds the assets folder after any base
  return assets === -1 ? address.slice(1) : address.slice(assets + 1);
}

/** The scripts reachable from `entries`, following imports as `walk` says; dist-relative, sorted. */
export function collectScripts(distDirectory: string, entries: readonly string[], walk: ScriptWalk): string[] {
  const pending = [...entries];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const script = pending.pop() ?? '';
    if (seen.has(script) || walk.stopAt?.(script)) continue;
    seen.add(script);
    const code = readFileSync(join(distDirectory, script), 'utf8');
    const patterns = [STATIC_IMPORT];
    if (walk.followDynamic) patterns.push(DYNAMIC_IMPORT);
    if (walk.followWorkers) patterns.push(WORKER);
    for (const pattern of patterns) {
      for (const match of code.matchAll(pattern)) pending.push(resolveScript(script, match[1] ?? ''));
    }
  }
  return [...seen].sort();
}
