import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, readAttempts, type AttemptRecord } from '../../../../src/storage/attempt-store.ts';
import { readDraft, readUndo } from '../../../../src/storage/draft-store.ts';
import { mergeItems } from '../../../../src/storage/layout/merge-items.ts';
import { compileExportValidators } from '../../../../src/storage/layout/print-export-validators.ts';
import { readResetUndo, resetProgress, undoReset } from '../../../../src/storage/layout/reset-progress.ts';
import {
  attemptsKey,
  draftKey,
  formatKey,
  lessonsReadKey,
  mockHistoryKey,
  undoKey,
  revealedKey,
} from '../../../../src/storage/storage-keys.ts';
import { FakeStorage } from '../fake-storage.ts';
import { loadTodayV1 } from './fixture.ts';

const validators = compileExportValidators();
const ID = 'food-delivery-communication';
const T = Date.UTC(2026, 11, 6, 12);

const draft = (text: string, savedAt: number, revision = 1) => JSON.stringify({ text, savedAt, tabId: 't', revision });
const attempt = (at: number): AttemptRecord => ({ at, format: 'json', score: 1, max: 2, percent: 50, passed: false });
const mock = (id: string, startedAt: number) => ({
  id,
  exerciseId: ID,
  startedAt,
  endedAt: startedAt + 60_000,
  minutes: 15,
  outcome: 'finished',
  answer: { at: startedAt + 60_000, format: 'json', text: '{}' },
});

describe('merging imported items', () => {
  it('keeps the newer of two drafts and the other as the undo copy, whichever side is newer', () => {
    const storage = new FakeStorage();
    storage.setItem(draftKey(ID, 'json'), draft('mine', T, 7));
    storage.setItem(draftKey(ID, 'ts'), draft('mine ts', T + 10));
    const items = new Map([
      [draftKey(ID, 'json'), draft('theirs', T + 5, 2)],
      [draftKey(ID, 'ts'), draft('theirs ts', T)],
    ]);
    const summary = mergeItems(storage, items, validators);
    expect(readDraft(storage, ID, 'json')).toMatchObject({ text: 'theirs', revision: 8 });
    expect(readUndo(storage, ID, 'json')).toBe('mine');
    expect(readDraft(storage, ID, 'ts')?.text).toBe('mine ts');
    expect(readUndo(storage, ID, 'ts')).toBe('theirs ts');
    expect(summary).toEqual({
      ok: true,
      counts: expect.objectContaining({ drafts: { added: 0, updated: 2, unchanged: 0, records: 0 } }) as object,
    });
  });

  it('joins attempts and mock records by identity, without duplicates, within their bounds', () => {
    const storage = new FakeStorage();
    storage.setItem(attemptsKey(ID), JSON.stringify([attempt(T + 1), attempt(T + 3)]));
    storage.setItem(mockHistoryKey(), JSON.stringify([mock('a', T), mock('b', T + 2)]));
    const incoming = new Map([
      [attemptsKey(ID), JSON.stringify([attempt(T + 2), attempt(T + 3)])],
      [mockHistoryKey(), JSON.stringify([mock('b', T + 2), mock('c', T + 1)])],
    ]);
    const summary = mergeItems(storage, incoming, validators);
    expect(readAttempts(storage, ID).map((record) => record.at)).toEqual([T + 1, T + 2, T + 3]);
    expect((JSON.parse(storage.getItem(mockHistoryKey()) ?? '') as { id: string }[]).map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
    expect(summary.ok && summary.counts['attempts']?.records).toBe(1);
    expect(summary.ok && summary.counts['mockRecords']?.records).toBe(1);

    const full = Array.from({ length: MAX_ATTEMPTS }, (_unused, index) => attempt(T + 100 + index));
    mergeItems(storage, new Map([[attemptsKey(ID), JSON.stringify(full)]]), validators);
    const kept = readAttempts(storage, ID);
    expect(kept).toHaveLength(MAX_ATTEMPTS);
    expect(kept.at(-1)?.at).toBe(T + 100 + MAX_ATTEMPTS - 1);
  });

  it('reads a list here that an older release let grow past its bound as its latest entries, not as damaged', () => {
    const storage = new FakeStorage();
    const long = Array.from({ length: MAX_ATTEMPTS + 10 }, (_unused, index) => attempt(T + index));
    storage.setItem(attemptsKey(ID), JSON.stringify(long));
    mergeItems(storage, new Map([[attemptsKey(ID), JSON.stringify([attempt(T + 1000)])]]), validators);
    expect(readAttempts(storage, ID).map((record) => record.at)).toEqual([
      ...long.slice(-MAX_ATTEMPTS + 1).map((record) => record.at),
      T + 1000,
    ]);
    expect(storage.getItem(`courseware:v1:unreadable:attempts:${ID}`)).toBeNull();
  });

  it('keeps settings chosen here, sets a flag set anywhere, and keeps a damaged item aside before replacing it', () => {
    const storage = new FakeStorage();
    storage.setItem(formatKey(ID), '"ts"');
    storage.setItem(draftKey(ID, 'json'), '{"text": "half a dra');
    mergeItems(
      storage,
      new Map([
        [formatKey(ID), '"json"'],
        [revealedKey(ID), 'true'],
        [draftKey(ID, 'json'), draft('whole', T)],
      ]),
      validators,
    );
    expect(storage.getItem(formatKey(ID))).toBe('"ts"');
    expect(storage.getItem(revealedKey(ID))).toBe('true');
    expect(readDraft(storage, ID, 'json')?.text).toBe('whole');
    expect(storage.getItem(`courseware:v1:unreadable:draft:${ID}:json`)).toBe('{"text": "half a dra');
  });

  it('carries the study evidence: criteria of attempts and mocks, hints open, and lessons read at their first date', () => {
    const storage = new FakeStorage();
    storage.setItem(lessonsReadKey(), JSON.stringify({ 'architecture-patterns/monolith': T + 5 }));
    const evidence = [
      { criterion: 'payment-sync', takeaway: 'microservices.sync-vs-async', points: 0, max: 3, redFlag: true },
    ];
    const graded = { ...attempt(T), criteria: evidence, hintsOpen: true };
    const sat = { ...mock('m', T), result: { score: 0, max: 3, percent: 0, passed: false, criteria: evidence } };
    const summary = mergeItems(
      storage,
      new Map([
        [attemptsKey(ID), JSON.stringify([graded])],
        [mockHistoryKey(), JSON.stringify([sat])],
        [
          lessonsReadKey(),
          JSON.stringify({ 'architecture-patterns/monolith': T, 'architecture-patterns/serverless': T }),
        ],
      ]),
      validators,
    );
    expect(summary.ok).toBe(true);
    expect(readAttempts(storage, ID)[0]).toMatchObject({ criteria: evidence, hintsOpen: true });
    expect(JSON.parse(storage.getItem(mockHistoryKey()) ?? '')).toEqual([sat]);
    expect(JSON.parse(storage.getItem(lessonsReadKey()) ?? '')).toEqual({
      'architecture-patterns/monolith': T,
      'architecture-patterns/serverless': T,
    });
    expect(storage.getItem(`courseware:v1:unreadable:lessons-read`)).toBeNull();
  });

  it('sets an undo copy already here aside instead of overwriting it, and never replaces a kept-aside copy', () => {
    const storage = new FakeStorage();
    storage.setItem(draftKey(ID, 'json'), draft('mine', T));
    storage.setItem(undoKey(ID, 'json'), JSON.stringify({ text: 'replaced by a reset to starter' }));
    storage.setItem(`courseware:v1:unreadable:undo:${ID}:json`, 'an older copy set aside');
    expect(mergeItems(storage, new Map([[draftKey(ID, 'json'), draft('theirs', T + 5)]]), validators).ok).toBe(true);
    expect(readDraft(storage, ID, 'json')?.text).toBe('theirs');
    expect(readUndo(storage, ID, 'json')).toBe('mine');
    expect(storage.getItem(`courseware:v1:unreadable:undo:${ID}:json`)).toBe('an older copy set aside');
    expect(storage.getItem(`courseware:v1:unreadable:undo:${ID}:json:2`)).toBe(
      JSON.stringify({ text: 'replaced by a reset to starter' }),
    );
  });

  it('changes nothing when the browser refuses a write part-way', () => {
    const storage = loadTodayV1();
    const before = new Map(storage.entries);
    let writes = 0;
    const original = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes += 1;
      if (writes === 3) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      original(key, value);
    };
    const items = new Map([
      [draftKey('multi-tenant-isolation', 'json'), draft('one', T)],
      [draftKey('multi-tenant-isolation', 'ts'), draft('two', T)],
      [draftKey(ID, 'json'), draft('newer', T * 2)],
      [attemptsKey('multi-tenant-isolation'), JSON.stringify([attempt(T)])],
    ]);
    const summary = mergeItems(storage, items, validators);
    expect(summary.ok).toBe(false);
    expect(storage.entries).toEqual(before);
  });
});

