import { describe, expect, it } from 'vitest';
import { findRootPaths, findSiteRootPaths, listSiteRoots } from '../support/find-root-paths';

const PROJECT = new URL('../..', import.meta.url).pathname;
const ROOTS = ['exercises', 'mock', '_astro', 'sw.js', 'architecture-patterns'];

describe('no internal URL is written from the site root', () => {
  it('finds none in src/ and content/: each goes through withBase', () => {
    const found = findSiteRootPaths(PROJECT, ['src', 'content']);
    const message = found
      .map(
        ({ place, line }) =>
          `${place}: "${line}" is an internal URL written from the site's root; it breaks when the course is ` +
          "published under a sub-path (BASE_PATH). Write withBase('/…') (src/site-paths.ts) instead (in MDX frontmatter or raw HTML, a link " +
          'relative to the page), or, where the ' +
          'root path is meant (not a URL), end the line with `// root-path-ok: <why>`.',
      )
      .join('\n');
    expect(found, message).toEqual([]);
  });

  it('knows the site roots from the pages, the content, public/ and the built files', () => {
    expect(listSiteRoots(PROJECT)).toEqual(
      expect.arrayContaining(['_astro', 'architecture-patterns', 'exercises', 'favicon.svg', 'guide', 'mock', 'sw.js']),
    );
  });
});

describe('findRootPaths', () => {
  const cases: Array<[string, string, boolean]> = [
    ['an href to a page', '<a href="/mock/">mock</a>', true],
    ['an href to the home page', '<a href="/">home</a>', true],
    ['a template href', 'href={`/${lesson.id}/`}', true],
    ['a string in a script', 'link.href = `/exercises/${id}/#mock`;', true],
    ['a fetch', "await fetch('/sw.js');", true],
    ['a Starlight link option', "{ text: 'Home', link: '/' }", true],
    ['a path through withBase', 'link.href = withBase(`/exercises/${id}/#mock`);', false],
    ['an attribute through withBase', "<a href={withBase('/mock/')}>", false],
    ['a comment', ' * Registers `/sw.js` and watches for new builds.', false],
    ['a glob of source files', "import.meta.glob('/exercises/*/*/answer.schema.json')", false],
    ['an anchor', 'href={`#${id}`}', false],
    ['another host', '<a href="https://example.com/exercises/">', false],
    ['a JSON pointer', "const pointer = '/calls/0';", false],
    ['a line marked as meant', 'const key = `/exercises/${id}`; // root-path-ok: a glob key', false],
  ];
  it.each(cases)('%s', (_name, line, expected) => {
    expect(findRootPaths(line, 'src/x.ts', ROOTS).length > 0).toBe(expected);
  });

  it('leaves Markdown links to the build, and finds raw HTML ones in MDX, with the file and line', () => {
    const mdx =
      '---\nhero:\n  actions:\n    - text: Go\n      link: /exercises/\n---\nSee [the exercises](/exercises/).\n\n<a href="/mock/">mock</a>\n';
    expect(findRootPaths(mdx, 'content/guide/x.mdx', ROOTS)).toEqual([
      { place: 'content/guide/x.mdx:5', line: 'link: /exercises/' },
      { place: 'content/guide/x.mdx:9', line: '<a href="/mock/">mock</a>' },
    ]);
  });
});
