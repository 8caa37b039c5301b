import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectScripts, listPageScripts } from '../../src/integrations/script-graph.ts';

/** What a first visit to a built page downloads before anything on demand, gzipped, by kind. */
export interface PageBytes {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly total: number;
}

/** The figures in a diagram-bearing page: everything between `<figure class="diagram"` and its `</figure>`. */
export const DIAGRAM_FIGURE = /<figure class="diagram"[\s\S]*?<\/figure>/g;

/**
 * Gzipped bytes of a built page: its HTML (as given, so a variant can be weighed), its stylesheets (print ones
 * aside) and its up-front scripts (its HTML's scripts and their static imports).
 */
export function weighPage(distDirectory: string, htmlFile: string, html: string): PageBytes {
  const gzip = (file: string): number => gzipSync(readFileSync(join(distDirectory, file))).length;
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"(?! media="print")/g)].map(
    (match) => match[1] ?? '',
  );
  const scripts = collectScripts(distDirectory, listPageScripts(distDirectory, htmlFile), { followDynamic: false });
  const bytes = {
    html: gzipSync(html).length,
    css: stylesheets.reduce((sum, file) => sum + gzip(file), 0),
    js: scripts.reduce((sum, file) => sum + gzip(file), 0),
  };
  return { ...bytes, total: bytes.html + bytes.css + bytes.js };
}
