import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeStorage } from '../fake-storage.ts';

/** Browser storage holding today-v1.json: what the site stored at layout 1 (test/fixtures/storage/README.md). */
export function loadTodayV1(): FakeStorage {
  const file = join(import.meta.dirname, '../../../fixtures/storage/today-v1.json');
  const storage = new FakeStorage();
  for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
    storage.entries.set(key, value);
  return storage;
}
