/** Collects the takeaway ids declared in the lessons' frontmatter under content/, where each id is declared once. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../../graders/tooling/read-frontmatter';

/** The repository's content folder. */
export const CONTENT_ROOT = join(import.meta.dirname, '../../../content');

function listLessonFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listLessonFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every takeaway id found in `takeaways: [{ id, text }]` of a lesson, with the file that declares it. */
export function readLessonTakeaways(root: string = CONTENT_ROOT): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of listLessonFiles(root)) {
    const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
    if (!frontmatter.ok) continue;
    const takeaways = (frontmatter.data as { takeaways?: unknown }).takeaways;
    if (!Array.isArray(takeaways)) continue;
    for (const takeaway of takeaways) {
      const id = (takeaway as { id?: unknown }).id;
      if (typeof id === 'string') ids.set(id, file);
    }
  }
  return ids;
}
