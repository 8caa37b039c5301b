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

/** How far to follow imports. */
export interface ScriptWalk {
  /** Follow `import()` too (code loaded later, on demand), not only static imports. */
  followDynamic: boolean;
  /** Scripts not to enter (e.g. heavy on-demand features), as dist-relative paths. */
  stopAt?: (script: string) => boolean;
}

/** Every HTML file of the built site, dist-relative. */
export function listHtmlFiles(distDirectory: string): string[] {
  return readdirSync(distDirectory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** The `_astro/*.js` scripts an HTML file loads directly. */
export function listPageScripts(distDirectory: string, htmlFile: string): string[] {
  const html = readFileSync(join(distDirectory, htmlFile), 'utf8');
  return [...html.matchAll(/\s(?:src|href)="\/(_astro\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
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
    const patterns = walk.followDynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
    for (const pattern of patterns) {
      for (const match of code.matchAll(pattern)) pending.push(posix.join(posix.dirname(script), match[1] ?? ''));
    }
  }
  return [...seen].sort();
}
