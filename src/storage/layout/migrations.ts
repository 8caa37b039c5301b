/**
 * The storage layout's version and the migrations that bring older layouts up to it. Layout 1 is what the site
 * stored before layouts were recorded (no `layout` key); each migration takes the items under the prefix from
 * version N to N+1. They run once at page start (page-storage.ts), before anything reads storage, and on an
 * imported file of an older version. Each is idempotent, and none drops data: an item it cannot migrate is kept
 * aside under `unreadable:<old key>`, as damaged drafts and attempt lists are.
 */
import { parseMockSession } from '../../mock/mock-session.ts';
import { listKeys, readRaw, removeEntry, writeText, type ListableStorage } from '../safe-storage.ts';
import { freeKeptAsideKey, layoutKey, STORAGE_PREFIX } from '../storage-keys.ts';
import { parseKey } from './stored-kinds.ts';

/** The layout this release writes. */
export const CURRENT_LAYOUT = 2;

/** Items under the prefix, by full key, as stored text. */
export type StoredItems = Map<string, string>;

/** One step from layout `from` to `from + 1`. */
export interface Migration {
  from: number;
  /** What it changes, in a sentence. */
  description: string;
  /** Changes `items` in place; running it twice changes nothing more. */
  migrate(items: StoredItems): void;
}

/**
 * Moves an item aside, under the first free `unreadable:<old key>`, so nothing reads it as what it is not and nothing
 * is lost, not even a copy kept aside before.
 */
function keepAside(items: StoredItems, key: string, raw: string): void {
  items.set(
    freeKeptAsideKey(key, raw, (aside) => items.get(aside)),
    raw,
  );
  items.delete(key);
}

/** The migrations in order; `MIGRATIONS[n].from === n + 1`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description:
      'A running mock stored before mocks had ids gets the id its start gives it (as layout 1 read it); one that ' +
      'is not a mock session is kept aside.',
    migrate(items) {
      for (const [key, raw] of [...items]) {
        if (parseKey(key)?.kind.name !== 'runningMocks') continue;
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch {
          keepAside(items, key, raw);
          continue;
        }
        // Any start is accepted here: whether the clock has run out is the page's business, not the layout's.
        const session = parseMockSession(value, Number.POSITIVE_INFINITY);
        if (session === undefined) keepAside(items, key, raw);
        else items.set(key, JSON.stringify(session));
      }
    },
  },
];

/** `items` brought from layout `from` to {@link CURRENT_LAYOUT} (a copy; `items` is not changed). */
export function migrateItems(items: ReadonlyMap<string, string>, from: number): StoredItems {
  const migrated = new Map(items);
  for (const migration of MIGRATIONS) if (migration.from >= from) migration.migrate(migrated);
  return migrated;
}

/** The layout recorded in storage: 1 when none is (data from before layouts), `undefined` when it is not a number. */
export function readLayout(storage: ListableStorage): number | undefined {
  const raw = readRaw(storage, layoutKey());
  if (raw === undefined) return 1;
  return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

/** What {@link ensureLayout} found and did. */
export type LayoutOutcome =
  | { kind: 'current' }
  | { kind: 'migrated'; from: number }
  /** Written by a newer release of the site (another tab after an update): left as it is. */
  | { kind: 'newer'; version: number }
  /** A write failed (storage full or refused): nothing was removed, and the next page load tries again. */
  | { kind: 'failed'; message: string };

/**
 * Brings storage to {@link CURRENT_LAYOUT}. New and changed items are written first, replaced ones removed after,
 * and the layout recorded last, so an interrupted run loses nothing and the next run finishes it.
 */
export function ensureLayout(storage: ListableStorage): LayoutOutcome {
  const recorded = readLayout(storage);
  if (recorded === CURRENT_LAYOUT) return { kind: 'current' };
  if (recorded !== undefined && recorded > CURRENT_LAYOUT) return { kind: 'newer', version: recorded };
  // An unreadable layout mark is treated as the oldest: every migration is idempotent.
  const from = recorded ?? 1;
  const before: StoredItems = new Map();
  for (const key of listKeys(storage, `${STORAGE_PREFIX}:`)) {
    const raw = readRaw(storage, key);
    if (key !== layoutKey() && raw !== undefined) before.set(key, raw);
  }
  const after = migrateItems(before, from);
  for (const [key, raw] of after) {
    if (before.get(key) === raw) continue;
    const written = writeText(storage, key, raw);
    if (!written.ok) return { kind: 'failed', message: written.message };
  }
  for (const key of before.keys()) if (!after.has(key)) removeEntry(storage, key);
  const marked = writeText(storage, layoutKey(), String(CURRENT_LAYOUT));
  return marked.ok ? { kind: 'migrated', from } : { kind: 'failed', message: marked.message };
}
