import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** A lesson file as the content checks see it: where it is, its frontmatter, and its body. */
export interface LessonFile {
  /** Path relative to the repository root, for messages. */
  path: string;
  /** Chapter folder, or '' for files at the top of content/. */
  chapter: string;
  /** File name without extension: the lesson's slug (`index` for a chapter overview). */
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const CONTENT_ROOT = join(import.meta.dirname, '../../content');

/** Splits `---` frontmatter from the body; a file without frontmatter gets `{}`. */
function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Every .md/.mdx file under content/, found on disk. */
export function loadLessonFiles(root = CONTENT_ROOT): LessonFile[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
  return files.sort().map((file) => {
    const parts = file.split('/');
    const slug = (parts.at(-1) ?? '').replace(/\.mdx?$/, '');
    return {
      path: relative(join(root, '..'), join(root, file)),
      chapter: parts.length > 1 ? (parts[0] ?? '') : '',
      slug,
      ...splitFrontmatter(readFileSync(join(root, file), 'utf8')),
    };
  });
}
