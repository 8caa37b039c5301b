/**
 * Graded attempts per exercise, and the progress summary the exercise list shows. An attempt keeps the
 * answer text, so the candidate can go back to any graded version.
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { readDraft } from './draft-store.ts';
import { readJson, writeJson, type KeyValueStorage, type WriteResult } from './safe-storage.ts';
import { attemptsKey } from './storage-keys.ts';

/** Attempts kept per exercise; the oldest are dropped first. */
export const MAX_ATTEMPTS = 50;

/** One graded attempt. */
export interface AttemptRecord {
  /** Milliseconds since the epoch. */
  at: number;
  format: AnswerFormat;
  score: number;
  max: number;
  percent: number;
  passed: boolean;
  answer: string;
  /** Set when the attempt was graded at the end of a timed mock interview. */
  mode?: 'mock';
}

/** Where a candidate stands on an exercise. */
export interface Progress {
  status: 'not-started' | 'in-progress' | 'passed';
  attempts: number;
  /** Best percentage over all attempts, when there is one. */
  bestPercent?: number;
}

function isAttempt(value: unknown): value is AttemptRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['at'] === 'number' &&
    (record['format'] === 'json' || record['format'] === 'ts') &&
    typeof record['score'] === 'number' &&
    typeof record['max'] === 'number' &&
    typeof record['percent'] === 'number' &&
    typeof record['passed'] === 'boolean' &&
    typeof record['answer'] === 'string' &&
    (record['mode'] === undefined || record['mode'] === 'mock')
  );
}

/** The exercise's attempts, oldest first; unreadable entries are skipped. */
export function readAttempts(storage: KeyValueStorage, exerciseId: string): AttemptRecord[] {
  const value = readJson(storage, attemptsKey(exerciseId));
  return Array.isArray(value) ? value.filter(isAttempt) : [];
}

/** Appends an attempt, keeping the latest {@link MAX_ATTEMPTS}. */
export function recordAttempt(storage: KeyValueStorage, exerciseId: string, attempt: AttemptRecord): WriteResult {
  const attempts = [...readAttempts(storage, exerciseId), attempt].slice(-MAX_ATTEMPTS);
  return writeJson(storage, attemptsKey(exerciseId), attempts);
}

/** Not started (no attempt, no edited draft), in progress, or passed, with the best score. */
export function summariseProgress(storage: KeyValueStorage, exerciseId: string, starter: string): Progress {
  const attempts = readAttempts(storage, exerciseId);
  if (attempts.length > 0) {
    const bestPercent = Math.max(...attempts.map((attempt) => attempt.percent));
    const passed = attempts.some((attempt) => attempt.passed);
    return { status: passed ? 'passed' : 'in-progress', attempts: attempts.length, bestPercent };
  }
  const edited = (['json', 'ts'] as const).some((format) => {
    const draft = readDraft(storage, exerciseId, format);
    return draft !== undefined && draft.text.trim() !== starter.trim();
  });
  return { status: edited ? 'in-progress' : 'not-started', attempts: 0 };
}
