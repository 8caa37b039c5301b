import { describe, expect, it } from 'vitest';
import { readMockHistory } from '../../../../src/mock/mock-history.ts';
import { readAttempts } from '../../../../src/storage/attempt-store.ts';
import { readDraft } from '../../../../src/storage/draft-store.ts';
import { CURRENT_LAYOUT, ensureLayout, MIGRATIONS } from '../../../../src/storage/layout/migrations.ts';
import { layoutKey, mockKey } from '../../../../src/storage/storage-keys.ts';
import { FakeStorage } from '../fake-storage.ts';
import { loadTodayV1 } from './fixture.ts';

const START = Date.UTC(2026, 11, 6, 12);

describe('storage layout migrations', () => {
  it('are one per version, in order, ending at the current layout', () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual(
      Array.from({ length: CURRENT_LAYOUT - 1 }, (_unused, index) => index + 1),
    );
  });

  it("bring today's stored data (layout 1) to the current layout and every item still reads", () => {
    const storage = loadTodayV1();
    const before = new Map(storage.entries);
    expect(ensureLayout(storage)).toEqual({ kind: 'migrated', from: 1 });
    expect(storage.getItem(layoutKey())).toBe(String(CURRENT_LAYOUT));
    // Nothing of layout 1 needed changing: every item is as it was.
    for (const [key, value] of before) expect(storage.getItem(key), key).toBe(value);
    for (const id of ['food-delivery-communication', 'order-placed-events']) {
      expect(readDraft(storage, id, 'json')?.text, id).toMatch(/^\{/);
      expect(readDraft(storage, id, 'ts')?.text, id).toMatch(/^\/\/ fixture:/);
    }
    expect(readAttempts(storage, 'food-delivery-communication').map((attempt) => attempt.passed)).toEqual([true]);
    expect(readAttempts(storage, 'order-placed-events').map((attempt) => attempt.passed)).toEqual([false]);
    expect(readAttempts(storage, 'notification-ec2-or-lambda').map((attempt) => attempt.mode)).toEqual(['mock']);
    expect(readMockHistory(storage).map((record) => [record.exerciseId, record.outcome])).toEqual([
      ['notification-ec2-or-lambda', 'time-up'],
    ]);
  });

  it('give a running mock from before ids its id, keep an unreadable one aside, and change nothing when run again', () => {
    const storage = new FakeStorage();
    storage.setItem(mockKey('food-delivery-communication'), JSON.stringify({ startedAt: START, minutes: 15 }));
    storage.setItem(mockKey('order-placed-events'), '{"startedAt": "soon"');
    expect(ensureLayout(storage).kind).toBe('migrated');
    expect(JSON.parse(storage.getItem(mockKey('food-delivery-communication')) ?? '')).toEqual({
      id: START.toString(36),
      startedAt: START,
      minutes: 15,
    });
    expect(storage.getItem(mockKey('order-placed-events'))).toBeNull();
    expect(storage.getItem('courseware:v1:unreadable:mock:order-placed-events')).toBe('{"startedAt": "soon"');
    const after = new Map(storage.entries);
    expect(ensureLayout(storage)).toEqual({ kind: 'current' });
    storage.setItem(layoutKey(), '1');
    expect(ensureLayout(storage).kind).toBe('migrated');
    expect(storage.entries).toEqual(after);
  });

  it('keep an unreadable running mock aside without replacing a copy kept aside before', () => {
    const storage = new FakeStorage();
    const aside = 'courseware:v1:unreadable:mock:order-placed-events';
    storage.setItem(aside, 'an earlier damaged copy');
    storage.setItem(mockKey('order-placed-events'), '{"startedAt": "soon"');
    expect(ensureLayout(storage).kind).toBe('migrated');
    expect(storage.getItem(aside)).toBe('an earlier damaged copy');
    expect(storage.getItem(`${aside}:2`)).toBe('{"startedAt": "soon"');
  });

  it('leave storage written by a newer release as it is', () => {
    const storage = new FakeStorage();
    storage.setItem(layoutKey(), String(CURRENT_LAYOUT + 1));
    storage.setItem(mockKey('food-delivery-communication'), '{"shape": "of the future"}');
    const before = new Map(storage.entries);
    expect(ensureLayout(storage)).toEqual({ kind: 'newer', version: CURRENT_LAYOUT + 1 });
    expect(storage.entries).toEqual(before);
  });

  it('remove nothing and record no layout when a write is refused, so the next page load tries again', () => {
    const storage = new FakeStorage();
    storage.setItem(mockKey('order-placed-events'), 'not json');
    storage.failWrites = true;
    expect(ensureLayout(storage).kind).toBe('failed');
    expect(storage.getItem(mockKey('order-placed-events'))).toBe('not json');
    expect(storage.getItem(layoutKey())).toBeNull();
  });
});
