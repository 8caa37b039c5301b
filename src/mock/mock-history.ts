/**
 * The record of every mock a candidate sat, across exercises: what the /mock/ page lists and the review shows. The
 * answer is kept as it stood when the mock ended (locked), so the review grades exactly what was handed in; the score
 * is kept too, so the list needs no grading.
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { parseCriterionEvidence, type CriterionEvidence } from '../storage/criterion-evidence.ts';
import { deadlineOf, parseSnapshot, type AnswerSnapshot, type MockSession } from './mock-session.ts';
import { readJson, writeJson, type KeyValueStorage, type WriteResult } from '../storage/safe-storage.ts';
import { mockHistoryKey } from '../storage/storage-keys.ts';

/** Mocks kept; the oldest are dropped first. */
export const MAX_MOCK_RECORDS = 100;

/** How a mock ended. */
export type MockOutcome = 'time-up' | 'finished' | 'abandoned';

/** The grade of a mock's answer. */
export interface MockResult {
  score: number;
  max: number;
  percent: number;
  passed: boolean;
  /** Each graded criterion with its takeaway: the evidence mastery and review read (absent in older records). */
  criteria?: CriterionEvidence[];
}

/** One mock, from start to end. */
export interface MockRecord {
  id: string;
  exerciseId: string;
  startedAt: number;
  /** When it ended: the deadline itself when time ran out while the page was closed. */
  endedAt: number;
  minutes: number;
  outcome: MockOutcome;
  /** The answer handed in (locked when the mock ended). */
  answer: AnswerSnapshot;
  /** The grade, once graded (an abandoned mock is not graded). */
  result?: MockResult;
  /** The answer when the curveball was revealed, if there was one. */
  curveball?: AnswerSnapshot;
}

const OUTCOMES: readonly MockOutcome[] = ['time-up', 'finished', 'abandoned'];

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseResult(value: unknown): MockResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { score, max, percent, passed } = value as Record<string, unknown>;
  if (!isFiniteNumber(score) || !isFiniteNumber(max) || !isFiniteNumber(percent) || typeof passed !== 'boolean')
    return undefined;
  if (percent < 0 || percent > 100 || max < 0) return undefined;
  // A damaged evidence list is dropped, not the result: the mock then counts as an older one does, by its score.
  const criteria = parseCriterionEvidence((value as Record<string, unknown>)['criteria']);
  return criteria === undefined ? { score, max, percent, passed } : { score, max, percent, passed, criteria };
}

/** Reads one record, or `undefined` when any part of it is missing, of the wrong type or not believable. */
export function parseMockRecord(value: unknown): MockRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { id, exerciseId, startedAt, endedAt, minutes, outcome } = record;
  if (typeof id !== 'string' || id.length === 0 || id.length > 40) return undefined;
  if (typeof exerciseId !== 'string' || !/^[a-z0-9-]{1,100}$/.test(exerciseId)) return undefined;
  if (!isFiniteNumber(startedAt) || !isFiniteNumber(endedAt) || endedAt < startedAt) return undefined;
  if (!isFiniteNumber(minutes) || minutes < 1 || minutes > 90) return undefined;
  if (!OUTCOMES.includes(outcome as MockOutcome)) return undefined;
  const answer = parseSnapshot(record['answer']);
  if (answer === undefined) return undefined;
  const parsed: MockRecord = { id, exerciseId, startedAt, endedAt, minutes, outcome: outcome as MockOutcome, answer };
  const result = parseResult(record['result']);
  if (result) parsed.result = result;
  const curveball = parseSnapshot(record['curveball']);
  if (curveball) parsed.curveball = curveball;
  return parsed;
}

/**
 * The stored mocks, oldest first; unreadable entries are skipped. Only the last {@link MAX_MOCK_RECORDS} entries are
 * read, so a tampered list of any length costs no more than a full one.
 */
export function readMockHistory(storage: KeyValueStorage): MockRecord[] {
  const value = readJson(storage, mockHistoryKey());
  if (!Array.isArray(value)) return [];
  return value.slice(-MAX_MOCK_RECORDS).flatMap((entry) => parseMockRecord(entry) ?? []);
}

/** One mock by id. */
export function findMockRecord(storage: KeyValueStorage, id: string): MockRecord | undefined {
  return readMockHistory(storage).find((record) => record.id === id);
}

/** Adds or replaces (by id: two tabs may end the same mock) a record, keeping the latest {@link MAX_MOCK_RECORDS}. */
export function saveMockRecord(storage: KeyValueStorage, record: MockRecord): WriteResult {
  const others = readMockHistory(storage).filter((existing) => existing.id !== record.id);
  return writeJson(storage, mockHistoryKey(), [...others, record].slice(-MAX_MOCK_RECORDS));
}

/** The record of `session` ending at `now` with `answer`; time that ran out ends at the deadline, not at `now`. */
export function endMock(
  session: MockSession,
  exerciseId: string,
  outcome: MockOutcome,
  answer: { format: AnswerFormat; text: string },
  now: number,
): MockRecord {
  const endedAt = outcome === 'time-up' ? deadlineOf(session) : Math.min(now, deadlineOf(session));
  const record: MockRecord = {
    id: session.id,
    exerciseId,
    startedAt: session.startedAt,
    endedAt: Math.max(endedAt, session.startedAt),
    minutes: session.minutes,
    outcome,
    answer: { at: endedAt, ...answer },
  };
  return session.curveball ? { ...record, curveball: session.curveball } : record;
}

/** `mm:ss` of the time a mock used. */
export function formatTimeUsed(record: Pick<MockRecord, 'startedAt' | 'endedAt'>): string {
  const seconds = Math.round((record.endedAt - record.startedAt) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
