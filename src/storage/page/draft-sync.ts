/**
 * Saves the candidate's text as they type, per format, and settles what storage cannot do alone: another tab's
 * newer draft (taken as it is when this tab has no edits of its own, otherwise never overwritten silently), a full
 * or disabled storage (a warning that stays while nothing persists, with the unsaved text of each format kept in
 * this tab's memory), and a damaged stored draft (its text recovered, the entry kept, the candidate told).
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import {
  judgeOtherTabSave,
  keepUnreadableDraft,
  readDraft,
  readDraftEntry,
  saveDraft,
  type DraftRecord,
  type SaveOutcome,
} from '../draft-store.ts';
import { FORMAT_NAMES } from '../../editor/format-names.ts';
import type { KeyValueStorage } from '../safe-storage.ts';
import { draftKey } from '../storage-keys.ts';
import type { Notices } from '../../exercise-pages/page/notices.ts';

const SAVE_DELAY_MS = 250;

/** What the sync needs from the page. */
export interface DraftSyncHost {
  storage: KeyValueStorage;
  /** False when storage is a stand-in in memory (the browser refuses storage): nothing outlives the tab. */
  persistent: boolean;
  exerciseId: string;
  notices: Notices;
  currentFormat(): AnswerFormat;
  currentText(): string;
  /** Puts another text in the editor of the current format. */
  replaceText(text: string): void;
  /** Keeps `text`, about to be replaced or overwritten, as the undo copy of `format` and offers the undo. */
  keepUndo(format: AnswerFormat, text: string, what: string): void;
  /** Told after every save attempt, so the page can show (and tests can wait for) where the text stands. */
  reportState(state: DraftState): void;
}

/** Where the editor's text stands: saved, waiting for the conflict to be settled, or not saved (storage). */
export type DraftState = 'saved' | 'held' | 'unsaved';

/** The draft saver of one page. */
export interface DraftSync {
  /**
   * The text to show for a format: this tab's unsaved text of it, else its saved draft, else the text recovered
   * from a damaged draft, else `fallback`. Notes the saved revision as seen.
   */
  load(format: AnswerFormat, fallback: string): string;
  /** Schedules a save of the current text. */
  schedule(): void;
  /** Saves now (before leaving the page or switching format). */
  flush(): void;
  /** Whether the last text of `format` is in storage that outlives this tab. */
  isSaved(format: AnswerFormat): boolean;
}

