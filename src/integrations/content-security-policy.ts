import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, pagePath, type PagePolicy } from './headers-file.ts';
import { listHtmlFiles } from './script-graph.ts';

/** Every `<script>` element with its attributes and text, as the built pages (Astro's output) write them. */
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** A `type` that makes a script element data, never run (the exercise page's grading data): no hash needed. */
const DATA_TYPE = /\btype=["']?application\/(?:ld\+)?json["']?/i;
/** Where the policy goes: first thing after the charset, so it governs every element after it. */
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/**
 * The directives every page shares. Scripts come only from the site itself (and the inline scripts whose hashes
 * are added per page): no `unsafe-inline`, no `unsafe-eval`. `wasm-unsafe-eval` lets WebAssembly compile, which
 * Pagefind's search index needs; it does not allow `eval` or `new Function`. Styles may be inline: Monaco and
 * mermaid write `<style>` elements and style attributes as they draw.
 */
const FIXED_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The `'sha256-…'` source of every inline script `html` runs (Starlight's theme and sidebar scripts, Astro's). */
export function hashInlineScripts(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT_ELEMENT)) {
    if (/\bsrc=/.test(attributes) || DATA_TYPE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/** The policy of a page whose inline scripts have `scriptHashes`. */
export function buildPolicy(scriptHashes: readonly string[]): string {
  const scriptSrc = ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' ');
  return [FIXED_DIRECTIVES[0], scriptSrc, ...FIXED_DIRECTIVES.slice(1)].join('; ');
}

/** The policy of a page: its own inline scripts' hashes. */
export function pagePolicy(html: string): string {
  return buildPolicy(hashInlineScripts(html));
}

/** The policy in a built page's `<meta http-equiv>`, if it has one. */
export function readMetaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** `html` with its policy as a `<meta http-equiv>` right after the charset. Throws if the page has no charset. */
export function addPolicy(html: string): string {
  if (/http-equiv="content-security-policy"/i.test(html)) throw new Error('the page already has a policy');
  const charset = CHARSET.exec(html);
  if (charset === null) throw new Error('no <meta charset="utf-8"> to place the policy after');
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(html)}"/>`;
  const end = charset.index + charset[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}

/**
 * Gives every page of the built site at `distDirectory` its policy as a meta, and writes `_headers` with the same
 * policy per page (and a policy for scripts and workers, with caching rules), for a site served under `base`.
 */
export function writeSitePolicy(distDirectory: string, base: string): { pages: number; inlineScripts: number } {
  const files = listHtmlFiles(distDirectory);
  const hashes = new Set<string>();
  const pages: PagePolicy[] = [];
  for (const file of files) {
    const path = join(distDirectory, file);
    const html = readFileSync(path, 'utf8');
    for (const hash of hashInlineScripts(html)) hashes.add(hash);
    try {
      writeFileSync(path, addPolicy(html));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    pages.push({ path: pagePath(base, file), policy: pagePolicy(html) });
  }
  writeFileSync(join(distDirectory, '_headers'), buildHeadersFile({ base, pages, scriptPolicy: buildPolicy([]) }));
  return { pages: files.length, inlineScripts: hashes.size };
}

/**
 * After `astro build` (and after every integration that rewrites pages; before the service worker hashes them),
 * gives every page a strict Content-Security-Policy as a `<meta http-equiv>`, so it holds on any static host.
 *
 * Not Astro's own `security.csp`: it hashes only the scripts Astro bundles, while Starlight's inline theme and
 * sidebar scripts (`is:inline`) would each need their hash written by hand and kept in step with Starlight, and the
 * pages are rewritten after rendering (diagrams, on-demand CSS). Hashing the finished HTML covers every inline script.
 * A meta policy does not reach dedicated workers (a worker takes the policy of its own response): `_headers`
 * (src/integrations/headers-file.ts) gives them theirs on hosts that read it, and the README says the same for nginx.
 * The grading worker compiles no code anyway (its validators are generated at build time: exercise-validators.ts).
 */
export function contentSecurityPolicyIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'courseware-content-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, inlineScripts } = writeSitePolicy(fileURLToPath(dir), base);
        logger.info(
          `Content-Security-Policy in ${pages} pages (${inlineScripts} distinct inline scripts), and in _headers`,
        );
      },
    },
  };
}
