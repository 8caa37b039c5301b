import { describe, expect, it } from 'vitest';
import {
  MAX_MOCK_RECORDS,
  endMock,
  findMockRecord,
  formatTimeUsed,
  readMockHistory,
  saveMockRecord,
  type MockRecord,
} from '../../../src/mock/mock-history.ts';
import { startSession } from '../../../src/mock/mock-session.ts';
import { mockHistoryKey } from '../../../src/storage/storage-keys.ts';
import { FakeStorage } from '../storage/fake-storage.ts';

const NOW = Date.UTC(2026, 10, 26, 12);
const answer = { format: 'json' as const, text: '{"calls": []}' };

function record(id: string, overrides: Partial<MockRecord> = {}): MockRecord {
  return {
    ...endMock({ ...startSession(NOW, 15), id }, 'food-delivery', 'finished', answer, NOW + 60_000),
    ...overrides,
  };
}

describe('mock history', () => {
  it('ends a mock whose time ran out at its deadline, even when the page was closed long after', () => {
    const session = startSession(NOW, 15);
    const ended = endMock(session, 'food-delivery', 'time-up', answer, NOW + 3 * 86_400_000);
    expect(ended.endedAt).toBe(NOW + 15 * 60_000);
    expect(ended.answer).toEqual({ at: NOW + 15 * 60_000, ...answer });
    expect(formatTimeUsed(ended)).toBe('15:00');
  });

  it('ends a finished or abandoned mock when it ended, and keeps the curveball snapshot', () => {
    const snapshot = { at: NOW + 5 * 60_000, format: 'json' as const, text: '{}' };
    const session = { ...startSession(NOW, 15), curveball: snapshot };
    const ended = endMock(session, 'order-placed-events', 'abandoned', answer, NOW + 7 * 60_000 + 4000);
    expect(ended.outcome).toBe('abandoned');
    expect(formatTimeUsed(ended)).toBe('7:04');
    expect(ended.curveball).toEqual(snapshot);
  });

  it('stores records once per id: a mock ended in two tabs is one record', () => {
    const storage = new FakeStorage();
    saveMockRecord(storage, record('a'));
    saveMockRecord(storage, record('b'));
    saveMockRecord(storage, record('a', { result: { score: 8, max: 10, percent: 80, passed: true } }));
    const history = readMockHistory(storage);
    expect(history.map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(findMockRecord(storage, 'a')?.result?.passed).toBe(true);
  });

  it(`keeps the latest ${MAX_MOCK_RECORDS} records`, () => {
    const storage = new FakeStorage();
    for (let index = 0; index <= MAX_MOCK_RECORDS; index += 1) saveMockRecord(storage, record(`m${index}`));
    const history = readMockHistory(storage);
    expect(history).toHaveLength(MAX_MOCK_RECORDS);
    expect(history[0]?.id).toBe('m1');
  });

  it('skips unreadable or absurd records and reads only the last ones of a tampered list', () => {
    const storage = new FakeStorage();
    const good = record('good');
    const tampered = [
      ...Array.from({ length: 60_000 }, () => record('old')),
      { ...good, id: 'bad-outcome', outcome: 'won' },
      { ...good, id: 'ends-before-start', endedAt: good.startedAt - 1 },
      { ...good, id: 'bad-exercise', exerciseId: '../../etc' },
      { ...good, id: 'bad-percent', result: { score: 1, max: 1, percent: 1e9, passed: true } },
      { ...good, id: 'no-answer', answer: { at: NOW, format: 'json' } },
      'not an object',
      good,
    ];
    storage.setItem(mockHistoryKey(), JSON.stringify(tampered));
    const history = readMockHistory(storage);
    // Of the last 100 entries, five are refused: four absurd records and the string.
    expect(history).toHaveLength(MAX_MOCK_RECORDS - 5);
    expect(history.at(-1)).toEqual(good);
    // A result that is not believable is dropped, not the mock.
    expect(history.find((entry) => entry.id === 'bad-percent')?.result).toBeUndefined();
    expect(
      history.some((entry) => ['bad-outcome', 'ends-before-start', 'bad-exercise', 'no-answer'].includes(entry.id)),
    ).toBe(false);
  });

  it('reads nothing from a corrupt entry', () => {
    const storage = new FakeStorage();
    storage.setItem(mockHistoryKey(), '{not json');
    expect(readMockHistory(storage)).toEqual([]);
  });
});

describe('mock results with their evidence', () => {
  const criteria = [{ criterion: 'async-calls', takeaway: 'microservices.async', points: 0, max: 3, redFlag: true }];

  it('keeps each graded criterion of a mock result', () => {
    const storage = new FakeStorage();
    saveMockRecord(storage, record('a', { result: { score: 0, max: 3, percent: 0, passed: false, criteria } }));
    expect(findMockRecord(storage, 'a')?.result?.criteria).toEqual(criteria);
  });

  it('drops a damaged evidence list, keeping the result and the mock', () => {
    const storage = new FakeStorage();
    const damaged = { score: 0, max: 3, percent: 0, passed: false, criteria: [{ ...criteria[0], redFlag: 'yes' }] };
    storage.setItem(mockHistoryKey(), JSON.stringify([{ ...record('a'), result: damaged }]));
    const result = findMockRecord(storage, 'a')?.result;
    expect(result?.percent).toBe(0);
    expect(result?.criteria).toBeUndefined();
  });
});
