import { createHash } from 'node:crypto';
import { decodeHTML, escapeAttribute, escapeText } from 'entities';
import { SMALLEST_DIAGRAM_SCALE, type DiagramTheme } from '../../mermaid/mermaid-config.ts';
import { pruneStyle } from './prune-style.ts';
import { canonicalIds, slimSvg } from './slim-svg.ts';

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

/** One diagram drawn by mermaid in each site theme, with the SVG id each drawing was given. */
export interface DiagramPictures {
  readonly light: { readonly id: string; readonly svg: string };
  readonly dark: { readonly id: string; readonly svg: string };
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

/** Adds a minimum width to mermaid's `style="max-width: Wpx;"`, so a narrow column scrolls instead of shrinking text. */
function keepReadable(svg: string): string {
  return svg.replace(/^<svg([^>]*?) style="max-width: ([\d.]+)px;"/, (_all, before: string, width: string) => {
    const smallest = Math.round(Number(width) * SMALLEST_DIAGRAM_SCALE);
    return `<svg${before} style="max-width: ${width}px; min-width: ${smallest}px;"`;
  });
}

/** A mermaid SVG split into its `<style>` (scoped by `#id`) and the drawing itself. */
function splitStyle(svg: string): { style: string; drawing: string } {
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  return { style, drawing: svg.replace(/<style>[\s\S]*?<\/style>/, '') };
}

const FLOOD_COLOR = / flood-color="([^"]*)"/g;
/** A theme's gradient: only that theme's style refers to it, by an id made from its drawing's id. */
const GRADIENT = /<linearGradient[\s\S]*?<\/linearGradient>/g;

/** Which theme a rule applies in: Starlight is dark unless `<html data-theme="light">`, also with scripts off. */
const IN_THEME = { light: ":root[data-theme='light']", dark: ":root:not([data-theme='light'])" } as const;

/** A stylesheet that diagrams of one kind share, before the page prunes it to the rules its drawings use. */
export interface SharedStyle {
  /** The class that scopes the stylesheet, put on each such drawing's `<svg>`. */
  readonly styleClass: string;
  /** Each theme's mermaid rules, scoped to `.styleClass` (decoded: they leave the SVG for an HTML `<style>`). */
  readonly themes: { readonly light: string; readonly dark: string };
  /** Elements the styles refer to by id (a theme's gradient), in a hidden SVG of their own. */
  readonly defs: string;
}

/** A diagram ready for its page: the figure, and the shared stylesheet its drawing needs, if any. */
export interface PreparedDiagram {
  readonly figure: string;
  readonly style?: SharedStyle;
}

/** A theme's style scoped to `.class`, with references to parts of its drawing (`#<id>-gradient`) renamed. */
function scopeStyle(
  style: string,
  id: string,
  styleClass: string,
  theme: DiagramTheme,
): { css: string; parts: string[] } {
  const partPattern = new RegExp(`#${id}-([\\w-]+)`, 'g');
  const parts = [...new Set([...style.matchAll(partPattern)].map((match) => match[1] ?? ''))];
  const css = decodeHTML(style)
    .replace(partPattern, `#${styleClass}-${theme}-$1`)
    .replace(new RegExp(`#${id}(?![\\w-])`, 'g'), `.${styleClass}`);
  return { css, parts };
}

/** The element of `drawing` whose id is `id`, renamed to `newId`; empty when there is none. */
function takeElement(drawing: string, id: string, newId: string): string {
  const element = new RegExp(`<(\\w+) id="${id}"[\\s\\S]*?<\\/\\1>`).exec(drawing)?.[0] ?? '';
  return element.replace(`id="${id}"`, `id="${newId}"`);
}

/**
 * One drawing for both themes, when mermaid's two drawings differ only in colours: those are in each drawing's
 * `<style>`, in a gradient its style refers to, and in the drop shadow's colour, which CSS can override. Each
 * theme's style is re-scoped from the SVG's id to a class named by its content, so all diagrams of one kind on a
 * page share one stylesheet. Undefined when the drawings differ in anything else.
 */
