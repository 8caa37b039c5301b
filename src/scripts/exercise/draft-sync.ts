/**
 * Saves the candidate's text as they type, per format, and settles what storage cannot do alone: a
 * newer draft from another tab (never overwritten silently) and a full storage (a visible warning,
 * with the text kept in the editor).
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import { readDraft, saveDraft, saveUndo, type DraftRecord, type SaveOutcome } from '../../exercise/draft-store.ts';
import type { KeyValueStorage } from '../../exercise/safe-storage.ts';
import { draftKey } from '../../exercise/storage-keys.ts';
import type { Notices } from './notices.ts';

const SAVE_DELAY_MS = 250;

/** What the sync needs from the page. */
export interface DraftSyncHost {
  storage: KeyValueStorage;
  exerciseId: string;
  notices: Notices;
  currentFormat(): AnswerFormat;
  currentText(): string;
  /** Puts another tab's text in the editor (this tab's text has been kept for undo). */
  replaceText(text: string): void;
  /** Told after every save attempt, so the page can show (and tests can wait for) where the text stands. */
  reportState(state: DraftState): void;
}

/** Where the editor's text stands: saved, waiting for the conflict to be settled, or not saved (storage). */
export type DraftState = 'saved' | 'held' | 'unsaved';

/** The draft saver of one page. */
export interface DraftSync {
  /** The saved draft of a format, noting its revision as seen. */
  load(format: AnswerFormat): DraftRecord | undefined;
  /** Schedules a save of the current text. */
  schedule(): void;
  /** Saves now (before leaving the page or switching format). */
  flush(): void;
}

/** Creates the saver and listens for other tabs' saves. */
export function createDraftSync(host: DraftSyncHost): DraftSync {
  const tabId = crypto.randomUUID();
  const seen: Record<AnswerFormat, number> = { json: 0, ts: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const offerConflict = (format: AnswerFormat, theirs: DraftRecord): void => {
    host.notices.show(
      'conflict',
      'This answer was changed in another tab after this tab last saved. Nothing has been overwritten: choose which version to keep.',
      [
        {
          label: "Use the other tab's version",
          run: () => {
            saveUndo(host.storage, host.exerciseId, format, host.currentText());
            seen[format] = theirs.revision;
            host.replaceText(theirs.text);
          },
        },
        { label: "Keep this tab's version", run: () => save(true) },
      ],
      'warning',
    );
  };

  const handle = (format: AnswerFormat, outcome: SaveOutcome): void => {
    if (outcome.kind === 'saved') {
      seen[format] = outcome.record.revision;
      host.notices.clear('storage');
      return;
    }
    if (outcome.kind === 'conflict') {
      offerConflict(format, outcome.theirs);
      return;
    }
    const why =
      outcome.failure === 'quota'
        ? "Your browser's storage for this site is full"
        : 'Browser storage is not available on this page';
    host.notices.show(
      'storage',
      `${why}, so your latest changes are not being saved. They are still in the editor: copy them somewhere safe before you leave.`,
      [],
      'warning',
    );
  };

  function save(force = false): void {
    clearTimeout(timer);
    pending = false;
    if (!force && host.notices.has('conflict')) {
      host.reportState('held');
      return;
    }
    const format = host.currentFormat();
    const session = { tabId, baseRevision: seen[format] };
    const outcome = saveDraft(host.storage, host.exerciseId, format, host.currentText(), session, Date.now(), force);
    handle(format, outcome);
    host.reportState(outcome.kind === 'saved' ? 'saved' : outcome.kind === 'conflict' ? 'held' : 'unsaved');
  }

  window.addEventListener('storage', (event) => {
    const format = host.currentFormat();
    if (event.key !== draftKey(host.exerciseId, format) || event.newValue === null) return;
    const theirs = readDraft(host.storage, host.exerciseId, format);
    if (!theirs || theirs.tabId === tabId || theirs.revision <= seen[format]) return;
    if (theirs.text === host.currentText()) {
      seen[format] = theirs.revision;
      return;
    }
    offerConflict(format, theirs);
  });
  // Leaving the page saves at once, so a reload right after typing loses nothing.
  window.addEventListener('pagehide', () => {
    if (pending) save();
  });

  return {
    load(format) {
      const draft = readDraft(host.storage, host.exerciseId, format);
      seen[format] = Math.max(seen[format], draft?.revision ?? 0);
      return draft;
    },
    schedule() {
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(() => save(), SAVE_DELAY_MS);
    },
    flush() {
      if (pending) save();
    },
  };
}
