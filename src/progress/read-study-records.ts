/**
 * Reads what the study pages need from browser storage: every exercise's attempts, the mock history and the lessons
 * read, each through its own validating reader, so a damaged entry is skipped and never breaks the page.
 *
 * A graded mock is stored twice (as an attempt with `mode: 'mock'` and as the mock's record, both with the same
 * criteria): evidence reads it once, from the mock record, dated when the answer was handed in.
 */
import { readMockHistory } from '../mock/mock-history.ts';
import { readAttempts } from '../storage/attempt-store.ts';
import type { KeyValueStorage } from '../storage/safe-storage.ts';
import type { GradedRecord } from './evidence.ts';
import { readLessonsRead } from './lessons-read.ts';
import type { StudyRecords } from './progress-state.ts';

/** The records of `exerciseIds` (the catalogue's exercises) and of every mock and lesson read. */
export function readStudyRecords(storage: KeyValueStorage, exerciseIds: readonly string[]): StudyRecords {
  const graded: GradedRecord[] = [];
  const passed = new Set<string>();
  for (const exerciseId of exerciseIds) {
    for (const attempt of readAttempts(storage, exerciseId)) {
      if (attempt.passed) passed.add(exerciseId);
      if (attempt.mode === 'mock') continue;
      graded.push({
        at: attempt.at,
        exerciseId,
        kind: attempt.hintsOpen === true ? 'practice-with-hints' : 'practice',
        criteria: attempt.criteria,
      });
    }
  }
  const mocks = readMockHistory(storage);
  for (const mock of mocks) {
    if (!mock.result) continue;
    if (mock.result.passed) passed.add(mock.exerciseId);
    graded.push({ at: mock.answer.at, exerciseId: mock.exerciseId, kind: 'mock', criteria: mock.result.criteria });
  }
  return { graded, passed, mocksSat: mocks.length, lessonsRead: new Set(readLessonsRead(storage).keys()) };
}
