/**
 * Graded attempts per exercise, and the progress summary the exercise list shows. Every attempt keeps its score;
 * only the latest few keep the answer text too (the candidate can load those back), so a long practice session
 * does not fill the browser's storage with copies of nearly the same answer. What is read back is validated and
 * bounded: a stored list that is huge, damaged or full of absurd values never freezes or misleads the page.
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { parseCriterionEvidence, type CriterionEvidence } from './criterion-evidence.ts';
import { readDraft } from './draft-store.ts';
import { readRaw, writeJson, writeText, type KeyValueStorage, type WriteResult } from './safe-storage.ts';
import { attemptsKey, unreadableAttemptsKey } from './storage-keys.ts';

/** Attempts kept per exercise; the oldest are dropped first. */
export const MAX_ATTEMPTS = 50;
/** The latest attempts that keep their answer text; older ones keep only their score. */
export const ANSWERS_KEPT = 5;

/** One graded attempt. */
export interface AttemptRecord {
  /** Milliseconds since the epoch. */
  at: number;
  format: AnswerFormat;
  score: number;
  max: number;
  percent: number;
  passed: boolean;
  /** The graded text; dropped once {@link ANSWERS_KEPT} newer attempts exist. */
  answer?: string;
  /** Set when the attempt was graded at the end of a timed mock interview. */
  mode?: 'mock';
  /** Each graded criterion with its takeaway: the evidence mastery and review read (absent in older records). */
  criteria?: CriterionEvidence[];
  /** Whether a hint was open, or the answer was the model answer, when practice was graded (absent in older records). */
  hintsOpen?: boolean;
}

/** An attempt as read back, with its number in the stored list (1 = the oldest stored). */
export interface ReadAttempt extends AttemptRecord {
  number: number;
}

/** The stored attempts of an exercise as the page shows them. */
export interface AttemptLog {
  /** The latest readable attempts, at most {@link MAX_ATTEMPTS}, oldest first. */
  attempts: ReadAttempt[];
  /** How many entries the stored list holds (more than are shown when an older version kept more). */
  stored: number;
  /** Entries among the latest {@link MAX_ATTEMPTS} that are not valid attempts and are not shown. */
  skipped: number;
  /** The stored value when it is not a list of attempts at all (corrupt JSON, another shape). */
  unreadable?: string;
}

/** Where a candidate stands on an exercise. */
export interface Progress {
  status: 'not-started' | 'in-progress' | 'passed';
  attempts: number;
  /** Best percentage over all attempts, when there is one. */
  bestPercent?: number;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A well-formed attempt whose figures are possible: a score within its maximum, a percentage within 0 to 100. */
function isAttempt(value: unknown): value is AttemptRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const { at, score, max, percent } = record;
  return (
    finite(at) &&
    at >= 0 &&
    (record['format'] === 'json' || record['format'] === 'ts') &&
    finite(score) &&
    finite(max) &&
    score >= 0 &&
    score <= max &&
    finite(percent) &&
    percent >= 0 &&
    percent <= 100 &&
    typeof record['passed'] === 'boolean' &&
    (record['answer'] === undefined || typeof record['answer'] === 'string') &&
    (record['mode'] === undefined || record['mode'] === 'mock')
  );
}

/** Reads the exercise's attempts: only the latest {@link MAX_ATTEMPTS} entries are looked at, each validated. */
export function readAttemptLog(storage: KeyValueStorage, exerciseId: string): AttemptLog {
  const raw = readRaw(storage, attemptsKey(exerciseId));
  if (raw === undefined) return { attempts: [], stored: 0, skipped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { attempts: [], stored: 0, skipped: 0, unreadable: raw };
  }
  if (!Array.isArray(value)) return { attempts: [], stored: 0, skipped: 0, unreadable: raw };
  const first = Math.max(0, value.length - MAX_ATTEMPTS);
  const attempts: ReadAttempt[] = [];
  for (let index = first; index < value.length; index += 1) {
    const entry: unknown = value[index];
    if (isAttempt(entry)) attempts.push({ ...pickAttempt(entry), number: index + 1 });
  }
  return { attempts, stored: value.length, skipped: value.length - first - attempts.length };
}

/** The exercise's readable attempts, oldest first (see {@link readAttemptLog}). */
export function readAttempts(storage: KeyValueStorage, exerciseId: string): ReadAttempt[] {
  return readAttemptLog(storage, exerciseId).attempts;
}

/**
 * Only the fields of an attempt, so nothing else stored alongside is carried forward. A damaged evidence list or
 * hint flag is dropped, not the attempt: it then counts as an older attempt does, by its score only.
 */
function pickAttempt(attempt: AttemptRecord): AttemptRecord {
  const { at, format, score, max, percent, passed, answer, mode } = attempt;
  const criteria = parseCriterionEvidence(attempt.criteria);
  const { hintsOpen } = attempt as { hintsOpen?: unknown };
  return {
    at,
    format,
    score,
    max,
    percent,
    passed,
    ...(answer === undefined ? {} : { answer }),
    ...(mode === undefined ? {} : { mode }),
    ...(criteria === undefined ? {} : { criteria }),
    ...(typeof hintsOpen === 'boolean' ? { hintsOpen } : {}),
  };
}

/** The list as stored: the latest {@link MAX_ATTEMPTS}, the latest `answersKept` of them with their answer. */
function compactAttempts(attempts: readonly AttemptRecord[], answersKept: number): AttemptRecord[] {
  const latest = attempts.slice(-MAX_ATTEMPTS);
  return latest.map((attempt, index) => {
    const record = pickAttempt(attempt);
    if (index < latest.length - answersKept) delete record.answer;
    return record;
  });
}

/**
 * Appends an attempt, keeping the latest {@link MAX_ATTEMPTS} and the answers of the latest {@link ANSWERS_KEPT}.
 * When storage is too full for that, the older answers are dropped so that the score and this answer still fit.
 * A stored list that cannot be read is kept, under its own key, before the new list replaces it.
 */
export function recordAttempt(storage: KeyValueStorage, exerciseId: string, attempt: AttemptRecord): WriteResult {
  const log = readAttemptLog(storage, exerciseId);
  if (log.unreadable !== undefined) {
    const kept = writeText(storage, unreadableAttemptsKey(exerciseId), log.unreadable);
    if (!kept.ok) return kept;
  }
  const attempts = [...log.attempts, attempt];
  const written = writeJson(storage, attemptsKey(exerciseId), compactAttempts(attempts, ANSWERS_KEPT));
  if (written.ok || written.failure !== 'quota') return written;
  return writeJson(storage, attemptsKey(exerciseId), compactAttempts(attempts, 1));
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
