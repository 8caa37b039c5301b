/**
 * "Surprise me" on the /mock/ page: a question testing a takeaway due for review today, when any is; among those (or
 * all), one the candidate has not passed yet, and among those the one sat least recently (never sat counts as longest
 * ago); when every question is passed, the least recent of all. Ties are broken at random, so two candidates (or two
 * visits) do not always get the same first question.
 */

/** What the choice knows of one question. */
export interface MockCandidate {
  id: string;
  /** Passed in practice or in a mock. */
  passed: boolean;
  /** When its last mock started, in ms since the epoch; `undefined` when never sat as a mock. */
  lastMockAt?: number | undefined;
  /** Whether one of the takeaways it tests is due for review today. */
  due?: boolean;
}

/** The id of the question to sit next, or `undefined` when there are none; `random` returns a number in [0, 1). */
export function pickSurprise(candidates: readonly MockCandidate[], random: () => number): string | undefined {
  const due = candidates.filter((candidate) => candidate.due === true);
  const preferred = due.length > 0 ? due : candidates;
  const open = preferred.filter((candidate) => !candidate.passed);
  const pool = open.length > 0 ? open : preferred;
  const age = (candidate: MockCandidate): number => candidate.lastMockAt ?? Number.NEGATIVE_INFINITY;
  const oldest = Math.min(...pool.map(age));
  const tied = pool.filter((candidate) => age(candidate) === oldest);
  if (tied.length === 0) return undefined;
  return tied[Math.min(tied.length - 1, Math.floor(random() * tied.length))]?.id;
}
