import { describe, expect, it } from 'vitest';
import { lessonsReadKey } from '../../../src/storage/storage-keys.ts';
import { markLessonRead, MAX_LESSONS_READ, readLessonsRead } from '../../../src/progress/lessons-read.ts';
import { FakeStorage } from '../storage/fake-storage.ts';

describe('lessons read', () => {
  it('records a lesson once, keeping the first date', () => {
    const storage = new FakeStorage();
    markLessonRead(storage, 'architecture-patterns/monolith', 100);
    markLessonRead(storage, 'architecture-patterns/monolith', 200);
    expect([...readLessonsRead(storage)]).toEqual([['architecture-patterns/monolith', 100]]);
  });

  it('stays within its bound: at the limit, the lesson read longest ago makes room', () => {
    const storage = new FakeStorage();
    const full = Object.fromEntries(
      Array.from({ length: MAX_LESSONS_READ }, (_unused, i) => [`c/lesson-${i}`, 1000 + i]),
    );
    storage.setItem(lessonsReadKey(), JSON.stringify(full));
    markLessonRead(storage, 'c/newest', 5000);
    const read = readLessonsRead(storage);
    expect(read.size).toBe(MAX_LESSONS_READ);
    expect(read.has('c/lesson-0')).toBe(false);
    expect(read.get('c/newest')).toBe(5000);
  });

  it('reads a damaged value as nothing read and skips damaged entries, never throwing', () => {
    const storage = new FakeStorage();
    for (const raw of ['{not json', '[1,2]', '"text"', 'null']) {
      storage.setItem(lessonsReadKey(), raw);
      expect(readLessonsRead(storage).size).toBe(0);
    }
    storage.setItem(
      lessonsReadKey(),
      '{"architecture-patterns/monolith": 5, "__proto__": 1, "<script>": 2, "guide/x": "yesterday", "guide/y": -1}',
    );
    expect([...readLessonsRead(storage)]).toEqual([['architecture-patterns/monolith', 5]]);
  });

  it('a damaged stored value is replaced by a good one when a lesson is read', () => {
    const storage = new FakeStorage();
    storage.setItem(lessonsReadKey(), '{broken');
    expect(markLessonRead(storage, 'guide/using-the-course', 7).ok).toBe(true);
    expect([...readLessonsRead(storage)]).toEqual([['guide/using-the-course', 7]]);
  });

  it('refuses a lesson id that is not one, saying which', () => {
    expect(() => markLessonRead(new FakeStorage(), '../etc', 1)).toThrow('"../etc" is not a lesson id');
  });
});
