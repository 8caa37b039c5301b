import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  readAttempts,
  recordAttempt,
  summariseProgress,
  type AttemptRecord,
} from '../../src/exercise/attempt-store.ts';
import { saveDraft } from '../../src/exercise/draft-store.ts';
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
