/**
 * The candidate's answer text, per format: which format is shown, which editor holds the text, its draft saved
 * as it changes, and the replacing actions (reset, format switch, loading an attempt) each keeping an Undo copy.
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import { convertAnswer } from '../../exercise/formats/convert-format.ts';
import { FORMAT_NAMES } from '../../exercise/formats/format-names.ts';
import type { ExercisePageData } from '../../exercise/page-data/page-data.ts';
import { readJson, writeJson, type KeyValueStorage } from '../../exercise/storage/safe-storage.ts';
import { formatKey } from '../../exercise/storage/storage-keys.ts';
import { createUndoKeeper } from '../../exercise/storage/undo-keeper.ts';
import { createTextareaEditor, type AnswerEditor } from './answer-editor.ts';
import { createDraftSync } from './draft-sync.ts';
import { requireElement } from './find-element.ts';
import type { Notices } from './notices.ts';

/** What the answer text needs from the page. */
export interface AnswerTextHost {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  data: ExercisePageData;
  storage: KeyValueStorage;
  persistent: boolean;
  notices: Notices;
  /** Told after every change of the text, whoever made it (the candidate, a reset, a switch). */
  onChange(text: string, format: AnswerFormat): void;
}

/** The answer as the rest of the page sees it. */
export interface AnswerText {
  format(): AnswerFormat;
  text(): string;
  /** The editor holding the text now: the text area, then Monaco once it has taken over. */
  editor(): AnswerEditor;
  /** Hands the text over to another editor, which must call `changed()` on every edit. */
  useEditor(next: AnswerEditor): void;
  /** Saves and reports the current text; the editor calls it on every edit. */
  changed(): void;
  /** Puts a stored attempt's answer in the editor (switching format if needed), keeping what it replaces for Undo. */
  loadAttempt(format: AnswerFormat, text: string): void;
}

/** Restores the draft into the text area and wires the format radios, Undo and Reset. */
export function createAnswerText(host: AnswerTextHost): AnswerText {
  const { root, textarea, data, storage, notices } = host;
  const find = <T extends Element>(selector: string): T => requireElement<T>(root, selector, 'exercise page');
  const storedFormat = readJson(storage, formatKey(data.id));
  let format: AnswerFormat = data.formats.find((candidate) => candidate === storedFormat) ?? data.formats[0] ?? 'json';
  let editor: AnswerEditor = createTextareaEditor(textarea);

  const label = find<HTMLElement>('[data-editor-label]');
  const undoButton = find<HTMLButtonElement>('[data-undo]');
  const undo = createUndoKeeper(storage, data.id);
  const offerUndo = (what: string): void => {
    undoButton.hidden = false;
    undoButton.textContent = `Undo ${what}`;
  };
  const sync = createDraftSync({
    storage,
    persistent: host.persistent,
    exerciseId: data.id,
    notices,
    currentFormat: () => format,
    currentText: () => editor.getValue(),
    replaceText: (text) => editor.setValue(text),
    keepUndo: (target, text, what) => {
      undo.keep(target, text);
      if (target === format) offerUndo(what);
    },
    reportState: (state) => {
      root.dataset['draft'] = state;
    },
  });
  const showFormat = (): void => {
    root.dataset['format'] = format;
    label.textContent = `Answer (${FORMAT_NAMES[format]})`;
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="answer-format"]')) {
      radio.checked = radio.value === format;
    }
    // Undo is kept per format: offer it only where this format has something to bring back.
    undoButton.hidden = undo.read(format) === undefined;
  };
  const textFor = (target: AnswerFormat): string => sync.load(target, data.starter[target]);
  const useFormat = (target: AnswerFormat): void => {
    format = target;
    writeJson(storage, formatKey(data.id), target);
    editor.setFormat(target);
  };

  const serverText = textarea.value;
  const restored = textFor(format);
  // If the candidate started typing before this script ran, their keystrokes win.
  if (textarea.value === serverText && restored !== serverText) textarea.value = restored;
  showFormat();

  const changed = (): void => {
    sync.schedule();
    host.onChange(editor.getValue(), format);
  };
  textarea.addEventListener('input', changed);

  undoButton.addEventListener('click', () => {
    const text = undo.read(format);
    if (text === undefined) return;
    // The editor's own undo (Ctrl+Z) can bring back what this replaces.
    editor.setValue(text);
    undo.clear(format);
    undoButton.hidden = true;
    editor.focus();
  });
  if (undo.read(format) !== undefined) offerUndo('the last replacement');

  find<HTMLButtonElement>('[data-reset]').addEventListener('click', () => {
    undo.keep(format, editor.getValue());
    editor.setValue(data.starter[format]);
    offerUndo('reset');
  });

  /** Switches format, converting the answer; `convert: false` reopens the target's own draft as it was. */
  const switchFormat = (target: AnswerFormat, convert = true): void => {
    if (target === format) return;
    sync.flush();
    const from = format;
    const converted = convert
      ? convertAnswer(editor.getValue(), from, target)
      : ({ ok: false, message: '', line: 0, column: 0 } as const);
    useFormat(target);
    if (converted.ok) {
      const previous = textFor(target);
      if (previous !== converted.text && previous.trim() !== data.starter[target].trim()) {
        undo.keep(target, previous);
        offerUndo(`(bring back your earlier ${FORMAT_NAMES[target]} draft)`);
      }
      editor.setValue(converted.text);
      notices.clear('conversion');
    } else if (!convert) {
      editor.setValue(textFor(target));
      notices.clear('conversion');
    } else {
      editor.setValue(textFor(target));
      // Say where the text is truly kept: saved, or only in this tab's memory when storage refused it.
      const kept = sync.isSaved(from)
        ? `It is saved as your ${FORMAT_NAMES[from]} draft`
        : `It is kept as your ${FORMAT_NAMES[from]} draft in this tab only (it could not be saved)`;
      notices.show(
        'conversion',
        `Your ${FORMAT_NAMES[from]} answer could not be converted (line ${converted.line}, column ${converted.column}: ${converted.message}). ${kept}; this is your ${FORMAT_NAMES[target]} draft.`,
        [{ label: `Back to ${FORMAT_NAMES[from]}`, run: () => switchFormat(from, false) }],
        'warning',
      );
    }
    showFormat();
    sync.flush();
  };
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="answer-format"]')) {
    radio.addEventListener('change', () => switchFormat(radio.value === 'ts' ? 'ts' : 'json'));
  }

  return {
    format: () => format,
    text: () => editor.getValue(),
    editor: () => editor,
    useEditor: (next) => {
      editor = next;
    },
    changed,
    loadAttempt(attemptFormat, text) {
      if (attemptFormat === format) {
        undo.keep(format, editor.getValue());
      } else {
        // The current text stays as its own format's draft; what the attempt replaces is the other format's draft.
        sync.flush();
        undo.keep(attemptFormat, textFor(attemptFormat));
        useFormat(attemptFormat);
      }
      editor.setValue(text);
      showFormat();
      offerUndo('loading that attempt');
    },
  };
}
