/** Reads the YAML frontmatter of an MDX file, the same block Astro's content collections read. */
import { parseDocument } from 'yaml';

/** The parsed frontmatter, or the problem with the line it is on (counted in the whole file). */
export type FrontmatterResult = { ok: true; data: unknown } | { ok: false; problem: string };

/** Parses the `---`-fenced YAML block at the top of `text`. */
export function readFrontmatter(text: string): FrontmatterResult {
  const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (match === null)
    return { ok: false, problem: 'no frontmatter: the file must start with a --- line and a closing --- line' };
  const document = parseDocument(match[1] ?? '', { prettyErrors: false });
  const error = document.errors[0];
  if (error !== undefined) {
    // +1 for the opening --- line, so the line matches what an editor shows for the .mdx file.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    return { ok: false, problem: `YAML error at line ${line}: ${error.message}` };
  }
  return { ok: true, data: document.toJS() };
}
