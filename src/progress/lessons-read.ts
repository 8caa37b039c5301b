/**
 * Which lessons the candidate has read (reached the end of, or marked as read), in browser storage. What is read back
 * is validated entry by entry: a damaged entry is skipped, a damaged whole reads as nothing read, and neither breaks
 * the page. Reading is shown in the sidebar and counted on /progress/; it is never evidence of mastery.
 */
import { readJson, writeJson, type KeyValueStorage, type WriteResult } from '../storage/safe-storage.ts';
import { lessonsReadKey } from '../storage/storage-keys.ts';

/** The most lessons kept; a stored map with more entries is read only up to this many. */
export const MAX_LESSONS_READ = 1000;

const LESSON_ID = /^[a-z0-9-]{1,100}(?:\/[a-z0-9-]{1,100})?$/;

/** Lesson id → when it was read (ms since the epoch); only well-formed entries. */
export function readLessonsRead(storage: KeyValueStorage): Map<string, number> {
  const value = readJson(storage, lessonsReadKey());
  const read = new Map<string, number>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return read;
  for (const [id, at] of Object.entries(value as Record<string, unknown>).slice(0, MAX_LESSONS_READ)) {
    if (LESSON_ID.test(id) && typeof at === 'number' && Number.isFinite(at) && at >= 0) read.set(id, at);
  }
  return read;
}

/** Records `lessonId` as read at `now`; a lesson already read keeps its first date. */
export function markLessonRead(storage: KeyValueStorage, lessonId: string, now: number): WriteResult {
  if (!LESSON_ID.test(lessonId))
    throw new Error(`markLessonRead: "${lessonId}" is not a lesson id (<chapter>/<lesson>)`);
  const read = readLessonsRead(storage);
  if (read.has(lessonId)) return { ok: true };
  // At the bound, the lesson read longest ago makes room (the stored map must stay valid for export).
  if (read.size >= MAX_LESSONS_READ) {
    const [oldest] = [...read].reduce((first, entry) => (entry[1] < first[1] ? entry : first));
    read.delete(oldest);
  }
  read.set(lessonId, now);
  return writeJson(storage, lessonsReadKey(), Object.fromEntries(read));
}
