/**
 * Monaco takes over from the text area once the candidate reaches the answer (load-when-wanted.ts) and Monaco has
 * loaded. Until then, and for good if it fails to load, the plain text area works with everything else on the page;
 * offline, a full editor that was never downloaded is named as such (offline-parts.ts).
 */
import type { ExercisePageData } from '../../exercise-pages/page-data.ts';
import { FORMAT_NAMES } from '../format-names.ts';
import { isOffline } from '../../offline/connectivity.ts';
import type { EditorProblem } from './answer-editor.ts';
import type { AnswerText } from './answer-text.ts';
import { isTouchScreen } from '../../exercise-pages/page/device.ts';
import { requireElement } from '../../exercise-pages/page/find-element.ts';
import { loadWhenWanted } from './load-when-wanted.ts';
import type { Notices } from '../../exercise-pages/page/notices.ts';
import { showOfflinePart } from '../../offline/page/offline-parts.ts';

/** What the takeover needs from the page. */
export interface TakeoverHost {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  data: ExercisePageData;
  answer: AnswerText;
  /** The answer schema the editor describes the answer with when it takes over (a mock may hide its curveball). */
  answerSchema: () => object;
  /** Where the page says that the full editor is missing offline. */
  notices: Notices;
  /** The last report's problems, marked in Monaco as soon as it takes over. */
  problems(): readonly EditorProblem[];
  grade(): void;
  /** Told once the editor is settled, Monaco or not (the drawing waits for it, so the two never load at once). */
  onSettled(): void;
}

/** Marks the page ready with the text area, and loads Monaco when the candidate reaches the answer. */
export function setUpEditorTakeover(host: TakeoverHost): void {
  const { root, textarea, data, answer } = host;
  const status = requireElement<HTMLElement>(root, '[data-editor-status]', 'exercise page');
  const editorHost = requireElement<HTMLElement>(root, '[data-monaco-host]', 'exercise page');
  const label = requireElement<HTMLElement>(root, '[data-editor-label]', 'exercise page');
  const loadMonaco = async (): Promise<void> => {
    status.textContent = 'Plain editor ready. Loading the full editor…';
    try {
      const { createMonacoEditor } = await import('./monaco-loader.ts');
      editorHost.hidden = false;
      const format = answer.format();
      const touch = isTouchScreen();
      const monacoEditor = createMonacoEditor({
        host: editorHost,
        value: textarea.value,
        selectionStart: textarea.selectionStart,
        selectionEnd: textarea.selectionEnd,
        selectionBackward: textarea.selectionDirection === 'backward',
        format,
        exerciseId: data.id,
        answerSchema: host.answerSchema(),
        vocabularySchema: data.vocabularySchema,
        // A touch screen has no Control key to tell of.
        label: `Answer (${FORMAT_NAMES[format]}).${touch ? '' : ' Press Control+Enter to grade.'}`,
        touch,
        onChange: answer.changed,
        onGrade: host.grade,
      });
      const hadFocus = document.activeElement === textarea;
      answer.useEditor(monacoEditor);
      textarea.hidden = true;
      label.removeAttribute('for');
      status.textContent = 'Full editor ready: suggestions, hover help and inline checks from the answer schema.';
      root.dataset['editor'] = 'monaco';
      monacoEditor.showProblems(host.problems());
      if (hadFocus) monacoEditor.focus();
    } catch (error) {
      editorHost.hidden = true;
      root.dataset['editor'] = 'textarea';
      if (await isOffline()) {
        status.textContent = 'You are offline and the full editor was not downloaded; the plain editor keeps working.';
        showOfflinePart(host.notices, 'editor');
      } else {
        status.textContent = `The full editor could not load (${error instanceof Error ? error.message : String(error)}); the plain editor keeps working.`;
      }
    } finally {
      host.onSettled();
    }
  };
  root.dataset['editor'] = 'textarea';
  root.dataset['ready'] = 'true';
  loadWhenWanted(
    root,
    textarea,
    () => void loadMonaco(),
    () => root.dataset['view'] !== 'form',
  );
}
