/**
 * How every diagram on the site is drawn: the lessons' pictures at build time and a candidate's answer in the
 * browser use this same configuration, so both look alike. Plain data, so it can be handed to a browser page.
 */
export type DiagramTheme = 'light' | 'dark';

/**
 * Mermaid's `initialize` options for a site theme. The layout is dagre: mermaid 12 defaults to ELK, whose 1.5 MB
 * chunk a candidate's browser would otherwise download to draw an answer that dagre lays out as well.
 */
export function mermaidConfigFor(theme: DiagramTheme): {
  startOnLoad: false;
  securityLevel: 'strict';
  theme: 'default' | 'dark';
  layout: 'dagre';
} {
  return { startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default', layout: 'dagre' };
}

/**
 * The smallest scale a drawing may be shrunk to: mermaid draws text at 16 px, so at three quarters its text is never
 * smaller than 12 px on a phone. A drawing wider than its frame at that scale scrolls sideways instead; lesson pictures
 * (at build) and a candidate's answer (in the browser) both keep it.
 */
export const SMALLEST_DIAGRAM_SCALE = 0.75;
