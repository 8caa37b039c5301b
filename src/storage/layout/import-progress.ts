/**
 * Imports an export file's text into storage: read and checked first (read-import.ts), merged only when the whole
 * file passed (merge-items.ts). A refused file changes nothing.
 */
import type { KeyValueStorage } from '../safe-storage.ts';
import type { ExportValidators } from './export-validators.ts';
import { mergeItems, type MergeSummary } from './merge-items.ts';
import { readImport, type ImportProblem } from './read-import.ts';

/** Refused with its problems, or merged (or failed to store, and then rolled back). */
export type ImportOutcome =
  | { kind: 'refused'; problems: ImportProblem[]; more: number }
  | { kind: 'merged'; version: number; summary: MergeSummary };

/** Reads `text` and merges it into `storage` when it is a valid export. */
export function importProgress(storage: KeyValueStorage, text: string, validators: ExportValidators): ImportOutcome {
  const reading = readImport(text, validators);
  if (!reading.ok) return { kind: 'refused', problems: reading.problems, more: reading.more };
  return { kind: 'merged', version: reading.version, summary: mergeItems(storage, reading.items, validators) };
}
