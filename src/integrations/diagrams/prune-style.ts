import { PurgeCSS } from 'purgecss';

/**
 * Keeps only the rules of `css` that can match something in `markup` (and the keyframes they animate with).
 * Mermaid writes a stylesheet for everything its diagram type can draw; a lesson's flowcharts use a fifth of it.
 */
export async function pruneStyle(css: string, markup: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: markup, extension: 'html' }],
    css: [{ raw: css }],
    keyframes: true,
  });
  return result?.css ?? css;
}
