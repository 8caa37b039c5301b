/**
 * A timed mock interview as stored data. What is stored is the deadline's inputs (when it started, how long it runs),
 * never the ticking: closing the tab, sleeping the laptop or opening a second tab neither pauses nor resets it. Every
 * value read back is validated, so a tampered or corrupt entry can neither freeze nor mislead the page.
 */
import { MAX_SOURCE_LENGTH, type AnswerFormat } from '../../graders/index.ts';

/** The longest mock the frontmatter allows, in minutes. */
export const MAX_MOCK_MINUTES = 90;
/** How far in the future a stored start may lie (clocks of two devices differ a little), in ms. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The answer as it stood at some moment of the mock. */
export interface AnswerSnapshot {
  /** Milliseconds since the epoch. */
  at: number;
  format: AnswerFormat;
  text: string;
}

/** A mock interview in progress. */
export interface MockSession {
  /** Unique per mock; the record of the mock and its review use it. */
  id: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
  minutes: number;
  /** The answer when the curveball was revealed, once it has been. */
  curveball?: AnswerSnapshot;
}

/** A new session starting at `now`. */
export function startSession(now: number, minutes: number): MockSession {
  return { id: now.toString(36), startedAt: now, minutes };
}

/** When the mock's time runs out, in ms since the epoch. */
export function deadlineOf(session: Pick<MockSession, 'startedAt' | 'minutes'>): number {
  return session.startedAt + session.minutes * 60_000;
}

/** Whole seconds left at `now` (never below 0). */
export function secondsLeft(session: Pick<MockSession, 'startedAt' | 'minutes'>, now: number): number {
  return Math.max(0, Math.ceil((deadlineOf(session) - now) / 1000));
}

/** Whether a curveball revealed after `afterMinutes` is due at `now` and not yet revealed. */
export function isCurveballDue(session: MockSession, afterMinutes: number, now: number): boolean {
  return session.curveball === undefined && now >= session.startedAt + afterMinutes * 60_000;
}

function isFormat(value: unknown): value is AnswerFormat {
  return value === 'json' || value === 'ts';
}

/** Reads a snapshot, or `undefined` when any field is missing, of the wrong type or out of bounds. */
export function parseSnapshot(value: unknown): AnswerSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, format, text } = value as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isFinite(at) || !isFormat(format)) return undefined;
  if (typeof text !== 'string' || text.length > MAX_SOURCE_LENGTH) return undefined;
  return { at, format, text };
}

/**
 * Reads a stored session, or `undefined` when it is missing or not believable: minutes outside what an exercise can
 * set, a start in the future or not a finite number, an id that is not a short string. (A session from before ids
 * existed takes its id from its start.)
 */
export function parseMockSession(value: unknown, now: number): MockSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, startedAt, minutes, curveball } = value as Record<string, unknown>;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt > now + CLOCK_SKEW_MS) return undefined;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MOCK_MINUTES)
    return undefined;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > 40)) return undefined;
  const session: MockSession = { id: id ?? startedAt.toString(36), startedAt, minutes };
  const snapshot = curveball === undefined ? undefined : parseSnapshot(curveball);
  if (curveball !== undefined && snapshot === undefined) return undefined;
  return snapshot ? { ...session, curveball: snapshot } : session;
}
