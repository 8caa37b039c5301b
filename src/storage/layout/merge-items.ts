/**
 * Merges items (from an import, or from an undone reset) into storage, kind by kind, with each kind's merge from the
 * registry: an item not here is added; one here is merged (the newer draft kept, the other as its undo copy; lists
 * joined by identity within their bounds); one here that is damaged is kept aside and replaced. Every write is
 * planned first and applied together; if the browser refuses one, those already made are undone, so storage is
 * either merged or as it was.
 */
import { readRaw, removeEntry, writeText, type KeyValueStorage } from '../safe-storage.ts';
import { freeKeptAsideKey } from '../storage-keys.ts';
import { storedText } from './export-file.ts';
import type { ExportValidators } from './export-validators.ts';
import type { StoredItems } from './migrations.ts';
import { parseKey, STORED_KINDS, type StoredKind } from './stored-kinds.ts';

/** What the merge did to one kind. */
export interface KindCount {
  /** Items that were not here. */
  added: number;
  /** Items here that the merge changed, or kept while keeping the other as an undo copy. */
  updated: number;
  /** Items here that stayed as they were. */
  unchanged: number;
  /** Records that lists gained (attempts, mocks). */
  records: number;
}

/** The outcome of a merge. */
export type MergeSummary = { ok: true; counts: Record<string, KindCount> } | { ok: false; message: string };

/** A stored value of `kind` read back, or `undefined` when it is not one (damaged). */
function readValue(kind: StoredKind, params: Record<string, string>, raw: string, validators: ExportValidators) {
  if (kind.stored === 'text') return { value: raw };
  try {
    let value: unknown = JSON.parse(raw);
    // A list longer than its bound (kept by an older release) is read as the site reads it: its latest entries.
    const max = kind.value['maxItems'];
    if (Array.isArray(value) && typeof max === 'number') value = value.slice(-max);
    return validators.entries[kind.name]?.({ ...params, value }) === true ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** Merges `items` (each a valid value of its kind, by key) into `storage`. */
export function mergeItems(storage: KeyValueStorage, items: StoredItems, validators: ExportValidators): MergeSummary {
  const counts: Record<string, KindCount> = Object.fromEntries(
    STORED_KINDS.map((kind) => [kind.name, { added: 0, updated: 0, unchanged: 0, records: 0 }]),
  );
  const planned = new Map<string, string>();
  const current = (key: string): string | undefined => (planned.has(key) ? planned.get(key) : readRaw(storage, key));
  // An item set aside takes the first free kept-aside key, so a second one never replaces the first.
  const setAside = (key: string, raw: string): void => {
    planned.set(freeKeptAsideKey(key, raw, current), raw);
  };
  const ordered = [...items].sort(([a], [b]) => kindOrder(a) - kindOrder(b));
  for (const [key, incomingRaw] of ordered) {
    const parsed = parseKey(key);
    if (parsed === undefined) {
      // Of no kind this release knows (a newer release's): written back only where its key is free.
      if (current(key) === undefined) planned.set(key, incomingRaw);
      continue;
    }
    const { kind, params } = parsed;
    const count = counts[kind.name] as KindCount;
    const localRaw = current(key);
    if (localRaw === undefined) {
      planned.set(key, incomingRaw);
      count.added += 1;
      if (kind.stored === 'json') count.records += listLength(incomingRaw);
      continue;
    }
    const incoming = readValue(kind, params, incomingRaw, validators);
    if (incoming === undefined) {
      setAside(key, incomingRaw);
      continue;
    }
    const local = readValue(kind, params, localRaw, validators);
    if (local === undefined) {
      setAside(key, localRaw);
      planned.set(key, incomingRaw);
      count.updated += 1;
      continue;
    }
    const outcome = kind.merge(local.value, incoming.value, params);
    if (outcome.changed) planned.set(key, storedText(kind, outcome.value));
    // A merge that wrote an undo copy merged something even when the value here stayed.
    if (outcome.changed || (outcome.also ?? []).length > 0) count.updated += 1;
    else count.unchanged += 1;
    count.records += outcome.added ?? 0;
    for (const also of outcome.also ?? []) {
      // An undo copy already here holds text the candidate may still want: it is set aside, never overwritten.
      const raw = JSON.stringify(also.value);
      const existing = current(also.key);
      if (existing !== undefined && existing !== raw) setAside(also.key, existing);
      planned.set(also.key, raw);
    }
  }
  return applyAll(storage, planned) ?? { ok: true, counts };
}

/** Records in a stored list (0 for other values). */
function listLength(raw: string): number {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.length : 0;
  } catch {
    return 0;
  }
}

/** Registry order: a kind whose merge writes another kind's items (drafts write undo copies) comes after it. */
function kindOrder(key: string): number {
  const kind = parseKey(key)?.kind;
  return kind === undefined ? STORED_KINDS.length : STORED_KINDS.indexOf(kind);
}

/** Writes every planned item; on a refused write, puts back what was there and says why. */
function applyAll(
  storage: KeyValueStorage,
  planned: ReadonlyMap<string, string>,
): { ok: false; message: string } | undefined {
  const before = new Map<string, string | undefined>();
  for (const [key, raw] of planned) {
    before.set(key, readRaw(storage, key));
    const written = writeText(storage, key, raw);
    if (written.ok) continue;
    for (const [done, old] of before) {
      if (old === undefined) removeEntry(storage, done);
      else writeText(storage, done, old);
    }
    return {
      ok: false,
      message: `The browser refused to store the merged data (${written.message}); nothing was changed.`,
    };
  }
  return undefined;
}
