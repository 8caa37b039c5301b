import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mermaidConfigFor, type DiagramTheme } from '../../mermaid/mermaid-config.ts';
import { listHtmlFiles } from '../script-graph.ts';
import { cacheKey, type DiagramCache } from './diagram-cache.ts';
import {
  findDiagramFences,
  prepareDiagram,
  themeStylesheet,
  type DiagramFence,
  type PreparedDiagram,
  type SharedStyle,
} from './diagram-markup.ts';
import { pruneStyle } from './prune-style.ts';
import { drawInBrowser, mermaidVersion, type DrawJob, type DrawResult } from './draw-in-browser.ts';

const THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/**
 * The `<style>` (and hidden gradients) of each stylesheet the page's diagrams share, pruned to the rules its
 * drawings can use, by style class.
 */
async function writeStylesheets(prepared: readonly PreparedDiagram[]): Promise<Map<string, string>> {
  const byClass = new Map<string, { style: SharedStyle; figures: string[] }>();
  for (const diagram of prepared) {
    if (!diagram.style) continue;
    const entry = byClass.get(diagram.style.styleClass) ?? { style: diagram.style, figures: [] };
    entry.figures.push(diagram.figure);
    byClass.set(diagram.style.styleClass, entry);
  }
  const written = new Map<string, string>();
  for (const [styleClass, { style, figures }] of byClass) {
    const markup = figures.join('');
    const themes = {
      light: await pruneStyle(style.themes.light, markup),
      dark: await pruneStyle(style.themes.dark, markup),
    };
    written.set(styleClass, `<style>${themeStylesheet(styleClass, themes)}</style>${style.defs}`);
  }
  return written;
}

/** What one pass over a built site did, for the build log and the benchmark. */
export interface PrerenderSummary {
  /** Pages that held at least one diagram. */
  readonly pages: number;
  /** Diagram fences replaced by pictures. */
  readonly diagrams: number;
  /** Pictures drawn by mermaid in this pass (the rest came from the cache). */
  readonly drawn: number;
  /** Pictures taken from the cache. */
  readonly cached: number;
  /** Milliseconds spent in the browser (0 when everything was cached). */
  readonly drawMs: number;
}

/** A diagram that mermaid could not draw, located at its fence. */
export class DiagramError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} diagram(s) could not be drawn:\n${problems.join('\n')}`);
    this.name = 'DiagramError';
  }
}

/** How the pass gets a browser: the Chromium to start, or undefined when there is none. */
export interface PrerenderOptions {
  readonly cache: DiagramCache;
  readonly chromium: string | undefined;
}

/** The SVG id of a diagram in a theme: derived from the source, so a cached picture fits any page. */
function svgId(source: string, theme: DiagramTheme): string {
  return `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 12)}-${theme}`;
}

/** `file:line:col: …` then mermaid's message, with its "line N" of the diagram turned into the line of the file. */
function locateFailure(fence: DiagramFence, message: string): string {
  // Mermaid counts an error at the end of the source on the line after it: clamp to the diagram's last line.
  const lineInDiagram = Math.min(Number(/\bline (\d+)/.exec(message)?.[1] ?? 0), fence.source.split('\n').length);
  const line = fence.line > 0 && lineInDiagram > 0 ? fence.line + lineInDiagram : fence.line;
  const where = `${fence.file || '(unknown file)'}:${line}:1`;
  // Mermaid's message points at the error with a caret under a quoted line: keep its lines, indented under ours.
  const detail = message
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${where}: this mermaid diagram does not draw:\n${detail}`;
}

/** Thrown when pictures are needed and no browser can draw them; the caller decides how to fall back. */
export class NoBrowserError extends Error {
  constructor(readonly missing: number) {
    super(`${missing} diagram picture(s) need drawing and no Chromium was found`);
    this.name = 'NoBrowserError';
  }
}

/**
 * Replaces every ```mermaid fence in the built pages under `distDirectory` with its pictures in both themes, so
 * no lesson downloads diagram code. Pictures come from the cache or are drawn in one browser page. Throws
 * `DiagramError` (every broken diagram, by file and line) before changing any page, and `NoBrowserError` when
 * something must be drawn and there is no Chromium.
 */
export async function prerenderDiagrams(distDirectory: string, options: PrerenderOptions): Promise<PrerenderSummary> {
  const version = mermaidVersion();
  const pages = listHtmlFiles(distDirectory)
    .map((file) => {
      const html = readFileSync(join(distDirectory, file), 'utf8');
      return { file, html, fences: findDiagramFences(html) };
    })
    .filter((page) => page.fences.length > 0);

  const keyOf = (source: string, theme: DiagramTheme): string =>
    cacheKey([version, JSON.stringify(mermaidConfigFor(theme)), svgId(source, theme), source]);
  const pictures = new Map<string, string>();
  const pending = new Map<string, { job: DrawJob; fence: DiagramFence }>();
  for (const fence of pages.flatMap((page) => page.fences)) {
    for (const theme of THEMES) {
      const key = keyOf(fence.source, theme);
      if (pictures.has(key) || pending.has(key)) continue;
      const cached = options.cache.read(key);
      if (cached !== undefined) pictures.set(key, cached);
      else pending.set(key, { job: { id: svgId(fence.source, theme), source: fence.source, theme }, fence });
    }
  }
  const cached = pictures.size;

  let drawMs = 0;
  if (pending.size > 0) {
    if (!options.chromium) throw new NoBrowserError(pending.size);
    const started = performance.now();
    const entries = [...pending.entries()];
    const results: DrawResult[] = await drawInBrowser(
      entries.map(([, { job }]) => job),
      options.chromium,
    );
    drawMs = performance.now() - started;
    // A broken diagram fails in both themes with the same message: a set reports it once.
    const problems = new Set<string>();
    entries.forEach(([key, { fence }], index) => {
      const result = results[index];
      if (!result) return;
      if ('error' in result) {
        problems.add(locateFailure(fence, result.error));
        return;
      }
      pictures.set(key, result.svg);
      options.cache.write(key, result.svg);
    });
    if (problems.size > 0) throw new DiagramError([...problems]);
  }

  let diagrams = 0;
  for (const page of pages) {
    const seen = new Map<string, number>();
    const prepared = await Promise.all(
      page.fences.map(async (fence) => {
        // The same diagram twice in a page: its second copy gets ids of its own.
        const copy = (seen.get(fence.source) ?? 0) + 1;
        seen.set(fence.source, copy);
        const pictureFor = (theme: DiagramTheme): { id: string; svg: string } => {
          const svg = pictures.get(keyOf(fence.source, theme)) ?? '';
          const id = svgId(fence.source, theme);
          return copy === 1 ? { id, svg } : { id: `${id}-${copy}`, svg: svg.replaceAll(id, `${id}-${copy}`) };
        };
        return prepareDiagram({ light: pictureFor('light'), dark: pictureFor('dark') });
      }),
    );
    const stylesheets = await writeStylesheets(prepared);
    let html = page.html;
    page.fences.forEach((fence, index) => {
      const diagram = prepared[index];
      if (!diagram) return;
      // A shared stylesheet goes in once, just before the first figure that needs it.
      const styleClass = diagram.style?.styleClass;
      const stylesheet = styleClass ? stylesheets.get(styleClass) : undefined;
      if (styleClass) stylesheets.delete(styleClass);
      html = html.replace(fence.element, () => (stylesheet ?? '') + diagram.figure);
      diagrams += 1;
    });
    writeFileSync(join(distDirectory, page.file), html);
  }
  return { pages: pages.length, diagrams, drawn: pending.size, cached, drawMs };
}
