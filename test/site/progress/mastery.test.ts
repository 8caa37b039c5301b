import { describe, expect, it } from 'vitest';
import { collectEvidence, combineOutcomes, judgeCriterion } from '../../../src/progress/evidence.ts';
import type { EvidenceKind, Outcome, TakeawayEvidence } from '../../../src/progress/evidence.ts';
import { judgeMastery } from '../../../src/progress/mastery.ts';
import type { CriterionEvidence } from '../../../src/storage/criterion-evidence.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T10:00:00Z');

function answer(at: number, outcome: Outcome, kind: EvidenceKind = 'practice'): TakeawayEvidence {
  return { at, takeaway: 'monolith.start', exerciseId: 'x', kind, outcome };
}

function criterion(points: number, max = 2, redFlag = false, takeaway = 'monolith.start'): CriterionEvidence {
  return { criterion: `c-${points}-${String(redFlag)}`, takeaway, points, max, redFlag };
}

describe('evidence from graded criteria', () => {
  it('full marks is a success, zero or a red flag a miss, anything else partial', () => {
    expect(judgeCriterion(criterion(2))).toBe('success');
    expect(judgeCriterion(criterion(0))).toBe('miss');
    expect(judgeCriterion(criterion(2, 2, true))).toBe('miss');
    expect(judgeCriterion(criterion(1))).toBe('partial');
  });

  it('combines criteria of one takeaway in one answer: all right, all wrong or a red flag, else partial', () => {
    expect(combineOutcomes([criterion(2), criterion(2)])).toBe('success');
    expect(combineOutcomes([criterion(0), criterion(0)])).toBe('miss');
    expect(combineOutcomes([criterion(2), criterion(1, 2, true)])).toBe('miss');
    expect(combineOutcomes([criterion(2), criterion(0)])).toBe('partial');
  });

  it('gives one piece per takeaway per record, oldest first; records without criteria give none', () => {
    const evidence = collectEvidence([
      { at: 20, exerciseId: 'e', kind: 'mock', criteria: [criterion(2), criterion(0, 1, false, 'b.other')] },
      { at: 10, exerciseId: 'e', kind: 'practice' },
      { at: 5, exerciseId: 'e', kind: 'practice-with-hints', criteria: [criterion(1)] },
    ]);
    expect(evidence.map((item) => [item.at, item.takeaway, item.kind, item.outcome])).toEqual([
      [5, 'monolith.start', 'practice-with-hints', 'partial'],
      [20, 'monolith.start', 'mock', 'success'],
      [20, 'b.other', 'mock', 'miss'],
    ]);
  });
});

describe('a red flag that names another takeaway', () => {
  const flagged: CriterionEvidence = {
    ...criterion(1, 4, true, 'monolith.modular-monolith'),
    flagTakeaways: ['other-patterns.match-the-problem'],
  };

  it('is a miss on that takeaway too, even where no criterion of the record tests it', () => {
    const evidence = collectEvidence([{ at: 1, exerciseId: 'e', kind: 'practice', criteria: [flagged] }]);
    expect(evidence.map((item) => [item.takeaway, item.outcome])).toEqual([
      ['monolith.modular-monolith', 'miss'],
      ['other-patterns.match-the-problem', 'miss'],
    ]);
  });

  it('turns a success on that takeaway in the same answer into a miss', () => {
    const right = criterion(2, 2, false, 'other-patterns.match-the-problem');
    const evidence = collectEvidence([{ at: 1, exerciseId: 'e', kind: 'practice', criteria: [right, flagged] }]);
    expect(evidence.find((item) => item.takeaway === 'other-patterns.match-the-problem')?.outcome).toBe('miss');
  });
});

describe('mastery states', () => {
  it('is not started without graded evidence', () => {
    expect(judgeMastery([], T0).state).toBe('not-started');
  });

  it('is weak after a miss, and while the latest answer is a miss', () => {
    expect(judgeMastery([answer(T0, 'miss')], T0).state).toBe('weak');
    const history = [answer(T0, 'success'), answer(T0 + DAY, 'success'), answer(T0 + 2 * DAY, 'miss')];
    expect(judgeMastery(history, T0 + 2 * DAY).state).toBe('weak');
  });

  it('is learning after one success, or partial answers', () => {
    expect(judgeMastery([answer(T0, 'success')], T0).state).toBe('learning');
    expect(judgeMastery([answer(T0, 'partial'), answer(T0 + DAY, 'partial')], T0 + DAY).state).toBe('learning');
  });

  it('is solid after successes half a day apart with a high score, not after two in a row at once', () => {
    const spaced = [answer(T0, 'success'), answer(T0 + 13 * HOUR, 'success')];
    expect(judgeMastery(spaced, T0 + 13 * HOUR).state).toBe('solid');
    const massed = [answer(T0, 'success'), answer(T0 + HOUR, 'success')];
    expect(judgeMastery(massed, T0 + HOUR).state).toBe('learning');
  });

  it('weighs a mock above practice with a hint open', () => {
    // A mock miss then a practice success with hints: 1×1 / (3+1) = 0.25, weak.
    const mockMissed = [answer(T0, 'miss', 'mock'), answer(T0 + HOUR, 'success', 'practice-with-hints')];
    expect(judgeMastery(mockMissed, T0 + HOUR).state).toBe('weak');
    // The other way round: 3×1 / (1+3) = 0.75, not weak.
    const mockPassed = [answer(T0, 'miss', 'practice-with-hints'), answer(T0 + HOUR, 'success', 'mock')];
    expect(judgeMastery(mockPassed, T0 + HOUR).state).toBe('learning');
  });

  it('lets recent answers outweigh old ones', () => {
    const oldMisses = [answer(T0, 'miss'), answer(T0 + HOUR, 'miss'), answer(T0 + 2 * HOUR, 'miss')];
    const recent = [answer(T0 + 120 * DAY, 'success'), answer(T0 + 121 * DAY, 'success')];
    const mastery = judgeMastery([...oldMisses, ...recent], T0 + 121 * DAY);
    expect(mastery.score).toBeGreaterThan(0.8);
    expect(mastery.state).toBe('solid');
    // The same answers all on one day: the misses count in full and the score stays below solid.
    const sameDay = judgeMastery(
      [...oldMisses, answer(T0 + 3 * HOUR, 'success'), answer(T0 + 16 * HOUR, 'success')],
      T0 + 16 * HOUR,
    );
    expect(sameDay.state).toBe('weak');
  });
});
