import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
// Brings the `hName`/`hProperties` fields of mdast `data` into scope; Sätteri honours them the same way.
import type {} from 'mdast-util-to-hast';

/**
 * A Sätteri mdast plugin that turns each ```mermaid fence into `<pre class="mermaid">source</pre>`, marked with
 * the file and line of its fence. The built site replaces each with pictures drawn at build time
 * (`prerender-diagrams.ts`), which names that file and line when a diagram does not draw; `npm run dev` draws
 * them in the browser (`src/mermaid/page/mermaid-render.ts`).
 *
 * It returns an mdast paragraph re-tagged through `data.hName` rather than raw HTML, because raw
 * HTML nodes cannot be compiled inside MDX (the trap that breaks astro-mermaid on Astro 7).
 */
export function mermaidFencesPlugin(projectRoot: string): MdastPluginEntry {
  return ({ fileURL }) => {
    const file = fileURL ? relative(projectRoot, fileURLToPath(fileURL)) : '';
    return {
      name: 'courseware-mermaid-fences',
      options: { position: true },
      code(node) {
        if (node.lang !== 'mermaid') return undefined;
        return {
          type: 'paragraph',
          data: {
            hName: 'pre',
            hProperties: {
              className: ['mermaid'],
              'data-mermaid-source': '',
              'data-mermaid-file': file,
              'data-mermaid-line': String(node.position?.start.line ?? 0),
            },
          },
          children: [{ type: 'text', value: node.value }],
        };
      },
    };
  };
}
