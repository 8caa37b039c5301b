/**
 * Draws diagrams in the browser: a candidate's answer on the exercise page (`drawSource`), and the lessons'
 * `<pre class="mermaid">` where the build left them as source, in `npm run dev` or a build without Chromium (the
 * built site normally carries them as pictures, see `src/integrations/diagrams/`). Lesson diagrams are drawn in the
 * current Starlight theme and again when the reader switches theme.
 *
 * Progress is published on `<html data-mermaid="rendering|done">` and a `data-mermaid-renders`
 * counter, so tests (and anything else) can wait for finished SVGs rather than guess.
 */
import mermaid from 'mermaid';
import { mermaidConfigFor, SMALLEST_DIAGRAM_SCALE } from '../mermaid-config.ts';

const SOURCE_ATTRIBUTE = 'data-mermaid-source';
let renderCount = 0;
let diagramCount = 0;

/** The theme Starlight has applied to the page right now. */
function readTheme(): 'dark' | 'light' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** The diagram's source: kept in an attribute after the first run because the SVG replaces the text. */
function readSource(node: HTMLElement): string {
  const stored = node.getAttribute(SOURCE_ATTRIBUTE);
  if (stored) return stored;
  const source = (node.textContent ?? '').trim();
  node.setAttribute(SOURCE_ATTRIBUTE, source);
  return source;
}

/** Shows the diagram's source and mermaid's message in place of a diagram that failed to draw. */
function showFailure(node: HTMLElement, source: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  node.replaceChildren();
  const note = document.createElement('strong');
  note.className = 'mermaid-error-title';
  note.textContent = 'This diagram could not be drawn. Its source is shown instead.';
  const detail = document.createElement('span');
  detail.className = 'mermaid-error-message';
  detail.textContent = message;
  const code = document.createElement('code');
  code.textContent = source;
  node.append(note, detail, code);
  node.dataset['mermaidState'] = 'error';
  node.setAttribute('role', 'group');
  node.setAttribute('aria-label', 'Diagram that failed to render');
}

/** Points mermaid at the theme Starlight shows now; every drawing starts here. */
function initializeForTheme(): void {
  mermaid.initialize(mermaidConfigFor(readTheme()));
}

/** Gives mermaid's `max-width: Wpx` a matching minimum width, so a narrow frame scrolls instead of shrinking text. */
function keepReadable(svg: SVGSVGElement | null): void {
  const width = svg === null ? Number.NaN : Number.parseFloat(svg.style.maxWidth);
  if (svg !== null && Number.isFinite(width)) svg.style.minWidth = `${Math.round(width * SMALLEST_DIAGRAM_SCALE)}px`;
}

/** Renders `source` into `container`; throws mermaid's error and leaves the container as it was. */
async function renderInto(container: HTMLElement, source: string): Promise<void> {
  diagramCount += 1;
  const { svg, bindFunctions } = await mermaid.render(`mermaid-diagram-${diagramCount}`, source);
  container.innerHTML = svg; // mermaid's own output, sanitised by its strict security level
  keepReadable(container.querySelector('svg'));
  bindFunctions?.(container);
}

/** Draws one diagram; never throws, so one broken diagram cannot stop the others. */
async function drawDiagram(node: HTMLElement): Promise<void> {
  const source = readSource(node);
  try {
    await renderInto(node, source);
    node.dataset['mermaidState'] = 'rendered';
  } catch (error) {
    showFailure(node, source, error);
  }
}

/**
 * Draws a diagram from `source` into `container` in the current theme (used for diagrams built in the
 * page, such as a candidate's answer). Resolves to false, leaving the container as it was, on failure.
 */
export async function drawSource(container: HTMLElement, source: string): Promise<boolean> {
  initializeForTheme();
  try {
    await renderInto(container, source);
    return true;
  } catch {
    return false;
  }
}

/** Draws all diagrams in `root` with the current theme and publishes progress on `<html>`. */
export async function drawDiagrams(root: ParentNode = document): Promise<void> {
  const nodes = [...root.querySelectorAll<HTMLElement>('pre.mermaid')];
  if (nodes.length === 0) return;
  const html = document.documentElement;
  html.dataset['mermaid'] = 'rendering';
  initializeForTheme();
  for (const node of nodes) await drawDiagram(node);
  renderCount += 1;
  html.dataset['mermaidRenders'] = String(renderCount);
  html.dataset['mermaid'] = 'done';
}

/** Draws the page's diagrams now and again whenever Starlight switches the theme. */
export function startDiagrams(): void {
  let drawn = readTheme();
  void drawDiagrams();
  new MutationObserver(() => {
    const theme = readTheme();
    if (theme === drawn) return;
    drawn = theme;
    void drawDiagrams();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
