/** Reads the YAML frontmatter of an MDX file (the block Astro's content collections read) with the place of each field. */
import { readLocatedYaml, type LocatedYaml } from './locate-yaml';

const FENCE = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The frontmatter of `text`, located in the whole file (its first line is the opening `---`). */
export function readLocatedFrontmatter(text: string): LocatedYaml {
  const match = FENCE.exec(text);
  if (match === null)
    return {
      ok: false,
      message: 'no frontmatter: the file must start with a --- line and a closing --- line',
      position: { line: 1, column: 1 },
    };
  return readLocatedYaml(match[1] ?? '', ({ line, column }) => ({ line: line + 1, column }));
}
