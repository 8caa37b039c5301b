import { describe, expect, it } from 'vitest';
import { readUndo } from '../../../src/storage/draft-store.ts';
import { createUndoKeeper } from '../../../src/storage/undo-keeper.ts';
import { FakeStorage } from './fake-storage.ts';

const ID = 'food-delivery-communication';

describe('undo copies', () => {
  it('are stored, so a reload can still undo', () => {
    const storage = new FakeStorage();
    expect(createUndoKeeper(storage, ID).keep('json', 'before')).toBe(true);
    expect(createUndoKeeper(storage, ID).read('json')).toBe('before');
  });

  it('stay in the tab when storage is full, and say they are not stored', () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const undo = createUndoKeeper(storage, ID);
    expect(undo.keep('ts', 'typed text')).toBe(false);
    expect(undo.read('ts')).toBe('typed text');
    expect(undo.read('json')).toBeUndefined();
    expect(readUndo(storage, ID, 'ts')).toBeUndefined();
  });

  it('are forgotten once used', () => {
    const storage = new FakeStorage();
    const undo = createUndoKeeper(storage, ID);
    undo.keep('json', 'before');
    undo.clear('json');
    expect(undo.read('json')).toBeUndefined();
    expect(readUndo(storage, ID, 'json')).toBeUndefined();
  });
});
