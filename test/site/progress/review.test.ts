import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { EvidenceKind, Outcome, TakeawayEvidence } from '../../../src/progress/evidence.ts';
import { isDue, rateEvidence, scheduleReviews, type ReviewState } from '../../../src/progress/review.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A fixed clock: 1 March 2026, 10:00 UTC. */
const T0 = Date.parse('2026-03-01T10:00:00Z');

function answer(
  at: number,
  outcome: Outcome,
  kind: EvidenceKind = 'practice',
  takeaway = 'monolith.start',
): TakeawayEvidence {
  return { at, takeaway, exerciseId: 'x', kind, outcome };
}

function reviewOf(evidence: TakeawayEvidence[], takeaway = 'monolith.start'): ReviewState {
  const state = scheduleReviews(evidence).get(takeaway);
  if (!state) throw new Error(`no review state for ${takeaway}`);
  return state;
}

describe('the review schedule (FSRS, fixed clock)', () => {
  it('maps outcomes to ratings: miss Again, partial Hard, success Good, with hints Hard, in a mock Easy', () => {
    expect(rateEvidence({ kind: 'practice', outcome: 'miss' })).toBe(Rating.Again);
    expect(rateEvidence({ kind: 'mock', outcome: 'miss' })).toBe(Rating.Again);
    expect(rateEvidence({ kind: 'practice', outcome: 'partial' })).toBe(Rating.Hard);
    expect(rateEvidence({ kind: 'practice', outcome: 'success' })).toBe(Rating.Good);
    expect(rateEvidence({ kind: 'practice-with-hints', outcome: 'success' })).toBe(Rating.Hard);
    expect(rateEvidence({ kind: 'mock', outcome: 'success' })).toBe(Rating.Easy);
  });

  it('a missed takeaway is due by tomorrow at the latest (here: within the hour, so today)', () => {
    const state = reviewOf([answer(T0, 'miss')]);
    expect(state.due).toBeGreaterThan(T0);
    expect(state.due).toBeLessThanOrEqual(T0 + DAY);
    expect(state.due - T0).toBe(HOUR);
    expect(isDue(state, Date.parse('2026-03-01T23:59:59Z'))).toBe(true);
  });

  it('a success is not due today; a second success later makes the interval grow', () => {
    const first = reviewOf([answer(T0, 'success')]);
    expect(isDue(first, Date.parse('2026-03-01T23:59:59Z'))).toBe(false);
    const second = reviewOf([answer(T0, 'success'), answer(first.due, 'success')]);
    expect(second.intervalDays).toBeGreaterThan(first.intervalDays);
    const third = reviewOf([answer(T0, 'success'), answer(first.due, 'success'), answer(second.due, 'success')]);
    expect(third.intervalDays).toBeGreaterThan(second.intervalDays);
  });

  it('after a miss, answering right again moves the due date out, and each success further', () => {
    const missed = reviewOf([answer(T0, 'miss')]);
    const passed = reviewOf([answer(T0, 'miss'), answer(T0 + 2 * HOUR, 'success')]);
    expect(passed.due).toBeGreaterThan(missed.due);
    expect(passed.intervalDays).toBeGreaterThanOrEqual(1);
  });

  it('a mock miss after successes makes the takeaway due again soon', () => {
    const successes = [answer(T0, 'success'), answer(T0 + 2 * DAY, 'success'), answer(T0 + 8 * DAY, 'success')];
    const before = reviewOf(successes);
    expect(before.intervalDays).toBeGreaterThan(7);
    const missAt = T0 + 10 * DAY;
    const after = reviewOf([...successes, answer(missAt, 'miss', 'mock')]);
    expect(after.due).toBeLessThan(before.due);
    expect(after.due).toBeLessThanOrEqual(missAt + DAY);
  });

  it('replays evidence in time order, whatever order it is given in', () => {
    const evidence = [answer(T0, 'miss'), answer(T0 + 2 * HOUR, 'success'), answer(T0 + 3 * DAY, 'partial')];
    expect(reviewOf([...evidence].reverse())).toEqual(reviewOf(evidence));
  });

  it('keeps one card per takeaway', () => {
    const states = scheduleReviews([
      answer(T0, 'miss', 'practice', 'a.one'),
      answer(T0, 'success', 'practice', 'b.two'),
    ]);
    expect([...states.keys()].sort()).toEqual(['a.one', 'b.two']);
    expect(states.get('a.one')?.due).toBeLessThan(states.get('b.two')?.due ?? 0);
  });
});
