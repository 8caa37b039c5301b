import { describe, expect, it } from 'vitest';
import {
  clearUndo,
  judgeOtherTabSave,
  keepUnreadableDraft,
  readDraft,
  readDraftEntry,
  readUndo,
  salvageDraftText,
  saveDraft,
  saveUndo,
  type DraftRecord,
} from '../../../src/storage/draft-store.ts';
import { draftKey, unreadableDraftKey } from '../../../src/storage/storage-keys.ts';
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

describe('a damaged stored draft', () => {
  const record = (text: string): string => JSON.stringify({ text, savedAt: 1, tabId: 't', revision: 3 });

  it.each([
    ['corrupt JSON cut off inside the text', record('{"services": ["a"]}').slice(0, 20), '{"services'],
    ['cut off right after an escape', `{"text":"line one\\nline two\\`, 'line one\nline two'],
    ['cut off inside a unicode escape', `{"text":"caf\\u00`, 'caf'],
    ['a closed text field before the damage', `{"text": "kept \\"quoted\\"", "savedAt": 1, oops`, 'kept "quoted"'],
    ['wrong field types', JSON.stringify({ text: 'my answer', savedAt: 'yesterday', revision: null }), 'my answer'],
    ['a bare JSON string (not a record)', JSON.stringify('just the text'), 'just the text'],
  ])('recovers the text from %s', (_name, raw, text) => {
    const storage = new FakeStorage();
    storage.entries.set(draftKey(ID, 'json'), raw);
    expect(readDraftEntry(storage, ID, 'json')).toEqual({ kind: 'unreadable', raw, salvaged: text });
    // The plain reader still refuses it: only the page, which tells the candidate, uses the recovered text.
    expect(readDraft(storage, ID, 'json')).toBeUndefined();
  });

  it.each([
    ['no text field', '{"savedAt": 1, "revision'],
    ['a text field that is not a string', JSON.stringify({ text: 5, savedAt: 1, tabId: 't', revision: 1 })],
    ['not JSON at all', 'garbage'],
  ])('says no text could be recovered from %s, and still hands back the entry', (_name, raw) => {
    const storage = new FakeStorage();
    storage.entries.set(draftKey(ID, 'ts'), raw);
    expect(readDraftEntry(storage, ID, 'ts')).toEqual({ kind: 'unreadable', raw });
  });

  it('tells a missing draft from a good one', () => {
    const storage = new FakeStorage();
    expect(readDraftEntry(storage, ID, 'json')).toEqual({ kind: 'missing' });
    storage.entries.set(draftKey(ID, 'json'), record('fine'));
    expect(readDraftEntry(storage, ID, 'json')).toMatchObject({ kind: 'found', record: { text: 'fine', revision: 3 } });
  });

  it('recovers from a 500 KB entry in one pass (no backtracking)', () => {
    const raw = `{"text":"${'\\\\'.repeat(250_000)}`;
    expect(salvageDraftText(raw)).toBe('\\'.repeat(250_000));
  });

  it('keeps the damaged entry under its own key, and says when storage refused it', () => {
    const storage = new FakeStorage();
    expect(keepUnreadableDraft(storage, ID, 'json', '{"text":"half')).toBe(true);
    expect(storage.entries.get(unreadableDraftKey(ID, 'json'))).toBe('{"text":"half');
    storage.failWrites = true;
    // The same entry is already kept: nothing to write.
    expect(keepUnreadableDraft(storage, ID, 'json', '{"text":"half')).toBe(true);
    expect(keepUnreadableDraft(storage, ID, 'json', '{"text":"other')).toBe(false);
  });
});

describe("another tab's save", () => {
  const theirs: DraftRecord = { text: 'their text', savedAt: 5, tabId: 'tab-b', revision: 4 };
  const tab = { tabId: 'tab-a', baseRevision: 3, baseText: 'saved here', currentText: 'saved here' };

  it('is taken without asking by a tab with no edits of its own', () => {
    expect(judgeOtherTabSave(theirs, tab)).toBe('adopt');
  });

  it('is a conflict when this tab has edits it has not saved', () => {
    expect(judgeOtherTabSave(theirs, { ...tab, currentText: 'typed here' })).toBe('conflict');
  });

  it('only needs noting when this tab shows the same text', () => {
    expect(judgeOtherTabSave(theirs, { ...tab, currentText: 'their text' })).toBe('seen');
  });

  it('is ignored when this tab wrote it or has seen it', () => {
    expect(judgeOtherTabSave({ ...theirs, tabId: 'tab-a' }, { ...tab, currentText: 'typed' })).toBe('ignore');
    expect(judgeOtherTabSave(theirs, { ...tab, baseRevision: 4, currentText: 'typed' })).toBe('ignore');
  });
});
