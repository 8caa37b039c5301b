/**
 * The candidate's answer text, per format: which format is shown, which editor holds the text, its draft saved
 * as it changes, and the replacing actions (reset, format switch, loading an attempt) each keeping an Undo copy.
 *
 * The answer can also be written in a form (answer-form.ts), the default on a phone: the form is one more editor of
 * the same text, in the format chosen last, so the draft, the grading and the Undo copies are the ones of that format.
 * A text the form cannot read is never replaced: the candidate is told, and stays in the text.
 */
import { readAnswer, type AnswerFormat } from '../../../graders/index.ts';
import { convertAnswer } from '../convert-format.ts';
import { FORMAT_NAMES } from '../format-names.ts';
import type { ExercisePageData } from '../../exercise-pages/page-data.ts';
import { readJson, writeJson, type KeyValueStorage } from '../../storage/safe-storage.ts';
import { formatKey, viewKey } from '../../storage/storage-keys.ts';
import { createUndoKeeper } from '../../storage/undo-keeper.ts';
import { createTextareaEditor, type AnswerEditor } from './answer-editor.ts';
import type { CurveballView } from '../../mock/page/curveball-view.ts';
import { isSmallTouchScreen } from '../../exercise-pages/page/device.ts';
import { createDraftSync } from '../../storage/page/draft-sync.ts';
import { requireElement } from '../../exercise-pages/page/find-element.ts';
import type { Notices } from '../../exercise-pages/page/notices.ts';

/** What the answer text needs from the page. */
export interface AnswerTextHost {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  data: ExercisePageData;
  storage: KeyValueStorage;
  persistent: boolean;
  notices: Notices;
  /** The answer's view now: its starter and schema, without a mock's curveball until it is revealed. */
  view: CurveballView;
  /** Told after every change of the text, whoever made it (the candidate, a reset, a switch). */
  onChange(text: string, format: AnswerFormat): void;
}

/** The answer as the rest of the page sees it. */
export interface AnswerText {
  format(): AnswerFormat;
  text(): string;
  /** The editor holding the text now: the text area, then Monaco once it has taken over; the form while it is shown. */
  editor(): AnswerEditor;
  /** Hands the text over to another text editor (Monaco), which must call `changed()` on every edit. */
  useEditor(next: AnswerEditor): void;
  /** Saves and reports the current text; the editor calls it on every edit. */
  changed(): void;
  /** Puts a stored attempt's answer in the editor (switching format if needed), keeping what it replaces for Undo. */
  loadAttempt(format: AnswerFormat, text: string): void;
}

