import { optimize } from 'svgo';

/**
 * Makes mermaid's SVG lighter without changing what it draws. Mermaid writes every arrow marker and icon of its
 * diagram type whether the diagram uses it or not (a sequence diagram carries ~14 KB of icon paths), and data
 * attributes that only its own scripts read.
 */

/** Attributes mermaid's scripts read (edge animation, interaction) and neither its styles nor the reader need. */
const SCRIPT_ONLY_ATTRIBUTES = / data-(?:points|id|et)="[^"]*"/g;

/** Removes each `<marker>` and `<symbol>` that nothing in the SVG refers to (by `url(#id)` or `href="#id"`). */
function dropUnusedDefinitions(svg: string): string {
  return svg.replace(/<(marker|symbol) id="([^"]+)"[\s\S]*?<\/\1>/g, (definition, _tag: string, id: string) =>
    svg.includes(`url(#${id})`) || svg.includes(`href="#${id}"`) ? definition : '',
  );
}

/**
 * Numbers to whole pixels (the smallest scale shown is 3/4, so at most 0.4 px off), path data in its shortest form, no empty attributes: SVGO's plugins for that and
 * nothing else, so ids, titles, classes and labels stay as mermaid wrote them. Mermaid serialises its SVG as HTML,
 * which SVGO's XML parser may refuse (an unclosed `<br>` in a label): such an SVG is kept as it is.
 */
function roundNumbers(svg: string): string {
  try {
    return optimize(svg, {
      floatPrecision: 0,
      plugins: ['cleanupNumericValues', 'convertPathData', 'convertTransform', 'removeEmptyAttrs'],
    }).data;
  } catch {
    return svg;
  }
}

/** The SVG without unused definitions and script-only attributes, its numbers rounded. */
export function slimSvg(svg: string): string {
  return roundNumbers(dropUnusedDefinitions(svg).replace(SCRIPT_ONLY_ATTRIBUTES, ''));
}

/** Every `id` of an SVG renamed by order of first appearance (`#0`, `#1`, …): two drawings compare equal up to naming. */
export function canonicalIds(svg: string): string {
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''))];
  // Longest first, so an id that prefixes another (`d1` and `d1_marker`) is not renamed inside it.
  const longestFirst = ids.map((id, order) => ({ id, order })).sort((a, b) => b.id.length - a.id.length);
  return longestFirst.reduce((text, { id, order }) => text.replaceAll(id, `#${order}#`), svg);
}
