/**
 * The browser-storage keys of the courseware, in one place: the exercise page writes them, the
 * exercise list and progress views read them. Versioned so a future change of shape can migrate.
 */
import type { AnswerFormat } from '../../graders/index.ts';

/** Every key of the courseware starts with it; the layout under it is versioned by {@link layoutKey}. */
export const STORAGE_PREFIX = 'courseware:v1';
const PREFIX = STORAGE_PREFIX;

/** The version of the storage layout under the prefix (src/storage/layout/migrations.ts). */
export function layoutKey(): string {
  return `${PREFIX}:layout`;
}

/** An item that could not be read or migrated, kept aside under its old key (after the prefix). */
export function keptAsideKey(oldKey: string): string {
  return `${PREFIX}:unreadable:${oldKey.startsWith(`${PREFIX}:`) ? oldKey.slice(PREFIX.length + 1) : oldKey}`;
}

/**
 * The first kept-aside key for `oldKey` that is free (or already holds `raw`): `unreadable:<key>`, then `…:2`, `…:3`.
 * A second damaged copy of the same item never replaces the first. `read` says what a key holds now.
 */
export function freeKeptAsideKey(oldKey: string, raw: string, read: (key: string) => string | undefined): string {
  let aside = keptAsideKey(oldKey);
  for (let copy = 2; read(aside) !== undefined && read(aside) !== raw; copy += 1)
    aside = `${keptAsideKey(oldKey)}:${copy}`;
  return aside;
}

/** The draft of one exercise in one format. */
export function draftKey(exerciseId: string, format: AnswerFormat): string {
  return `${PREFIX}:draft:${exerciseId}:${format}`;
}

/** The text an action replaced (reset, format conversion, loading another tab's draft), for undo. */
export function undoKey(exerciseId: string, format: AnswerFormat): string {
  return `${PREFIX}:undo:${exerciseId}:${format}`;
}

/** A stored draft that could not be read, kept as it was found so nothing the candidate typed is thrown away. */
export function unreadableDraftKey(exerciseId: string, format: AnswerFormat): string {
  return `${PREFIX}:unreadable-draft:${exerciseId}:${format}`;
}

/** The graded attempts of one exercise, oldest first. */
export function attemptsKey(exerciseId: string): string {
  return `${PREFIX}:attempts:${exerciseId}`;
}

/** A stored attempt list that could not be read, kept as it was found before a new attempt replaces it. */
export function unreadableAttemptsKey(exerciseId: string): string {
  return `${PREFIX}:unreadable-attempts:${exerciseId}`;
}

/** The format the candidate last used on an exercise. */
export function formatKey(exerciseId: string): string {
  return `${PREFIX}:format:${exerciseId}`;
}

/** How the candidate last wrote an exercise's answer: `form` (the answer form) or `text` (JSON or TypeScript). */
export function viewKey(exerciseId: string): string {
  return `${PREFIX}:view:${exerciseId}`;
}

/** Whether the candidate has chosen to see the model answer of an exercise. */
export function revealedKey(exerciseId: string): string {
  return `${PREFIX}:revealed:${exerciseId}`;
}

/** The timed mock interview running on an exercise, if any (so a reload keeps the clock). */
export function mockKey(exerciseId: string): string {
  return `${PREFIX}:mock:${exerciseId}`;
}

/** Every mock interview sat, across exercises, oldest first (the /mock/ page and the reviews read it). */
export function mockHistoryKey(): string {
  return `${PREFIX}:mocks`;
}

/** The lessons the candidate has read: lesson id (`<chapter>/<lesson>`) → when, in ms since the epoch. */
export function lessonsReadKey(): string {
  return `${PREFIX}:lessons-read`;
}
