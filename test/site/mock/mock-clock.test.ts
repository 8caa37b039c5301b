import { describe, expect, it } from 'vitest';
import { articleForNumber, findAnnouncement, formatClock, mockStartLabel } from '../../../src/mock/mock-clock.ts';

describe('mock clock', () => {
  it.each([
    [900, '15:00'],
    [61, '01:01'],
    [9, '00:09'],
    [0, '00:00'],
  ])('formats %d seconds as %s', (seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });

  it.each([
    [302, 301, undefined],
    [301, 300, '5 minutes left.'],
    [305, 290, '5 minutes left.'],
    [61, 60, '1 minute left.'],
    [60, 59, undefined],
    [1, 0, undefined],
    [90, 0, undefined],
    [0, 0, undefined],
  ])('from %d to %d seconds left announces %s', (before, after, expected) => {
    expect(findAnnouncement(before, after)).toBe(expected);
  });

  it.each([
    [8, 'an'],
    [11, 'an'],
    [18, 'an'],
    [80, 'an'],
    [84, 'an'],
    [800, 'an'],
    [8000, 'an'],
    [11_000, 'an'],
    [18_500, 'an'],
    [1, 'a'],
    [5, 'a'],
    [10, 'a'],
    [15, 'a'],
    [28, 'a'],
    [45, 'a'],
    [100, 'a'],
    [108, 'a'],
  ])('%d takes "%s"', (count, expected) => {
    expect(articleForNumber(count)).toBe(expected);
  });

  it('labels the start button with the article the number is read with', () => {
    expect(mockStartLabel(8)).toBe('Start an 8-minute mock');
    expect(mockStartLabel(15)).toBe('Start a 15-minute mock');
  });
});
