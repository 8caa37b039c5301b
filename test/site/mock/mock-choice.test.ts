import { describe, expect, it } from 'vitest';
import { pickSurprise } from '../../../src/mock/mock-choice.ts';

const first = (): number => 0;
const last = (): number => 0.999;

describe('surprise me', () => {
  it('picks a question not yet passed, even one sat recently, over a passed one sat long ago', () => {
    const picked = pickSurprise(
      [
        { id: 'passed-long-ago', passed: true, lastMockAt: 1 },
        { id: 'open-recent', passed: false, lastMockAt: 1000 },
      ],
      first,
    );
    expect(picked).toBe('open-recent');
  });

  it('among open questions, picks the one never sat, then the least recent', () => {
    const open = [
      { id: 'recent', passed: false, lastMockAt: 2000 },
      { id: 'older', passed: false, lastMockAt: 1000 },
    ];
    expect(pickSurprise(open, first)).toBe('older');
    expect(pickSurprise([...open, { id: 'never', passed: false }], first)).toBe('never');
  });

  it('when every question is passed, picks the least recent of all', () => {
    const all = [
      { id: 'a', passed: true, lastMockAt: 3000 },
      { id: 'b', passed: true, lastMockAt: 1000 },
      { id: 'c', passed: true, lastMockAt: 2000 },
    ];
    expect(pickSurprise(all, last)).toBe('b');
  });

  it('breaks ties at random', () => {
    const tied = [
      { id: 'x', passed: false },
      { id: 'y', passed: false },
    ];
    expect(pickSurprise(tied, first)).toBe('x');
    expect(pickSurprise(tied, last)).toBe('y');
  });

  it('has nothing to offer when there are no questions', () => {
    expect(pickSurprise([], first)).toBeUndefined();
  });
});

describe('surprise me with takeaways due for review', () => {
  it('prefers a question testing a due takeaway, even a passed one, over an open one with nothing due', () => {
    const picked = pickSurprise(
      [
        { id: 'open-nothing-due', passed: false },
        { id: 'passed-but-due', passed: true, lastMockAt: 5000, due: true },
      ],
      first,
    );
    expect(picked).toBe('passed-but-due');
  });

  it('among due questions, still picks an open one, then the least recent', () => {
    const candidates = [
      { id: 'due-passed', passed: true, due: true },
      { id: 'due-open-recent', passed: false, lastMockAt: 2000, due: true },
      { id: 'due-open-older', passed: false, lastMockAt: 1000, due: true },
      { id: 'not-due', passed: false },
    ];
    expect(pickSurprise(candidates, first)).toBe('due-open-older');
  });
});
