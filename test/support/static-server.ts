/**
 * A static host for the built site, as the hosts of the publish guide behave: the files served under one base path
 * only (`/course/`), everything else 404; a folder's `index.html` for its path, and a redirect to the slash for a
 * folder asked without it; the site's own `404.html` for a missing file under the base; and the headers of the
 * site's `_headers` file (as Netlify and Cloudflare Pages apply them). Node's http only: no dependency.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The content type of each file extension the built site holds. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and the headers it adds. */
export interface HeaderRule {
  /** The URL path pattern, as written (`/course/_astro/*`). */
  pattern: string;
  /** Header names and values, in the order written. */
  headers: Array<[string, string]>;
}

/** Reads a `_headers` file (Netlify's and Cloudflare Pages' format): a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon === -1)
      throw new Error(`_headers:${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether `path` matches a `_headers` pattern, where `*` stands for any run of characters. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers the rules give `path`; a later rule's value for the same header replaces an earlier one's. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules)
    if (matchesPattern(rule.pattern, path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}

/** Where to serve from and under what. */
export interface StaticSite {
  /** The built site's folder. */
  directory: string;
  /** The base path it is served under, with both slashes (`/course/`, or `/`). */
  base: string;
}

/** Serves `site` on `port` (127.0.0.1) until the returned server is closed. */
export function serveStatic(site: StaticSite, port: number): Promise<Server> {
  const headersFile = join(site.directory, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string | undefined, extra: Record<string, string> = {}): void => {
      const headers: Record<string, string> = { ...Object.fromEntries(headersFor(rules, path)), ...extra };
      if (file !== undefined) headers['Content-Type'] = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(status, headers);
      if (file === undefined || request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const notFound = (): void => {
      const page = join(site.directory, '404.html');
      if (path.startsWith(site.base) && existsSync(page)) send(404, page);
      else send(404, undefined);
    };
    if (!path.startsWith(site.base) && `${path}/` !== site.base) return notFound();
    const relativePath = path.slice(site.base.length);
    const file = normalize(join(site.directory, relativePath));
    if (!file.startsWith(normalize(site.directory + sep)) && file !== normalize(site.directory)) return notFound();
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return send(301, undefined, { Location: `${url.pathname}/${url.search}` });
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
