import { decodeHTML, escapeAttribute } from 'entities';

/** A ```mermaid fence as the built HTML holds it, with where it came from. */
export interface DiagramFence {
  /** The whole `<pre class="mermaid" …>…</pre>` element, as it appears in the HTML. */
  readonly element: string;
  /** The diagram's source, decoded from the element's text. */
  readonly source: string;
  /** The source file of the fence, relative to the project (empty when unknown). */
  readonly file: string;
  /** The line of the fence's opening ``` in that file (0 when unknown). */
  readonly line: number;
}

/** The SVGs of one diagram, one per site theme. */
export interface DiagramPictures {
  readonly light: string;
  readonly dark: string;
}

// The element is the mdast plugin's own output (mermaid-fences.ts): its text is escaped, so it holds no `<`.
const FENCE_ELEMENT = /<pre class="mermaid"([^>]*)>([^<]*)<\/pre>/g;

/** The value of attribute `name` in an element's attribute text, decoded. */
function readAttribute(attributes: string, name: string): string {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match?.[1] === undefined ? '' : decodeHTML(match[1]);
}

/** Every mermaid fence in a built page, in document order. */
export function findDiagramFences(html: string): DiagramFence[] {
  return [...html.matchAll(FENCE_ELEMENT)].map((match) => {
    const attributes = match[1] ?? '';
    return {
      element: match[0],
      source: decodeHTML(match[2] ?? '').trim(),
      file: readAttribute(attributes, 'data-mermaid-file'),
      line: Number(readAttribute(attributes, 'data-mermaid-line')) || 0,
    };
  });
}

/** The diagram's accessible title (its `<title>`, from `accTitle`), to name its scrolling frame. */
function readTitle(svg: string): string | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
  return title ? decodeHTML(title).trim() : undefined;
}

/**
 * The smallest scale a picture may be shrunk to: mermaid draws text at 16 px, so its text never gets smaller than
 * 12 px. A diagram wider than the column at that scale scrolls sideways in its frame instead.
 */
const SMALLEST_SCALE = 0.75;

/** Adds a minimum width to mermaid's `style="max-width: Wpx;"`, so a narrow column scrolls instead of shrinking text. */
function keepReadable(svg: string): string {
  return svg.replace(/^<svg([^>]*?) style="max-width: ([\d.]+)px;"/, (_all, before: string, width: string) => {
    const smallest = Math.round(Number(width) * SMALLEST_SCALE);
    return `<svg${before} style="max-width: ${width}px; min-width: ${smallest}px;"`;
  });
}

/**
 * The markup that replaces a fence: both themes' pictures in one keyboard-scrollable frame. The site's CSS shows the
 * one that matches `<html data-theme>` (courseware.css), so switching theme needs no script. Only the shown picture
 * is in the accessibility tree (the other is `display: none`), each with its own title and description.
 */
export function renderDiagramFigure(pictures: DiagramPictures): string {
  const title = readTitle(pictures.light);
  const label = title ? `Diagram: ${title}` : 'Diagram';
  return (
    `<figure class="diagram" data-diagram data-pagefind-ignore>` +
    `<div class="diagram-frame" tabindex="0" role="group" aria-label="${escapeAttribute(label)}">` +
    `<div class="diagram-picture" data-diagram-theme="light">${keepReadable(pictures.light)}</div>` +
    `<div class="diagram-picture" data-diagram-theme="dark">${keepReadable(pictures.dark)}</div>` +
    `</div></figure>`
  );
}
