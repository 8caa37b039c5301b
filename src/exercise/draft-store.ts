/**
 * Drafts of an exercise answer, per exercise and format, in browser storage. Each save records which
 * tab wrote it and a revision number, so a tab never silently overwrites what another tab saved
 * after it last looked: that is reported as a conflict for the candidate to settle.
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { readJson, removeEntry, writeJson, type KeyValueStorage, type WriteFailure } from './safe-storage.ts';
import { draftKey, undoKey } from './storage-keys.ts';

/** A saved draft. */
export interface DraftRecord {
  text: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  /** The tab that wrote it (random per page load). */
  tabId: string;
  /** Increases with every save, across tabs. */
  revision: number;
}

/** What this tab knows: who it is and the last revision it saved or loaded. */
export interface DraftSession {
  tabId: string;
  baseRevision: number;
}

/** The outcome of a save. */
export type SaveOutcome =
  | { kind: 'saved'; record: DraftRecord }
  | { kind: 'conflict'; theirs: DraftRecord }
  | { kind: 'failed'; failure: WriteFailure; message: string };

function isDraftRecord(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['text'] === 'string' &&
    typeof record['savedAt'] === 'number' &&
    typeof record['tabId'] === 'string' &&
    typeof record['revision'] === 'number'
  );
}

/** The saved draft, or `undefined` when there is none (or it is unreadable). */
export function readDraft(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat): DraftRecord | undefined {
  const value = readJson(storage, draftKey(exerciseId, format));
  return isDraftRecord(value) ? value : undefined;
}

/**
 * Saves `text` unless another tab has saved a newer revision since this tab's `baseRevision`; then
 * nothing is written and the other tab's draft comes back as a conflict. `force` overwrites anyway
 * (the candidate chose to keep this tab's version).
 */
export function saveDraft(
  storage: KeyValueStorage,
  exerciseId: string,
  format: AnswerFormat,
  text: string,
  session: DraftSession,
  now: number,
  force = false,
): SaveOutcome {
  const existing = readDraft(storage, exerciseId, format);
  if (!force && existing && existing.tabId !== session.tabId && existing.revision > session.baseRevision) {
    if (existing.text !== text) return { kind: 'conflict', theirs: existing };
  }
  const record: DraftRecord = {
    text,
    savedAt: now,
    tabId: session.tabId,
    revision: Math.max(existing?.revision ?? 0, session.baseRevision) + 1,
  };
  const written = writeJson(storage, draftKey(exerciseId, format), record);
  return written.ok
    ? { kind: 'saved', record }
    : { kind: 'failed', failure: written.failure, message: written.message };
}

/** Keeps the text an action is about to replace, so the candidate can undo it. */
export function saveUndo(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat, text: string): boolean {
  return writeJson(storage, undoKey(exerciseId, format), { text }).ok;
}

/** The text kept for undo, if any. */
export function readUndo(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat): string | undefined {
  const value = readJson(storage, undoKey(exerciseId, format));
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as Record<string, unknown>)['text'];
  return typeof text === 'string' ? text : undefined;
}

/** Forgets the undo text once it has been used. */
export function clearUndo(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat): void {
  removeEntry(storage, undoKey(exerciseId, format));
}
