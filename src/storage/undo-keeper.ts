/**
 * The text an action replaced, per format, for the Undo button. Kept in this tab's memory as well as in storage,
 * so an undo copy exists even when storage is full or disabled (it then lasts until the tab closes).
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { clearUndo, readUndo, saveUndo } from './draft-store.ts';
import type { KeyValueStorage } from './safe-storage.ts';

/** Undo copies of one exercise. */
export interface UndoKeeper {
  /** Keeps `text` as the undo copy of `format`; false when it is kept in memory only (storage refused it). */
  keep(format: AnswerFormat, text: string): boolean;
  /** The undo copy of `format`: this tab's own, else the stored one. */
  read(format: AnswerFormat): string | undefined;
  /** Forgets the undo copy once it has been used. */
  clear(format: AnswerFormat): void;
}

/** Creates the undo copies of `exerciseId`. */
export function createUndoKeeper(storage: KeyValueStorage, exerciseId: string): UndoKeeper {
  const inMemory = new Map<AnswerFormat, string>();
  return {
    keep(format, text) {
      inMemory.set(format, text);
      return saveUndo(storage, exerciseId, format, text);
    },
    read: (format) => inMemory.get(format) ?? readUndo(storage, exerciseId, format),
    clear(format) {
      inMemory.delete(format);
      clearUndo(storage, exerciseId, format);
    },
  };
}
