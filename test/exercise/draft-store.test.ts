import { describe, expect, it } from 'vitest';
import { clearUndo, readDraft, readUndo, saveDraft, saveUndo } from '../../src/exercise/draft-store.ts';
import { draftKey } from '../../src/exercise/storage-keys.ts';
import { FakeStorage } from './fake-storage.ts';

const ID = 'food-delivery-communication';

describe('saveDraft', () => {
  it('saves and reads back a draft per exercise and format', () => {
    const storage = new FakeStorage();
    const outcome = saveDraft(storage, ID, 'json', '{"a":1}', { tabId: 'tab-a', baseRevision: 0 }, 1000);
    expect(outcome).toMatchObject({ kind: 'saved', record: { revision: 1, tabId: 'tab-a' } });
    expect(readDraft(storage, ID, 'json')?.text).toBe('{"a":1}');
    expect(readDraft(storage, ID, 'ts')).toBeUndefined();
  });

  it('lets the same tab save again and again, even from a base revision below its own last save', () => {
    const storage = new FakeStorage();
    saveDraft(storage, ID, 'json', 'one', { tabId: 'tab-a', baseRevision: 0 }, 1);
    const second = saveDraft(storage, ID, 'json', 'two', { tabId: 'tab-a', baseRevision: 1 }, 2);
    expect(second).toMatchObject({ kind: 'saved', record: { revision: 2, text: 'two' } });
    // The stored revision (2) is newer than this base (0), but this tab wrote it: its own save is never a conflict.
    const third = saveDraft(storage, ID, 'json', 'three', { tabId: 'tab-a', baseRevision: 0 }, 3);
    expect(third).toMatchObject({ kind: 'saved', record: { revision: 3, text: 'three', tabId: 'tab-a' } });
    expect(readDraft(storage, ID, 'json')?.text).toBe('three');
  });

  it('refuses to overwrite a newer save from another tab and hands it back as a conflict', () => {
    const storage = new FakeStorage();
    saveDraft(storage, ID, 'json', 'from tab A', { tabId: 'tab-a', baseRevision: 0 }, 1);
    // Tab B loaded before A saved (base revision 0) and now saves different text.
    const outcome = saveDraft(storage, ID, 'json', 'from tab B', { tabId: 'tab-b', baseRevision: 0 }, 2);
    expect(outcome).toMatchObject({ kind: 'conflict', theirs: { text: 'from tab A', tabId: 'tab-a' } });
    expect(readDraft(storage, ID, 'json')?.text).toBe('from tab A');
  });

  it('overwrites when forced, with a revision above the other tab', () => {
    const storage = new FakeStorage();
    saveDraft(storage, ID, 'json', 'from tab A', { tabId: 'tab-a', baseRevision: 0 }, 1);
    const outcome = saveDraft(storage, ID, 'json', 'from tab B', { tabId: 'tab-b', baseRevision: 0 }, 2, true);
    expect(outcome).toMatchObject({ kind: 'saved', record: { revision: 2, text: 'from tab B' } });
  });

  it("accepts another tab's save once this tab has seen it", () => {
    const storage = new FakeStorage();
    saveDraft(storage, ID, 'json', 'from tab A', { tabId: 'tab-a', baseRevision: 0 }, 1);
    expect(saveDraft(storage, ID, 'json', 'B', { tabId: 'tab-b', baseRevision: 1 }, 2).kind).toBe('saved');
  });

  it('reports a full quota instead of throwing, and keeps the previous draft', () => {
    const storage = new FakeStorage();
    saveDraft(storage, ID, 'json', 'kept', { tabId: 'tab-a', baseRevision: 0 }, 1);
    storage.failWrites = true;
    const outcome = saveDraft(storage, ID, 'json', 'new text', { tabId: 'tab-a', baseRevision: 1 }, 2);
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'quota' });
    expect(readDraft(storage, ID, 'json')?.text).toBe('kept');
  });

  it('ignores a corrupt stored draft', () => {
    const storage = new FakeStorage();
    storage.entries.set(draftKey(ID, 'json'), '{not json');
    expect(readDraft(storage, ID, 'json')).toBeUndefined();
    storage.entries.set(draftKey(ID, 'json'), JSON.stringify({ text: 5 }));
    expect(readDraft(storage, ID, 'json')).toBeUndefined();
  });
});

describe('undo text', () => {
  it('keeps, reads and clears the text an action replaced', () => {
    const storage = new FakeStorage();
    expect(readUndo(storage, ID, 'json')).toBeUndefined();
    expect(saveUndo(storage, ID, 'json', 'before reset')).toBe(true);
    expect(readUndo(storage, ID, 'json')).toBe('before reset');
    clearUndo(storage, ID, 'json');
    expect(readUndo(storage, ID, 'json')).toBeUndefined();
  });
});
