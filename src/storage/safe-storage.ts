/**
 * Browser storage that never throws: reads of missing or corrupt entries give `undefined`, and a
 * write that fails (quota full, storage disabled) reports why instead of crashing the page, so the
 * caller can warn the candidate while their text stays in the editor.
 */

/** The part of the Web Storage API the courseware uses; `localStorage` satisfies it, and so do test fakes. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage whose keys can be listed (localStorage can): what export, migrations and reset need. */
export interface ListableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

/** Every key that starts with `prefix`; none when storage cannot be read. */
export function listKeys(storage: ListableStorage, prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Storage disabled: there is nothing to list.
  }
  return keys;
}

/** Why a write failed. */
export type WriteFailure = 'quota' | 'unavailable';

/** The outcome of a write. */
export type WriteResult = { ok: true } | { ok: false; failure: WriteFailure; message: string };

/** The entry's stored text; `undefined` when missing or when storage cannot be read. */
export function readRaw(storage: KeyValueStorage, key: string): string | undefined {
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads and parses a JSON entry; `undefined` when missing, unreadable or not valid JSON. */
export function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Serialises and writes an entry; reports a full quota or disabled storage instead of throwing. */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): WriteResult {
  return writeText(storage, key, JSON.stringify(value));
}

/** Writes an entry's text as it is; reports a full quota or disabled storage instead of throwing. */
export function writeText(storage: KeyValueStorage, key: string, text: string): WriteResult {
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
    return {
      ok: false,
      failure: quota ? 'quota' : 'unavailable',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Removes an entry; failures are ignored because nothing is lost by a leftover entry. */
export function removeEntry(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}
