/**
 * The clock of a timed mock interview as words: how it reads, what the start button says, and which moments are
 * worth announcing. The page draws it; nothing here touches the DOM. The session itself is in mock-session.ts.
 */

/** Moments announced to screen readers: a few, never every second. */
export const ANNOUNCED_SECONDS_LEFT = [300, 60] as const;

/** `mm:ss` for a number of seconds. */
export function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * "a" or "an" before a whole number as it is read aloud in English: "an" where the spoken number starts
 * with a vowel sound (8, 11, 18, 80–89, 800–899, 8,000, 11,000, …), "a" otherwise.
 */
export function articleForNumber(count: number): 'a' | 'an' {
  let lead = Math.floor(Math.abs(count));
  // 11,000 is read "eleven thousand": only the leading group of three digits is heard first.
  while (lead >= 1000) lead = Math.floor(lead / 1000);
  if (lead >= 100) return Math.floor(lead / 100) === 8 ? 'an' : 'a';
  if (lead === 8 || lead === 11 || lead === 18 || (lead >= 80 && lead <= 89)) return 'an';
  return 'a';
}

/** The label of the button that starts a mock: "Start an 8-minute mock", "Start a 15-minute mock". */
export function mockStartLabel(minutes: number): string {
  return `Start ${articleForNumber(minutes)} ${minutes}-minute mock`;
}

/**
 * The announcement due when the clock moves from `before` to `after` seconds left, if any. None at zero: the end of
 * the mock announces itself, with what happens to the answer.
 */
export function findAnnouncement(before: number, after: number): string | undefined {
  if (after === 0) return undefined;
  const crossed = ANNOUNCED_SECONDS_LEFT.find((mark) => before > mark && after <= mark);
  if (crossed === undefined) return undefined;
  return crossed >= 120 ? `${crossed / 60} minutes left.` : '1 minute left.';
}
