import { describe, expect, it } from 'vitest';
import {
  ANSWERS_KEPT,
  MAX_ATTEMPTS,
  readAttemptLog,
  readAttempts,
  recordAttempt,
  summariseProgress,
  type AttemptRecord,
} from '../../../src/storage/attempt-store.ts';
import { saveDraft } from '../../../src/storage/draft-store.ts';
import { attemptsKey, unreadableAttemptsKey } from '../../../src/storage/storage-keys.ts';
import { FakeStorage } from './fake-storage.ts';

const ID = 'monolith-extraction-plan';
const STARTER = '{ "plan": {} }';

function attempt(percent: number, passed: boolean, at = 1): AttemptRecord {
  return { at, format: 'json', score: percent, max: 100, percent, passed, answer: `{"p":${percent}}` };
}

describe('attempts', () => {
  it('records attempts oldest first and keeps only the latest ones', () => {
    const storage = new FakeStorage();
    for (let index = 0; index < MAX_ATTEMPTS + 5; index += 1) recordAttempt(storage, ID, attempt(index, false, index));
    const attempts = readAttempts(storage, ID);
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(attempts[0]?.at).toBe(5);
    expect(attempts.at(-1)?.at).toBe(MAX_ATTEMPTS + 4);
  });

  it('reports a full quota instead of throwing', () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    expect(recordAttempt(storage, ID, attempt(50, false))).toMatchObject({ ok: false, failure: 'quota' });
  });

  it('keeps the answers of the latest attempts only, so 50 attempts of a 4 KB answer stay small', () => {
    const storage = new FakeStorage();
    const answer = JSON.stringify({ services: Array.from({ length: 220 }, (_, index) => `service-${index}-name`) });
    expect(answer.length).toBeGreaterThan(4000);
    for (let index = 0; index < MAX_ATTEMPTS; index += 1) {
      recordAttempt(storage, ID, { ...attempt(index, false, index), answer: `${answer} ${index}` });
    }
    const attempts = readAttempts(storage, ID);
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(attempts.filter((entry) => entry.answer !== undefined)).toHaveLength(ANSWERS_KEPT);
    expect(attempts.at(-1)?.answer).toBe(`${answer} ${MAX_ATTEMPTS - 1}`);
    expect(attempts[0]).toMatchObject({ at: 0, percent: 0, number: 1 });
    // Byte budget: the kept answers plus under 150 characters per attempt for its score.
    const stored = storage.entries.get(attemptsKey(ID)) ?? '';
    expect(stored.length).toBeLessThan(ANSWERS_KEPT * (answer.length + 10) + MAX_ATTEMPTS * 150);
  });

  it('drops the older answers when storage is too full for them, so the new attempt is still stored', () => {
    const storage = new FakeStorage();
    for (let index = 0; index < 3; index += 1) recordAttempt(storage, ID, attempt(index, false, index));
    const setItem = storage.setItem.bind(storage);
    // Storage with room for the scores and one answer only.
    storage.setItem = (key, value) => {
      if (value.split('"answer"').length > 2) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
      setItem(key, value);
    };
    expect(recordAttempt(storage, ID, attempt(90, true, 9)).ok).toBe(true);
    const attempts = readAttempts(storage, ID);
    expect(attempts.map((entry) => entry.at)).toEqual([0, 1, 2, 9]);
    expect(attempts.map((entry) => entry.answer)).toEqual([undefined, undefined, undefined, '{"p":90}']);
  });
});

