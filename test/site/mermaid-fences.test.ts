import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidFencesPlugin } from '../../src/integrations/mermaid-fences.ts';

function render(markdown: string): string {
  const result = markdownToHtml(markdown, { mdastPlugins: [mermaidFencesPlugin()] });
  return typeof result === 'string' ? result : result.html;
}

describe('mermaidFencesPlugin', () => {
  it('turns a mermaid fence into <pre class="mermaid"> holding the escaped source', () => {
    const html = render('```mermaid\nflowchart LR\n  A["a <b>"] --> B\n```\n');
    expect(html).toContain('<pre class="mermaid"');
    expect(html).toContain('flowchart LR');
    expect(html).toContain('A["a &lt;b&gt;"] --&gt; B');
    expect(html).not.toContain('<code');
  });

  it('leaves other code fences alone', () => {
    const html = render('```js\nconst a = 1;\n```\n');
    expect(html).not.toContain('mermaid');
    expect(html).toContain('<code');
  });
});
