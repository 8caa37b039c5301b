/**
 * Reset all progress, with an undo until the tab is closed: the removed items are kept in this tab's sessionStorage
 * first (if that fails, nothing is removed), and Undo merges them back (so anything done since the reset is kept too).
 */
import { readRaw, removeEntry, writeText, type KeyValueStorage, type ListableStorage } from '../safe-storage.ts';
import { layoutKey, STORAGE_PREFIX } from '../storage-keys.ts';
import { readStoredItems } from './export-file.ts';
import type { ExportValidators } from './export-validators.ts';
import { mergeItems, type MergeSummary } from './merge-items.ts';
import { createMemoryStorage } from '../page/page-storage.ts';

/** Where the removed items wait for Undo, in sessionStorage (outside the prefix: not progress itself). */
export const RESET_UNDO_KEY = 'courseware:reset-undo';

/**
 * Removes every stored item of the course (the layout mark stays); `removed` counts them. A reset while an earlier
 * one can still be undone keeps both: the earlier copy is merged into this one (newer drafts win, the other becomes
 * the undo copy, lists are joined), so Undo brings back everything either reset removed.
 */
export function resetProgress(
  local: ListableStorage,
  session: KeyValueStorage,
  validators: ExportValidators,
): { ok: true; removed: number } | { ok: false; message: string } {
  const items = readStoredItems(local);
  const pending = readResetUndo(session);
  let copy = items;
  if (pending !== undefined) {
    const joined = createMemoryStorage();
    for (const [key, value] of items) joined.setItem(key, value);
    mergeItems(joined, pending, validators);
    copy = readStoredItems(joined);
  }
  // Pairs, not an object: a stored key is never used as a property name.
  const kept = writeText(session, RESET_UNDO_KEY, JSON.stringify([...copy]));
  if (!kept.ok) {
    return {
      ok: false,
      message: `Nothing was reset: the browser refused to keep a copy for Undo (${kept.message}). Export first.`,
    };
  }
  for (const key of items.keys()) if (key !== layoutKey()) removeEntry(local, key);
  return { ok: true, removed: items.size };
}

/** The items a reset removed and Undo can bring back, or `undefined` when there are none in this tab. */
export function readResetUndo(session: KeyValueStorage): Map<string, string> | undefined {
  const raw = readRaw(session, RESET_UNDO_KEY);
  if (raw === undefined) return undefined;
  try {
    const pairs: unknown = JSON.parse(raw);
    if (!Array.isArray(pairs)) return undefined;
    const items = new Map<string, string>();
    for (const pair of pairs) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') continue;
      if (pair[0].startsWith(`${STORAGE_PREFIX}:`)) items.set(pair[0], pair[1]);
    }
    // A reset of nothing leaves nothing to undo: no Undo button for it.
    return items.size === 0 ? undefined : items;
  } catch {
    return undefined;
  }
}

/**
 * Brings back what the reset removed, merged with anything stored since; the undo copy is then forgotten. Items of
 * no known kind are written back where nothing took their key.
 */
export function undoReset(
  local: ListableStorage,
  session: KeyValueStorage,
  validators: ExportValidators,
): MergeSummary {
  const items = readResetUndo(session);
  if (items === undefined) return { ok: false, message: 'There is no reset to undo in this tab.' };
  const summary = mergeItems(local, items, validators);
  if (summary.ok) removeEntry(session, RESET_UNDO_KEY);
  return summary;
}