describe('reset and undo', () => {
  it('removes every item, keeps them in the session for Undo, and Undo merges them back with what came since', () => {
    const storage = loadTodayV1();
    const session = new FakeStorage();
    const before = new Map(storage.entries);
    const outcome = resetProgress(storage, session, validators);
    expect(outcome).toEqual({ ok: true, removed: before.size - 1 });
    expect([...storage.entries.keys()]).toEqual(['starlight-theme']);
    // Something done after the reset is kept by the undo.
    storage.setItem(draftKey('multi-tenant-isolation', 'json'), draft('after the reset', T));
    expect(undoReset(storage, session, validators).ok).toBe(true);
    for (const [key, value] of before) expect(storage.getItem(key), key).toBe(value);
    expect(readDraft(storage, 'multi-tenant-isolation', 'json')?.text).toBe('after the reset');
    expect(readResetUndo(session)).toBeUndefined();
  });

  it('a second reset before Undo keeps what the first removed: Undo brings back both', () => {
    const storage = loadTodayV1();
    const session = new FakeStorage();
    const before = new Map(storage.entries);
    expect(resetProgress(storage, session, validators).ok).toBe(true);
    storage.setItem(draftKey('multi-tenant-isolation', 'json'), draft('between the resets', T));
    storage.setItem(attemptsKey('multi-tenant-isolation'), JSON.stringify([attempt(T)]));
    expect(resetProgress(storage, session, validators)).toEqual({ ok: true, removed: 2 });
    expect(undoReset(storage, session, validators).ok).toBe(true);
    for (const [key, value] of before) expect(storage.getItem(key), key).toBe(value);
    expect(readDraft(storage, 'multi-tenant-isolation', 'json')?.text).toBe('between the resets');
    expect(readAttempts(storage, 'multi-tenant-isolation').map((record) => record.at)).toEqual([T]);
  });

  it('offers no Undo for a reset that removed nothing', () => {
    const session = new FakeStorage();
    expect(resetProgress(new FakeStorage(), session, validators)).toEqual({ ok: true, removed: 0 });
    expect(readResetUndo(session)).toBeUndefined();
  });

  it('removes nothing when the session refuses the undo copy', () => {
    const storage = loadTodayV1();
    const session = new FakeStorage();
    session.failWrites = true;
    const before = new Map(storage.entries);
    expect(resetProgress(storage, session, validators).ok).toBe(false);
    expect(storage.entries).toEqual(before);
  });
});
