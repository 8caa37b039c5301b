import type { MdastPluginDefinition } from 'satteri';
// Brings the `hName`/`hProperties` fields of mdast `data` into scope; Sätteri honours them the same way.
import type {} from 'mdast-util-to-hast';

/**
 * A Sätteri mdast plugin that turns each ```mermaid fence into `<pre class="mermaid">source</pre>`.
 * The diagram is drawn in the browser by `src/scripts/mermaid-render.ts`; keeping the source as
 * text means a page whose diagram fails still shows something readable.
 *
 * It returns an mdast paragraph re-tagged through `data.hName` rather than raw HTML, because raw
 * HTML nodes cannot be compiled inside MDX (the trap that breaks astro-mermaid on Astro 7).
 */
export function mermaidFencesPlugin(): MdastPluginDefinition {
  return {
    name: 'courseware-mermaid-fences',
    code(node) {
      if (node.lang !== 'mermaid') return undefined;
      return {
        type: 'paragraph',
        data: {
          hName: 'pre',
          hProperties: { className: ['mermaid'], 'data-mermaid-source': '' },
        },
        children: [{ type: 'text', value: node.value }],
      };
    },
  };
}
