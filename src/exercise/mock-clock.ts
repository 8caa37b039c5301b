/**
 * The clock of a timed mock interview, as plain data: when it started, how long it runs, what is left,
 * and which moments are worth announcing. The page draws it; nothing here touches the DOM.
 */

/** A mock interview in progress. */
export interface MockSession {
  /** Milliseconds since the epoch. */
  startedAt: number;
  minutes: number;
}

/** Moments announced to screen readers: a few, never every second. */
export const ANNOUNCED_SECONDS_LEFT = [300, 60] as const;

/** Whole seconds left at `now` (never below 0). */
export function secondsLeft(session: MockSession, now: number): number {
  return Math.max(0, Math.ceil((session.startedAt + session.minutes * 60_000 - now) / 1000));
}

/** `mm:ss` for a number of seconds. */
export function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The announcement due when the clock moves from `before` to `after` seconds left, if any. */
export function findAnnouncement(before: number, after: number): string | undefined {
  if (after === 0 && before > 0) return 'Time is up. Your answer is being graded.';
  const crossed = ANNOUNCED_SECONDS_LEFT.find((mark) => before > mark && after <= mark);
  if (crossed === undefined) return undefined;
  return crossed >= 120 ? `${crossed / 60} minutes left.` : '1 minute left.';
}

/** Reads a stored session, or `undefined` when it is missing or malformed. */
export function parseMockSession(value: unknown): MockSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { startedAt, minutes } = record;
  if (typeof startedAt !== 'number' || typeof minutes !== 'number' || minutes <= 0) return undefined;
  return { startedAt, minutes };
}
