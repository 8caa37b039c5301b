/**
 * How every diagram on the site is drawn: the lessons' pictures at build time and a candidate's answer in the
 * browser use this same configuration, so both look alike. Plain data, so it can be handed to a browser page.
 */
export type DiagramTheme = 'light' | 'dark';

/** Mermaid's `initialize` options for a site theme. */
export function mermaidConfigFor(theme: DiagramTheme): {
  startOnLoad: false;
  securityLevel: 'strict';
  theme: 'default' | 'dark';
} {
  return { startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default' };
}
