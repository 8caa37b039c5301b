/**
 * Marks the sidebar's links to lessons read in this browser: a check mark (hidden from screen readers) and the word
 * "(read)" for them (hidden from sight). Idempotent, so it runs again when a lesson is read on this page.
 */
import { readLessonsRead } from '../lessons-read.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';
import { basePath } from '../../site-paths.ts';

/** The lesson id a sidebar link points at (`/course/architecture-patterns/monolith/` → `architecture-patterns/monolith`). */
function lessonIdOf(link: HTMLAnchorElement): string | undefined {
  const path = new URL(link.href, window.location.href).pathname;
  const base = basePath();
  if (!path.startsWith(base)) return undefined;
  return path.slice(base.length).replace(/\/$/, '') || undefined;
}

/** Adds the read mark to every sidebar link whose lesson was read; leaves the others as they are. */
export function markReadLessons(): void {
  const storage = findLocalStorage();
  if (!storage) return;
  const read = readLessonsRead(storage);
  if (read.size === 0) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.sidebar a[href]')) {
    const id = lessonIdOf(link);
    if (id === undefined || !read.has(id) || link.querySelector('.lesson-read-mark')) continue;
    const mark = document.createElement('span');
    mark.className = 'lesson-read-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '✓';
    const word = document.createElement('span');
    word.className = 'sr-only';
    word.textContent = ' (read)';
    link.dataset['readMark'] = 'true';
    link.append(mark, word);
  }
}
