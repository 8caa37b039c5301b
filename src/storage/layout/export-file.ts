/**
 * The export file: every stored item under the prefix, grouped by kind (see stored-kinds.ts), with the layout
 * version it was made from. An item that is not what its key says (damaged, or of no known kind) is exported as
 * kept aside, as it was found, so an export never loses anything and never fails its own schema.
 */
import { listKeys, readRaw, type ListableStorage } from '../safe-storage.ts';
import { layoutKey, STORAGE_PREFIX } from '../storage-keys.ts';
import { EXPORT_FORMAT, EXPORT_SCHEMA_PATH } from './export-schema.ts';
import type { ExportValidators } from './export-validators.ts';
import { CURRENT_LAYOUT, type StoredItems } from './migrations.ts';
import { findKind, keyOf, parseKey, STORED_KINDS, type StoredKind } from './stored-kinds.ts';

/** One entry: the key's parameters and the value. */
export type ExportEntry = Record<string, unknown> & { value: unknown };

/** The file, as the schema describes it. */
export interface ExportFile {
  /** Where the site publishes the file's JSON Schema. */
  $schema?: string;
  /** Says what the file is, so another JSON file is refused by name. */
  format: typeof EXPORT_FORMAT;
  /** The storage layout the file was made from; a newer one is refused, an older one migrated. */
  version: number;
  /** When it was made, as an ISO 8601 date and time. */
  exportedAt: string;
  /** Every stored item, by kind (the registry's `name`). */
  items: Record<string, ExportEntry[]>;
}

const KEPT_ASIDE = 'keptAside';

/** The value of an entry as stored: JSON text, or the text itself for kinds kept as found. */
export function storedText(kind: StoredKind, value: unknown): string {
  return kind.stored === 'text' ? String(value) : JSON.stringify(value);
}

/** The entry of a stored item, or `undefined` when its text is not a valid value of its kind. */
function toEntry(kind: StoredKind, params: Record<string, string>, raw: string, validators: ExportValidators) {
  let value: unknown = raw;
  if (kind.stored === 'json') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    // A list longer than its bound (kept by an older release) is exported as the site reads it: the latest entries.
    const max = kind.value['maxItems'];
    if (Array.isArray(value) && typeof max === 'number') value = value.slice(-max);
  }
  const entry: ExportEntry = { ...params, value };
  return validators.entries[kind.name]?.(entry) === true ? entry : undefined;
}

/** Every item as export entries by kind; `skipped` counts keys too odd to keep even aside (not printable ASCII). */
export function itemsToEntries(
  items: ReadonlyMap<string, string>,
  validators: ExportValidators,
): { items: Record<string, ExportEntry[]>; skipped: number } {
  const grouped: Record<string, ExportEntry[]> = Object.fromEntries(STORED_KINDS.map((kind) => [kind.name, []]));
  let skipped = 0;
  const keptAside = findKind(KEPT_ASIDE);
  for (const [key, raw] of items) {
    if (key === layoutKey()) continue;
    const parsed = parseKey(key);
    const entry = parsed && toEntry(parsed.kind, parsed.params, raw, validators);
    if (parsed && entry) {
      grouped[parsed.kind.name]?.push(entry);
      continue;
    }
    const aside = keptAside && toEntry(keptAside, { key: key.slice(STORAGE_PREFIX.length + 1) }, raw, validators);
    if (aside) grouped[KEPT_ASIDE]?.push(aside);
    else skipped += 1;
  }
  return { items: grouped, skipped };
}

/** The items under the prefix, by key, as stored. */
export function readStoredItems(storage: ListableStorage): StoredItems {
  const items: StoredItems = new Map();
  for (const key of listKeys(storage, `${STORAGE_PREFIX}:`)) {
    const raw = readRaw(storage, key);
    if (raw !== undefined && key !== layoutKey()) items.set(key, raw);
  }
  return items;
}

/** The export of `storage` made at `now`; `schemaUrl` is where the site publishes the schema. */
export function createExport(
  storage: ListableStorage,
  validators: ExportValidators,
  now: Date,
  schemaUrl: string = EXPORT_SCHEMA_PATH,
): { file: ExportFile; skipped: number } {
  const { items, skipped } = itemsToEntries(readStoredItems(storage), validators);
  return {
    file: { $schema: schemaUrl, format: EXPORT_FORMAT, version: CURRENT_LAYOUT, exportedAt: now.toISOString(), items },
    skipped,
  };
}

/** The items an export file holds, by key and stored text (entries whose kind or parameters are unknown are left out). */
export function entriesToItems(items: Readonly<Record<string, readonly ExportEntry[]>>): StoredItems {
  const stored: StoredItems = new Map();
  for (const kind of STORED_KINDS) {
    for (const entry of Object.hasOwn(items, kind.name) ? (items[kind.name] ?? []) : []) {
      const params: Record<string, string> = {};
      for (const param of kind.params) params[param.name] = String(entry[param.name]);
      stored.set(keyOf(kind, params), storedText(kind, entry.value));
    }
  }
  return stored;
}

/** The file's name: the course and the date, `system-design-progress-2026-12-06.json`. */
export function exportFileName(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `system-design-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