/** Creates the saver and listens for other tabs' saves. */
export function createDraftSync(host: DraftSyncHost): DraftSync {
  const tabId = crypto.randomUUID();
  const seen: Record<AnswerFormat, number> = { json: 0, ts: 0 };
  // The text of each format as last saved or loaded: the editor differing from it means this tab has edits.
  const baseText: Partial<Record<AnswerFormat, string>> = {};
  // Text this tab could not save (storage full or disabled, or held by a conflict), so a format switch keeps it.
  const unsaved = new Map<AnswerFormat, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const offerConflict = (format: AnswerFormat, theirs: DraftRecord): void => {
    host.notices.show(
      'conflict',
      'This answer was changed in another tab while this tab had changes of its own. Nothing has been overwritten: choose which version to keep. Either way, the other version can be brought back with Undo.',
      [
        {
          label: "Use the other tab's version",
          run: () => {
            host.keepUndo(format, host.currentText(), "(bring back this tab's version)");
            seen[format] = theirs.revision;
            baseText[format] = theirs.text;
            unsaved.delete(format);
            host.replaceText(theirs.text);
          },
        },
        {
          label: "Keep this tab's version",
          run: () => {
            // What is overwritten is the newest stored draft, which may be newer still than the one first offered.
            const overwritten = readDraft(host.storage, host.exerciseId, format) ?? theirs;
            host.keepUndo(format, overwritten.text, "(bring back the other tab's version)");
            save(true);
          },
        },
      ],
      'warning',
    );
  };

  const showStorageWarning = (failure: 'quota' | 'unavailable'): void => {
    const why =
      failure === 'quota'
        ? "Your browser's storage for this site is full"
        : 'Browser storage is not available on this page';
    host.notices.show(
      'storage',
      `${why}, so your latest changes are not being saved. They are kept in this tab, also when you switch format, until you close it: copy them somewhere safe before you leave.`,
      [],
      'warning',
    );
  };

  const handle = (format: AnswerFormat, text: string, outcome: SaveOutcome): void => {
    if (outcome.kind === 'saved') {
      seen[format] = outcome.record.revision;
      baseText[format] = text;
      unsaved.delete(format);
      // The warning stays while any format's text is unsaved, and always when storage is a memory stand-in.
      if (host.persistent && unsaved.size === 0) host.notices.clear('storage');
      return;
    }
    unsaved.set(format, text);
    if (outcome.kind === 'conflict') offerConflict(format, outcome.theirs);
    else showStorageWarning(outcome.failure);
  };

  function save(force = false): void {
    clearTimeout(timer);
    pending = false;
    const format = host.currentFormat();
    const text = host.currentText();
    if (!force && host.notices.has('conflict')) {
      unsaved.set(format, text);
      host.reportState('held');
      return;
    }
    const session = { tabId, baseRevision: seen[format] };
    const outcome = saveDraft(host.storage, host.exerciseId, format, text, session, Date.now(), force);
    handle(format, text, outcome);
    host.reportState(
      outcome.kind === 'conflict' ? 'held' : outcome.kind === 'saved' && host.persistent ? 'saved' : 'unsaved',
    );
  }

  const showDamagedNotice = (format: AnswerFormat, raw: string, message: string): void => {
    const name = FORMAT_NAMES[format];
    host.notices.show(
      `damaged-${format}`,
      message,
      [
        {
          label: 'Show the damaged entry in the editor',
          run: () => {
            if (host.currentFormat() !== format) {
              showDamagedNotice(
                format,
                raw,
                `Switch to ${name} first: the damaged entry is your ${name} draft. ${message}`,
              );
              return;
            }
            host.keepUndo(format, host.currentText(), '(bring back the recovered text)');
            host.replaceText(raw);
          },
        },
      ],
      'warning',
    );
  };

  const reportDamagedDraft = (format: AnswerFormat, raw: string, salvaged: string | undefined): void => {
    const kept = keepUnreadableDraft(host.storage, host.exerciseId, format, raw);
    const name = FORMAT_NAMES[format];
    const what =
      salvaged === undefined
        ? `Your saved ${name} draft is damaged and no answer text could be recovered from it.`
        : `Your saved ${name} draft was damaged. The answer text in it was recovered: check it before you go on.`;
    const copy = kept
      ? ' The damaged entry is kept as it was found.'
      : ' The damaged entry could not be copied (storage is full), so it will be replaced when this draft is saved: look at it now if you need it.';
    showDamagedNotice(format, raw, `${what}${copy}`);
  };

  window.addEventListener('storage', (event) => {
    const format = host.currentFormat();
    if (event.key !== draftKey(host.exerciseId, format) || event.newValue === null) return;
    const theirs = readDraft(host.storage, host.exerciseId, format);
    if (!theirs) return;
    const currentText = host.currentText();
    const judgement = judgeOtherTabSave(theirs, {
      tabId,
      baseRevision: seen[format],
      currentText,
      baseText: baseText[format] ?? currentText,
    });
    if (judgement === 'ignore') return;
    if (judgement === 'conflict') {
      offerConflict(format, theirs);
      return;
    }
    seen[format] = theirs.revision;
    baseText[format] = theirs.text;
    if (judgement === 'adopt') {
      host.replaceText(theirs.text);
      // The text is the stored draft already: saving it again would only bounce a new revision between the tabs.
      clearTimeout(timer);
      pending = false;
      host.reportState(host.persistent ? 'saved' : 'unsaved');
    }
  });
  // Leaving the page saves at once, so a reload right after typing loses nothing.
  window.addEventListener('pagehide', () => {
    if (pending) save();
  });

  return {
    load(format, fallback) {
      const entry = readDraftEntry(host.storage, host.exerciseId, format);
      let stored = fallback;
      if (entry.kind === 'found') {
        seen[format] = Math.max(seen[format], entry.record.revision);
        stored = entry.record.text;
      } else if (entry.kind === 'unreadable') {
        reportDamagedDraft(format, entry.raw, entry.salvaged);
        stored = entry.salvaged ?? fallback;
      }
      const own = unsaved.get(format);
      if (own === undefined) baseText[format] = stored;
      return own ?? stored;
    },
    schedule() {
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(() => save(), SAVE_DELAY_MS);
    },
    flush() {
      if (pending) save();
    },
    isSaved: (format) => host.persistent && !unsaved.has(format),
  };
}