/** Restores the draft into the text area and wires the format radios, Undo and Reset. */
export function createAnswerText(host: AnswerTextHost): AnswerText {
  const { root, textarea, data, storage, notices } = host;
  const shown = host.view;
  const find = <T extends Element>(selector: string): T => requireElement<T>(root, selector, 'exercise page');
  const storedFormat = readJson(storage, formatKey(data.id));
  let format: AnswerFormat = data.formats.find((candidate) => candidate === storedFormat) ?? data.formats[0] ?? 'json';
  // The editor of the text (the text area, then Monaco), and the one in use: that one or the form.
  let textEditor: AnswerEditor = createTextareaEditor(textarea);
  let editor: AnswerEditor = textEditor;
  let view: 'text' | 'form' = 'text';
  const formBox = find<HTMLElement>('[data-answer-form]');
  const formTitle = find<HTMLElement>('[data-answer-form-title]');

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
    root.dataset['view'] = view;
    formBox.hidden = view !== 'form';
    label.textContent = `Answer (${FORMAT_NAMES[format]})`;
    formTitle.textContent = `Answer (form, written as ${FORMAT_NAMES[format]})`;
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="answer-format"]')) {
      radio.checked = radio.value === (view === 'form' ? 'form' : format);
    }
    // Undo is kept per format: offer it only where this format has something to bring back.
    undoButton.hidden = undo.read(format) === undefined;
  };
  const textFor = (target: AnswerFormat): string => sync.load(target, shown.starter(target));
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
    editor.setValue(shown.starter(format));
    offerUndo('reset');
  });

  /** Replaces the draft of `target` (the format shown) with `text`, keeping the old one for Undo. */
  const replaceWith = (text: string, target: AnswerFormat): void => {
    if (format !== target) return;
    undo.keep(target, editor.getValue());
    offerUndo(`(bring back your earlier ${FORMAT_NAMES[target]} draft)`);
    editor.setValue(text);
    notices.clear('conversion');
    sync.flush();
  };

  /** Switches format, converting the answer; `convert: false` reopens the target's own draft as it was. */
  const switchFormat = (target: AnswerFormat, convert = true): void => {
    if (target === format) return;
    sync.flush();
    const from = format;
    const converted = convert
      ? convertAnswer(editor.getValue(), from, target)
      : ({ ok: false, message: '', line: 0, column: 0 } as const);
    useFormat(target);
    const previous = textFor(target);
    // Never write over a draft that cannot be read: it is the candidate's unfinished text, not a value to convert over.
    const unreadable =
      converted.ok && previous.trim() !== shown.starter(target).trim() && !readAnswer(previous, target).ok;
    if (converted.ok && unreadable) {
      editor.setValue(previous);
      notices.show(
        'conversion',
        `Your ${FORMAT_NAMES[target]} draft cannot be read yet, so it is shown as you left it rather than replaced by your ${FORMAT_NAMES[from]} answer.`,
        [{ label: `Replace it with the ${FORMAT_NAMES[from]} answer`, run: () => replaceWith(converted.text, target) }],
        'warning',
      );
    } else if (converted.ok) {
      if (previous !== converted.text && previous.trim() !== shown.starter(target).trim()) {
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

  /** Back from the form to the text, which takes the form's answer (unchanged if the form changed nothing). */
  // Each choice of view counts: a form still loading when the candidate picks a text format is not shown after all.
  let viewChoice = 0;
  const leaveForm = (): void => {
    viewChoice += 1;
    if (view !== 'form') return;
    const text = editor.getValue();
    view = 'text';
    editor = textEditor;
    writeJson(storage, viewKey(data.id), 'text');
    if (textEditor.getValue() !== text) textEditor.setValue(text);
    showFormat();
  };

  /** Shows the answer as a form, if it can be read; an unreadable text stays as it is, and the candidate is told. */
  const enterForm = async (): Promise<void> => {
    if (view === 'form') return;
    viewChoice += 1;
    const choice = viewChoice;
    const { createAnswerForm, readForForm } = await import('../../answer-fields/page/answer-form.ts');
    if (choice !== viewChoice) return;
    const text = editor.getValue();
    if (!readForForm(text, format).ok) {
      // The converter reads the text as the form does, and says where it stops.
      const problem = convertAnswer(text, format, format === 'json' ? 'ts' : 'json');
      const where = problem.ok ? '' : ` (line ${problem.line}, column ${problem.column}: ${problem.message})`;
      notices.show(
        'conversion',
        `Your ${FORMAT_NAMES[format]} answer could not be read${where}, so the form cannot show it. Nothing was changed: fix it in ${FORMAT_NAMES[format]}, then choose Form again.`,
        [],
        'warning',
      );
      showFormat();
      return;
    }
    sync.flush();
    editor = createAnswerForm({
      container: find<HTMLElement>('[data-answer-form-fields]'),
      answerSchema: shown.answerSchema(),
      vocabularySchema: data.vocabularySchema,
      format,
      text,
      onChange: () => changed(),
      onUnreadable: (unreadable) => {
        leaveForm();
        textEditor.setValue(unreadable);
      },
      onRevealText: (line, column) => {
        leaveForm();
        textEditor.revealPosition(line, column);
      },
    });
    view = 'form';
    writeJson(storage, viewKey(data.id), 'form');
    notices.clear('conversion');
    showFormat();
  };
  // Ctrl+Enter grades from the form as from the editors.
  formBox.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    find<HTMLButtonElement>('[data-grade]').click();
  });

  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="answer-format"]')) {
    radio.addEventListener('change', () => {
      if (radio.value === 'form') {
        void enterForm();
        return;
      }
      leaveForm();
      switchFormat(radio.value === 'ts' ? 'ts' : 'json');
    });
  }
  // A mock hides its curveball, or reveals it: the editors describe the answer anew, and a starter nobody has
  // touched becomes the other view's starter. A text the candidate wrote is never changed: a field the curveball adds
  // is offered (by the form, the suggestions), not written in. Ending a mock changes no text: it was handed in as is.
  shown.onChange((state) => {
    const schema = shown.answerSchema();
    textEditor.setAnswerSchema?.(schema);
    if (editor !== textEditor) editor.setAnswerSchema?.(schema);
    const untouched = editor.getValue().trim() === shown.otherStarter(format).trim();
    if (state === 'no-mock' || !untouched) return;
    // The text area before the candidate reached it: no focus taken, and nothing to undo (it was the starter).
    if (editor.kind === 'textarea') textarea.value = shown.starter(format);
    else editor.setValue(shown.starter(format));
    changed();
  });

  // The form is the default on a phone, until the candidate chooses otherwise.
  const storedView = readJson(storage, viewKey(data.id));
  if (storedView === 'form' || (storedView === undefined && isSmallTouchScreen())) void enterForm();

  return {
    format: () => format,
    text: () => editor.getValue(),
    editor: () => editor,
    useEditor: (next) => {
      if (editor === textEditor) editor = next;
      textEditor = next;
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