function shareDrawing(pictures: DiagramPictures): { style: SharedStyle; drawing: string } | undefined {
  const light = splitStyle(slimSvg(pictures.light.svg));
  const dark = splitStyle(slimSvg(pictures.dark.svg));
  const shape = (drawing: string): string => canonicalIds(drawing.replace(FLOOD_COLOR, '').replace(GRADIENT, ''));
  if (shape(light.drawing) !== shape(dark.drawing)) return undefined;

  const darkShadow = / flood-color="([^"]*)"/.exec(dark.drawing)?.[1] ?? '';
  const unscoped = [light.style.replaceAll(pictures.light.id, 'SVG'), dark.style.replaceAll(pictures.dark.id, 'SVG')];
  const hash = createHash('sha256').update(JSON.stringify([...unscoped, darkShadow]));
  const styleClass = `diagram-style-${hash.digest('hex').slice(0, 10)}`;

  const scoped = {
    light: scopeStyle(light.style, pictures.light.id, styleClass, 'light'),
    dark: scopeStyle(dark.style, pictures.dark.id, styleClass, 'dark'),
  };
  let defs = '';
  for (const theme of ['light', 'dark'] as const) {
    const { id } = pictures[theme];
    const drawing = theme === 'light' ? light.drawing : dark.drawing;
    for (const part of scoped[theme].parts)
      defs += takeElement(drawing, `${id}-${part}`, `${styleClass}-${theme}-${part}`);
  }
  const darkCss = scoped.dark.css + (darkShadow ? `.${styleClass} feDropShadow{flood-color:${darkShadow};}` : '');

  const root = /^<svg[^>]*>/.exec(light.drawing)?.[0] ?? '';
  const classed = / class="/.test(root)
    ? root.replace(/ class="([^"]*)"/, ` class="$1 ${styleClass}"`)
    : root.replace(/^<svg/, `<svg class="${styleClass}"`);
  const drawing = classed + light.drawing.slice(root.length).replace(GRADIENT, '');
  const hiddenDefs = defs
    ? `<svg class="diagram-defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${defs}</defs></svg>`
    : '';
  return { style: { styleClass, themes: { light: scoped.light.css, dark: darkCss }, defs: hiddenDefs }, drawing };
}

/** A picture kept apart for its theme, slimmed, its own `<style>` pruned to the rules it can use. */
async function pruneOwnStyle(svg: string): Promise<string> {
  const { style, drawing } = splitStyle(keepReadable(slimSvg(svg)));
  const pruned = await pruneStyle(decodeHTML(style), drawing);
  // Inside an SVG the style is parsed as text with character references, like the rest of the drawing.
  return drawing.replace(/(<\/desc>|^<svg[^>]*>)/, `$1<style>${escapeText(pruned)}</style>`);
}

/**
 * A stylesheet's rules for both themes, each under its theme's root selector: Starlight is dark unless
 * `<html data-theme="light">`, also with scripts off.
 */
export function themeStylesheet(styleClass: string, themes: { light: string; dark: string }): string {
  return (Object.keys(IN_THEME) as DiagramTheme[])
    .map((theme) => themes[theme].replaceAll(`.${styleClass}`, `${IN_THEME[theme]} .${styleClass}`))
    .join('');
}

/**
 * A diagram ready for its page, in one keyboard-scrollable frame named after the diagram's title: usually one
 * drawing whose colours follow `<html data-theme>` through a stylesheet the page writes once for all drawings of
 * its kind (`style`); otherwise both drawings, and courseware.css shows the one that matches. Either way switching
 * theme runs no script, and only what is shown is in the accessibility tree.
 */
export async function prepareDiagram(pictures: DiagramPictures): Promise<PreparedDiagram> {
  const title = readTitle(pictures.light.svg);
  const label = title ? `Diagram: ${title}` : 'Diagram';
  const shared = shareDrawing(pictures);
  const content = shared
    ? keepReadable(shared.drawing)
    : `<div class="diagram-picture" data-diagram-theme="light">${await pruneOwnStyle(pictures.light.svg)}</div>` +
      `<div class="diagram-picture" data-diagram-theme="dark">${await pruneOwnStyle(pictures.dark.svg)}</div>`;
  const figure =
    `<figure class="diagram" data-diagram data-pagefind-ignore>` +
    `<div class="diagram-frame" tabindex="0" role="group" aria-label="${escapeAttribute(label)}">${content}</div>` +
    `</figure>`;
  return shared ? { figure, style: shared.style } : { figure };
}