describe('reading stored attempts', () => {
  it('reads only the latest entries of a list of 60,000, and says how many there are', () => {
    const storage = new FakeStorage();
    const many = Array.from({ length: 60_000 }, (_, index) => attempt(index % 100, false, index));
    storage.entries.set(attemptsKey(ID), JSON.stringify(many));
    const log = readAttemptLog(storage, ID);
    expect(log).toMatchObject({ stored: 60_000, skipped: 0 });
    expect(log.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(log.attempts[0]).toMatchObject({ at: 60_000 - MAX_ATTEMPTS, number: 60_000 - MAX_ATTEMPTS + 1 });
    // The next grade trims the list to what is kept.
    recordAttempt(storage, ID, attempt(100, true, 70_000));
    expect(readAttemptLog(storage, ID)).toMatchObject({ stored: MAX_ATTEMPTS, skipped: 0 });
  });

  it.each([
    ['a score above its maximum', { score: 120, max: 100 }],
    ['a percentage above 100', { percent: 1e9 }],
    ['a negative score', { score: -5 }],
    ['a date that is not a number', { at: '2024-01-01' }],
    ['an answer that is not text', { answer: { services: [] } }],
    ['an unknown format', { format: 'yaml' }],
  ])('skips an attempt with %s, and counts it', (_name, change) => {
    const storage = new FakeStorage();
    storage.entries.set(attemptsKey(ID), JSON.stringify([attempt(40, false), { ...attempt(50, false), ...change }]));
    const log = readAttemptLog(storage, ID);
    expect(log.attempts.map((entry) => entry.percent)).toEqual([40]);
    expect(log.skipped).toBe(1);
  });

  it.each([
    ['corrupt JSON', '[{"at": 1, '],
    ['a value that is not a list', JSON.stringify({ at: 1 })],
  ])('keeps %s as it was found before a new attempt replaces it', (_name, raw) => {
    const storage = new FakeStorage();
    storage.entries.set(attemptsKey(ID), raw);
    expect(readAttemptLog(storage, ID)).toEqual({ attempts: [], stored: 0, skipped: 0, unreadable: raw });
    expect(recordAttempt(storage, ID, attempt(70, false)).ok).toBe(true);
    expect(storage.entries.get(unreadableAttemptsKey(ID))).toBe(raw);
    expect(readAttempts(storage, ID).map((entry) => entry.percent)).toEqual([70]);
  });

  it('does not replace a damaged list it could not keep a copy of', () => {
    const storage = new FakeStorage();
    storage.entries.set(attemptsKey(ID), '[{"at"');
    storage.failWrites = true;
    expect(recordAttempt(storage, ID, attempt(70, false)).ok).toBe(false);
    expect(storage.entries.get(attemptsKey(ID))).toBe('[{"at"');
  });
});

describe('summariseProgress', () => {
  it.each([
    ['nothing stored', [], undefined, { status: 'not-started', attempts: 0 }],
    ['an untouched starter draft', [], STARTER, { status: 'not-started', attempts: 0 }],
    ['an edited draft', [], '{ "plan": { "routing": "api-gateway" } }', { status: 'in-progress', attempts: 0 }],
    [
      'failed attempts',
      [attempt(40, false), attempt(60, false)],
      undefined,
      { status: 'in-progress', bestPercent: 60 },
    ],
    ['a passing attempt', [attempt(90, true), attempt(70, false)], undefined, { status: 'passed', bestPercent: 90 }],
  ] as const)('%s', (_name, attempts, draft, expected) => {
    const storage = new FakeStorage();
    for (const record of attempts) recordAttempt(storage, ID, record);
    if (draft !== undefined) saveDraft(storage, ID, 'json', draft, { tabId: 't', baseRevision: 0 }, 1);
    expect(summariseProgress(storage, ID, STARTER)).toMatchObject(expected);
  });
});

describe('attempts with their evidence', () => {
  const criteria = [{ criterion: 'split-order', takeaway: 'monolith.extract', points: 1, max: 2, redFlag: false }];

  it('keeps each graded criterion and whether hints were open', () => {
    const storage = new FakeStorage();
    recordAttempt(storage, ID, { ...attempt(50, false), criteria, hintsOpen: true });
    const [read] = readAttempts(storage, ID);
    expect(read?.criteria).toEqual(criteria);
    expect(read?.hintsOpen).toBe(true);
  });

  it('drops a damaged evidence list or hint flag, never the attempt', () => {
    const storage = new FakeStorage();
    const damaged = [
      { ...attempt(50, false, 1), criteria: [{ ...criteria[0], points: 5 }], hintsOpen: 'yes' },
      { ...attempt(60, false, 2), criteria: 'not a list' },
      { ...attempt(70, false, 3), criteria: [{ ...criteria[0], takeaway: '<script>' }] },
    ];
    storage.setItem(attemptsKey(ID), JSON.stringify(damaged));
    const read = readAttempts(storage, ID);
    expect(read.map((entry) => entry.percent)).toEqual([50, 60, 70]);
    expect(read.every((entry) => entry.criteria === undefined && entry.hintsOpen === undefined)).toBe(true);
  });

  it("keeps the other takeaways a criterion's red flags named, and drops a list that names a bad one", () => {
    const storage = new FakeStorage();
    const flagged = [
      {
        criterion: 'split-order',
        takeaway: 'monolith.extract',
        points: 1,
        max: 2,
        redFlag: true,
        flagTakeaways: ['other-patterns.match-the-problem'],
      },
    ];
    recordAttempt(storage, ID, { ...attempt(50, false), criteria: flagged });
    expect(readAttempts(storage, ID)[0]?.criteria).toEqual(flagged);
    storage.setItem(
      attemptsKey(ID),
      JSON.stringify([{ ...attempt(60, false), criteria: [{ ...flagged[0], flagTakeaways: ['<img>'] }] }]),
    );
    expect(readAttempts(storage, ID)[0]?.criteria).toBeUndefined();
  });
});
