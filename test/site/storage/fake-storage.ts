import type { ListableStorage } from '../../../src/storage/safe-storage.ts';

/** An in-memory Storage; `failWrites` makes every write throw like a full quota does. */
export class FakeStorage implements ListableStorage {
  readonly entries = new Map<string, string>();
  failWrites = false;

  get length(): number {
    return this.entries.size;
  }

  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.entries.set(key, value);
  }

  removeItem(key: string): void {
    this.entries.delete(key);
  }
}
