import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  isCurveballDue,
  parseMockSession,
  secondsLeft,
  startSession,
} from '../../../src/mock/mock-session.ts';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('mock session', () => {
  it.each([
    [0, 900],
    [1, 900],
    [1000, 899],
    [899_001, 1],
    [900_000, 0],
    [2_000_000, 0],
  ])('%d ms after the start of a 15-minute mock, %d seconds are left', (elapsed, expected) => {
    expect(secondsLeft({ startedAt: 10_000, minutes: 15 }, 10_000 + elapsed)).toBe(expected);
  });

  it('stores the deadline inputs, never a countdown: the deadline is start plus minutes', () => {
    const session = startSession(NOW, 15);
    expect(session).toEqual({ id: NOW.toString(36), startedAt: NOW, minutes: 15 });
    expect(deadlineOf(session)).toBe(NOW + 15 * 60_000);
  });

  it('makes a curveball due at its minute, once', () => {
    const session = startSession(NOW, 15);
    expect(isCurveballDue(session, 6, NOW + 6 * 60_000 - 1)).toBe(false);
    expect(isCurveballDue(session, 6, NOW + 6 * 60_000)).toBe(true);
    const revealed = { ...session, curveball: { at: NOW + 6 * 60_000, format: 'json' as const, text: '{}' } };
    expect(isCurveballDue(revealed, 6, NOW + 7 * 60_000)).toBe(false);
  });

  it('reads a well-formed session, and one stored before sessions had ids', () => {
    const stored = { id: 'abc', startedAt: NOW - 1000, minutes: 15 };
    expect(parseMockSession(stored, NOW)).toEqual(stored);
    expect(parseMockSession({ startedAt: NOW, minutes: 8 }, NOW)).toEqual({
      id: NOW.toString(36),
      startedAt: NOW,
      minutes: 8,
    });
    const withCurveball = { ...stored, curveball: { at: NOW, format: 'ts', text: 'const a = 1;' } };
    expect(parseMockSession(withCurveball, NOW)).toEqual(withCurveball);
  });

  it.each([
    ['null', null],
    ['a start that is text', { startedAt: String(NOW), minutes: 15 }],
    ['no minutes', { startedAt: NOW, minutes: 0 }],
    ['fractional minutes', { startedAt: NOW, minutes: 2.5 }],
    ['a mock of a year', { startedAt: NOW, minutes: 525_600 }],
    ['a start far in the future', { startedAt: NOW + 86_400_000, minutes: 15 }],
    ['an infinite start', { startedAt: Number.POSITIVE_INFINITY, minutes: 15 }],
    ['an id that is a number', { id: 7, startedAt: NOW, minutes: 15 }],
    ['a huge id', { id: 'x'.repeat(1000), startedAt: NOW, minutes: 15 }],
    ['a curveball snapshot without text', { startedAt: NOW, minutes: 15, curveball: { at: NOW, format: 'json' } }],
    [
      'a curveball snapshot in no format',
      { startedAt: NOW, minutes: 15, curveball: { at: NOW, format: 'x', text: '' } },
    ],
  ])('refuses %s', (_name, value) => {
    expect(parseMockSession(value, NOW)).toBeUndefined();
  });
});
