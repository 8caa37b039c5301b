/**
 * The storage a page reads and writes, opened through here so that the layout is brought up to date
 * (layout/migrations.ts) once, at page start, before anything reads it.
 */
import { ensureLayout } from '../layout/migrations.ts';
import type { ListableStorage } from '../safe-storage.ts';

let checked = false;

/** Runs the migrations once per page load; a failure leaves storage as it was, to be tried again next load. */
function checkLayoutOnce(storage: ListableStorage): void {
  if (checked) return;
  checked = true;
  ensureLayout(storage);
}

/** The browser's localStorage, or `undefined` where the browser refuses it (pages that only read, then show nothing). */
export function findLocalStorage(): ListableStorage | undefined {
  try {
    const storage = window.localStorage;
    checkLayoutOnce(storage);
    return storage;
  } catch {
    return undefined;
  }
}

/** A storage kept in this tab's memory: the page still works, but nothing outlives the tab. */
export function createMemoryStorage(): ListableStorage {
  const memory = new Map<string, string>();
  return {
    get length() {
      return memory.size;
    },
    key: (index) => [...memory.keys()][index] ?? null,
    getItem: (key) => memory.get(key) ?? null,
    setItem: (key, value) => void memory.set(key, value),
    removeItem: (key) => void memory.delete(key),
  };
}

/** localStorage, or a memory store when the browser refuses it: the page still works, but nothing outlives the tab. */
export function openPageStorage(): { storage: ListableStorage; persistent: boolean } {
  const local = findLocalStorage();
  try {
    local?.getItem('courseware:probe');
    if (local) return { storage: local, persistent: true };
  } catch {
    // Some browsers hand out a storage object that throws on every use: treat it as none.
  }
  return { persistent: false, storage: createMemoryStorage() };
}
