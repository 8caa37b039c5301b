import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDiagramCache } from '../../../../src/integrations/diagrams/diagram-cache.ts';
import { findChromium } from '../../../../src/integrations/diagrams/find-chromium.ts';
import {
  DiagramError,
  NoBrowserError,
  prerenderDiagrams,
} from '../../../../src/integrations/diagrams/prerender-diagrams.ts';
import { BROWSER_TEST_MS } from '../../../support/timeouts.ts';

/** A fence as the mdast plugin writes it into a built page (mermaid-fences.ts). */
function fence(source: string, line: number): string {
  const escaped = source.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return (
    `<pre class="mermaid" data-mermaid-source="" data-mermaid-file="content/chapter/lesson.mdx" ` +
    `data-mermaid-line="${line}">${escaped}</pre>`
  );
}

const FLOW =
  'flowchart LR\n  accTitle: Orders reach the broker\n  accDescr: The order service publishes.\n  A[Order service] --> B[Broker]';
const OTHER = 'flowchart TB\n  X --> Y';
const BROKEN = 'flowchart LR\n  A -->';
const ACTOR = 'sequenceDiagram\n  actor Customer\n  Customer->>Shop: Place order';

const scratch: string[] = [];
afterEach(() => {
  for (const directory of scratch.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A built site with one page holding `body`, and an empty cache beside it. */
function makeSite(body: string): { dist: string; cacheDirectory: string; page: string } {
  const root = mkdtempSync(join(tmpdir(), 'diagrams-'));
  scratch.push(root);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'lesson'), { recursive: true });
  const page = join(dist, 'lesson/index.html');
  writeFileSync(page, `<!doctype html><html><body><main>${body}</main></body></html>`);
  return { dist, cacheDirectory: join(root, 'cache'), page };
}

const chromium = findChromium();

describe('prerenderDiagrams', () => {
  it(
    'replaces each fence with one drawing whose colours follow the theme, sharing one stylesheet per page',
    async () => {
      const site = makeSite(`<p>Text</p>${fence(FLOW, 12)}<p>More</p>${fence(OTHER, 20)}${fence(FLOW, 30)}`);
      const summary = await prerenderDiagrams(site.dist, { cache: openDiagramCache(site.cacheDirectory), chromium });
      const html = readFileSync(site.page, 'utf8');

      expect(summary).toMatchObject({ pages: 1, diagrams: 3, drawn: 4, cached: 0 });
      expect(html).not.toContain('<pre class="mermaid"');
      expect(html.match(/<figure class="diagram"/g)).toHaveLength(3);
      // One drawing per diagram, its accessible title and description kept.
      expect(html.match(/<svg [^>]*aria-roledescription=/g)).toHaveLength(3);
      expect(html).toContain('aria-label="Diagram: Orders reach the broker"');
      expect(html).toContain('<desc id="chart-desc-');
      // The three flowcharts share one stylesheet, written before the first of them, with each theme's colours.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
      expect(styles).toHaveLength(1);
      expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<figure'));
      const styleClass = /class="flowchart (diagram-style-\w+)"/.exec(html)?.[1] ?? '';
      expect(html.match(new RegExp(`class="flowchart ${styleClass}"`, 'g'))).toHaveLength(3);
      expect(styles[0]).toContain(
        `:root[data-theme='light'] .${styleClass}{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px;fill:#333;}`,
      );
      expect(styles[0]).toContain(
        `:root:not([data-theme='light']) .${styleClass}{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px;fill:#ccc;}`,
      );
      // Rules for what these drawings never show (error icons, edge animations) are pruned away.
      expect(styles[0]).not.toContain('.error-icon');
      // The same diagram twice in a page: every SVG id stays unique.
      const ids = [...html.matchAll(/<svg[^>]* id="([^"]+)"/g)].map((match) => match[1]);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      // Text stays readable on a narrow screen: the picture keeps at least 3/4 of its width and scrolls instead.
      const [, width, smallest] = /max-width: ([\d.]+)px; min-width: (\d+)px/.exec(html) ?? [];
      expect(Number(smallest)).toBe(Math.round(Number(width) * 0.75));
      expect(html).toContain('class="diagram-frame" tabindex="0" role="group"');
    },
    BROWSER_TEST_MS,
  );

  it(
    'keeps a picture per theme when the themes draw differently, each with its own pruned style',
    async () => {
      // Mermaid colours a sequence diagram's stick figure inline, so the two drawings differ beyond their styles.
      const site = makeSite(fence(ACTOR, 5));
      await prerenderDiagrams(site.dist, { cache: openDiagramCache(site.cacheDirectory), chromium });
      const html = readFileSync(site.page, 'utf8');
      const light = /data-diagram-theme="light">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(html)?.[1] ?? '';
      const dark = /data-diagram-theme="dark">(<svg[\s\S]*?<\/svg>)<\/div>/.exec(html)?.[1] ?? '';
      expect(light).toContain('<style>');
      expect(dark).toContain('<style>');
      expect(light).toContain('stroke: rgb(147, 112, 219)');
      expect(dark).toContain('stroke: rgb(204, 204, 204)');
      expect(light).not.toContain('.error-icon');
    },
    BROWSER_TEST_MS,
  );

  it(
    'draws a diagram once: a rebuild takes its pictures from the cache and needs no browser',
    async () => {
      const first = makeSite(fence(FLOW, 12));
      await prerenderDiagrams(first.dist, { cache: openDiagramCache(first.cacheDirectory), chromium });
      const drawnHtml = readFileSync(first.page, 'utf8');

      const second = makeSite(fence(FLOW, 12));
      cpSync(first.cacheDirectory, second.cacheDirectory, { recursive: true });
      const summary = await prerenderDiagrams(second.dist, {
        cache: openDiagramCache(second.cacheDirectory),
        chromium: undefined,
      });
      expect(summary).toMatchObject({ diagrams: 1, drawn: 0, cached: 2, drawMs: 0 });
      expect(readFileSync(second.page, 'utf8')).toBe(drawnHtml);
    },
    BROWSER_TEST_MS,
  );

  it(
    'stops on a diagram mermaid cannot draw, naming its file and line, and changes no page',
    async () => {
      const site = makeSite(`${fence(FLOW, 12)}${fence(BROKEN, 40)}`);
      const before = readFileSync(site.page, 'utf8');
      const failure = await prerenderDiagrams(site.dist, {
        cache: openDiagramCache(site.cacheDirectory),
        chromium,
      }).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(DiagramError);
      const problems = (failure as DiagramError).problems;
      expect(problems).toHaveLength(1);
      // The error is at the end of the diagram's second line, line 42 of the file: the fence opens on line 40.
      // Mermaid's own message follows, indented, with its caret under the place.
      expect(problems[0]).toMatch(
        /^content\/chapter\/lesson\.mdx:42:1: this mermaid diagram does not draw:\n {4}Parse error on line \d+:\n {4}.*A -->\n {4}-+\^/,
      );
      expect(readFileSync(site.page, 'utf8')).toBe(before);
    },
    BROWSER_TEST_MS,
  );

  it('says so when pictures must be drawn and there is no browser, leaving the page as it was', async () => {
    const site = makeSite(fence(OTHER, 3));
    const before = readFileSync(site.page, 'utf8');
    await expect(
      prerenderDiagrams(site.dist, { cache: openDiagramCache(site.cacheDirectory), chromium: undefined }),
    ).rejects.toThrow(NoBrowserError);
    expect(readFileSync(site.page, 'utf8')).toBe(before);
  });
});
