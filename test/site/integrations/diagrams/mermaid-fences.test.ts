import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidFencesPlugin } from '../../../../src/integrations/diagrams/mermaid-fences.ts';

const PROJECT = '/project';

async function render(markdown: string, file = `${PROJECT}/content/chapter/lesson.mdx`): Promise<string> {
  // The result is a promise only when a plugin is async; awaiting covers both.
  const result = await markdownToHtml(markdown, {
    mdastPlugins: [mermaidFencesPlugin(PROJECT)],
    fileURL: new URL(`file://${file}`),
  });
  return result.html;
}

describe('mermaidFencesPlugin', () => {
  it('turns a mermaid fence into <pre class="mermaid"> holding the escaped source', async () => {
    const html = await render('```mermaid\nflowchart LR\n  A["a <b>"] --> B\n```\n');
    expect(html).toContain('<pre class="mermaid"');
    expect(html).toContain('flowchart LR');
    expect(html).toContain('A["a &lt;b&gt;"] --&gt; B');
    expect(html).not.toContain('<code');
  });

  it('marks the fence with its file, relative to the project, and the line of its opening ```', async () => {
    const html = await render('# Title\n\nSome text.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n');
    expect(html).toContain('data-mermaid-file="content/chapter/lesson.mdx"');
    expect(html).toContain('data-mermaid-line="5"');
  });

  it('leaves other code fences alone', async () => {
    const html = await render('```js\nconst a = 1;\n```\n');
    expect(html).not.toContain('mermaid');
    expect(html).toContain('<code');
  });
});
