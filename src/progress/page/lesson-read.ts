/**
 * Counts a lesson as read when its end scrolls into view, or when the candidate presses "Mark as read"; then says so
 * and tells the sidebar (event `courseware:lesson-read`) to mark it.
 */
import { markLessonRead, readLessonsRead } from '../lessons-read.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-lesson-read]');
  const status = root?.querySelector<HTMLElement>('[data-lesson-read-status]');
  const button = root?.querySelector<HTMLButtonElement>('[data-mark-read]');
  const lessonId = root?.dataset['lessonRead'];
  const storage = findLocalStorage();
  if (!root || !status || !button || !lessonId || !storage) return;

  const showRead = (at: number): void => {
    status.textContent = `✓ Read on ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(at)}.`;
    button.hidden = true;
    root.dataset['lessonReadState'] = 'read';
  };
  let observer: IntersectionObserver | undefined;
  const markRead = (): void => {
    observer?.disconnect();
    const written = markLessonRead(storage, lessonId, Date.now());
    if (!written.ok) {
      status.textContent = 'This browser would not store that the lesson was read (its storage is full or disabled).';
      return;
    }
    showRead(readLessonsRead(storage).get(lessonId) ?? Date.now());
    document.dispatchEvent(new CustomEvent('courseware:lesson-read', { detail: lessonId }));
  };

  const readAt = readLessonsRead(storage).get(lessonId);
  if (readAt !== undefined) {
    showRead(readAt);
    return;
  }
  button.addEventListener('click', markRead);
  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) markRead();
    });
    observer.observe(root);
  }
}

start();
