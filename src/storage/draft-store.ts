/**
 * Drafts of an exercise answer, per exercise and format, in browser storage. Each save records which
 * tab wrote it and a revision number, so a tab never silently overwrites what another tab saved
 * after it last looked: that is reported as a conflict for the candidate to settle.
 */
import type { AnswerFormat } from '../../graders/index.ts';
import {
  readJson,
  readRaw,
  removeEntry,
  writeJson,
  writeText,
  type KeyValueStorage,
  type WriteFailure,
} from './safe-storage.ts';
import { draftKey, undoKey, unreadableDraftKey } from './storage-keys.ts';

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

/** The saved draft, or `undefined` when there is none (or it is unreadable: see {@link readDraftEntry}). */
export function readDraft(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat): DraftRecord | undefined {
  const value = readJson(storage, draftKey(exerciseId, format));
  return isDraftRecord(value) ? value : undefined;
}

/** What is stored as a draft: nothing, a draft, or an entry that is not a draft, with any text recovered from it. */
export type DraftEntry =
  { kind: 'missing' } | { kind: 'found'; record: DraftRecord } | { kind: 'unreadable'; raw: string; salvaged?: string };

/** Reads the stored draft and, when it is damaged (corrupt JSON, wrong field types), what can be recovered from it. */
export function readDraftEntry(storage: KeyValueStorage, exerciseId: string, format: AnswerFormat): DraftEntry {
  const raw = readRaw(storage, draftKey(exerciseId, format));
  if (raw === undefined) return { kind: 'missing' };
  const salvaged = salvageDraftText(raw);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return salvaged === undefined ? { kind: 'unreadable', raw } : { kind: 'unreadable', raw, salvaged };
  }
  if (isDraftRecord(value)) return { kind: 'found', record: value };
  return salvaged === undefined ? { kind: 'unreadable', raw } : { kind: 'unreadable', raw, salvaged };
}

/**
 * The answer text inside a damaged draft entry: its `text` field when the JSON parses, or else the string that
 * follows `"text":` up to its closing quote or the end of the entry (a truncated write). `undefined` when there is
 * no such text. One pass over the entry, so a huge entry costs linear time.
 */
export function salvageDraftText(raw: string): string | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null) {
      const text = (value as Record<string, unknown>)['text'];
      return typeof text === 'string' ? text : undefined;
    }
    return undefined;
  } catch {
    // Not JSON: look for the text field by hand below.
  }
  const field = raw.indexOf('"text"');
  if (field < 0) return undefined;
  let start = field + '"text"'.length;
  while (start < raw.length && ' :\n\r\t'.includes(raw[start] ?? '')) start += 1;
  if (raw[start] !== '"') return undefined;
  let end = start + 1;
  while (end < raw.length && raw[end] !== '"') end += raw[end] === '\\' ? 2 : 1;
  // A truncated entry can end inside an escape (`\`, `\u12`): drop the unfinished escape.
  let body = raw.slice(start + 1, Math.min(end, raw.length));
  for (let attempt = 0; attempt < 6; attempt += 1) {
    try {
      return JSON.parse(`"${body}"`) as string;
    } catch {
      if (body.length === 0) return undefined;
      body = body.slice(0, -1);
    }
  }
  return undefined;
}

/** Keeps a damaged draft entry as it was found, under its own key, before a save replaces it; false if it failed. */
export function keepUnreadableDraft(
  storage: KeyValueStorage,
  exerciseId: string,
  format: AnswerFormat,
  raw: string,
): boolean {
  const key = unreadableDraftKey(exerciseId, format);
  return readRaw(storage, key) === raw || writeText(storage, key, raw).ok;
}

/** What a tab does when another tab saved a newer draft of the format it shows. */
export type OtherTabSave = 'ignore' | 'seen' | 'adopt' | 'conflict';

/**
 * Judges another tab's save: nothing to do when this tab wrote it or has seen it; only note its revision when this
 * tab already shows its text ('seen'); take it
 * without asking when this tab has no edits of its own since it last saved or loaded (`currentText === baseText`);
 * otherwise both tabs changed the answer, and the candidate chooses.
 */
export function judgeOtherTabSave(
  theirs: DraftRecord,
  tab: DraftSession & { currentText: string; baseText: string },
): OtherTabSave {
  if (theirs.tabId === tab.tabId || theirs.revision <= tab.baseRevision) return 'ignore';
  if (theirs.text === tab.currentText) return 'seen';
  return tab.currentText === tab.baseText ? 'adopt' : 'conflict';
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
