/**
 * The exercise page's script: restores the draft into the text area, keeps it saved, draws the answer,
 * grades it in the browser (in a Web Worker, with a time budget) with the engine the CLI uses, and hands
 * the text area over to Monaco once the candidate reaches the answer and Monaco has loaded. Nothing the
 * candidate types is executed.
 */
import type { AnswerFormat, GradeReport } from '../../../graders/index.ts';
import {
  readAttemptLog,
  readAttempts,
  recordAttempt,
  type AttemptRecord,
} from '../../exercise/storage/attempt-store.ts';
import { convertAnswer } from '../../exercise/formats/convert-format.ts';
import { FORMAT_NAMES } from '../../exercise/formats/format-names.ts';
import { createUndoKeeper } from '../../exercise/storage/undo-keeper.ts';
import type { ExercisePageData } from '../../exercise/page-data/page-data.ts';
import { readJson, writeJson, type KeyValueStorage } from '../../exercise/storage/safe-storage.ts';
import { formatKey, revealedKey } from '../../exercise/storage/storage-keys.ts';
import { createTextareaEditor, type AnswerEditor, type EditorProblem } from './answer-editor.ts';
import { createAnswerDiagramView, type AnswerDiagramView } from './answer-diagram-view.ts';
import { loadWhenWanted } from './load-when-wanted.ts';
import { renderAttempts } from './attempts-view.ts';
import { createDraftSync } from './draft-sync.ts';
import { createGradeRunner, type GradeOutcome } from './grade-runner.ts';
import { setUpHints } from './hints.ts';
import { setUpMock } from './mock-view.ts';
import { createNotices } from './notices.ts';
import { renderReport, summariseReport } from './report-view.ts';

/**
 * How long a grade may take before it is stopped. Grading takes milliseconds and the engine bounds its own work; the
 * budget is the page's guarantee that the tab never hangs. A `data-grade-budget-ms` attribute on the workspace
 * overrides it (the browser tests set a tiny one to see the message).
 */
const GRADE_BUDGET_MS = 10_000;

function describeDuration(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} seconds` : `${ms} ms`;
}

/** What the candidate is told when an answer could not be graded in the browser. */
function describeUngraded(outcome: Exclude<GradeOutcome, { kind: 'graded' }>): string {
  if (outcome.kind === 'over-budget')
    return `Grading was stopped after ${describeDuration(outcome.budgetMs)}: this answer takes too long to check, so it is far larger or more deeply nested than a design needs. Nothing was graded and your text is kept; shorten the answer and grade again.`;
  return `The answer could not be graded (${outcome.message}). Your text is kept; reload the page and grade again.`;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`exercise page: ${selector} is missing`);
  return found;
}

/** localStorage, or a memory store when the browser refuses it (the page still works, unsaved). */
function openStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const storage = window.localStorage;
    storage.getItem('courseware:probe');
    return { storage, persistent: true };
  } catch {
    const memory = new Map<string, string>();
    return {
      persistent: false,
      storage: {
        getItem: (key) => memory.get(key) ?? null,
        setItem: (key, value) => void memory.set(key, value),
        removeItem: (key) => void memory.delete(key),
      },
    };
  }
}

function start(): void {
  const dataScript = document.getElementById('exercise-data');
  const root = document.querySelector<HTMLElement>('[data-exercise-workspace]');
  if (!dataScript || !root) return;
  const data = JSON.parse(dataScript.textContent ?? '{}') as ExercisePageData;
  const textarea = required<HTMLTextAreaElement>(root, '[data-answer-text]');
  const prompt = required<HTMLElement>(document, '[data-exercise-prompt]');
  const notices = createNotices(required(root, '[data-notices]'));
  const { storage, persistent } = openStorage();
  if (!persistent) {
    notices.show(
      'storage',
      'This browser does not let the site store anything, so drafts and attempts will not be kept after you leave.',
      [],
      'warning',
    );
  }

  const storedFormat = readJson(storage, formatKey(data.id));
  let format: AnswerFormat = data.formats.find((candidate) => candidate === storedFormat) ?? data.formats[0] ?? 'json';
  let editor: AnswerEditor = createTextareaEditor(textarea);
  // The last report's problems, so Monaco can mark them when it takes over from the text area.
  let lastProblems: EditorProblem[] = [];

  let settleEditor: () => void = () => undefined;
  const editorSettled = new Promise<void>((resolve) => (settleEditor = resolve));
  // An exercise whose answers cannot be drawn has no drawing section, and then never loads mermaid.
  const canvas = root.querySelector<HTMLElement>('[data-answer-diagram]');
  const diagram: AnswerDiagramView = canvas
    ? createAnswerDiagramView(
        canvas,
        required(root, '[data-diagram-status]'),
        editorSettled,
        data.exercise.answerSchema,
      )
    : { update: () => undefined, mark: () => undefined };
  // --- the text, per format -------------------------------------------------------------
  const label = required<HTMLElement>(root, '[data-editor-label]');
  const undoButton = required<HTMLButtonElement>(root, '[data-undo]');
  const undo = createUndoKeeper(storage, data.id);
  const offerUndo = (what: string): void => {
    undoButton.hidden = false;
    undoButton.textContent = `Undo ${what}`;
  };
  const sync = createDraftSync({
    storage,
    persistent,
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

  const serverText = textarea.value;
  const restored = textFor(format);
  // If the candidate started typing before this script ran, their keystrokes win.
  if (textarea.value === serverText && restored !== serverText) textarea.value = restored;
  showFormat();

  const onAnswerChanged = (): void => {
    sync.schedule();
    diagram.update(editor.getValue(), format);
  };
  textarea.addEventListener('input', onAnswerChanged);
  diagram.update(editor.getValue(), format);

  // --- undo of replacing actions ---------------------------------------------------------
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

  required<HTMLButtonElement>(root, '[data-reset]').addEventListener('click', () => {
    undo.keep(format, editor.getValue());
    editor.setValue(data.starter[format]);
    offerUndo('reset');
  });

  // --- switching format ---------------------------------------------------------------------
  /** Switches format, converting the answer; `convert: false` reopens the target's own draft as it was. */
  const switchFormat = (target: AnswerFormat, convert = true): void => {
    if (target === format) return;
    sync.flush();
    const from = format;
    const converted = convert
      ? convertAnswer(editor.getValue(), from, target)
      : ({ ok: false, message: '', line: 0, column: 0 } as const);
    format = target;
    writeJson(storage, formatKey(data.id), target);
    editor.setFormat(target);
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

  // --- grading ----------------------------------------------------------------------------------
  const reportContainer = required<HTMLElement>(root, '[data-report]');
  const announcer = required<HTMLElement>(root, '[data-report-announcer]');
  const attemptList = required<HTMLOListElement>(root, '[data-attempts]');
  const attemptsEmpty = required<HTMLElement>(root, '[data-attempts-empty]');
  const loadAttempt = (attempt: AttemptRecord): void => {
    if (attempt.answer === undefined) return;
    if (attempt.format === format) {
      undo.keep(format, editor.getValue());
    } else {
      // The current text stays as its own format's draft; what the attempt replaces is the other format's draft.
      sync.flush();
      undo.keep(attempt.format, textFor(attempt.format));
      format = attempt.format;
      writeJson(storage, formatKey(data.id), format);
      editor.setFormat(format);
    }
    editor.setValue(attempt.answer);
    showFormat();
    offerUndo('loading that attempt');
  };
  const showAttempts = (): void =>
    renderAttempts(attemptList, attemptsEmpty, readAttemptLog(storage, data.id), loadAttempt);
  showAttempts();

  const mockRunning = (): boolean => root.querySelector<HTMLElement>('[data-mock]')?.dataset['mockState'] === 'running';
  // Grading runs in a worker with a time budget, so the editor never freezes (grade-runner.ts).
  const grader = createGradeRunner(data.exercise, () => Number(root.dataset['gradeBudgetMs']) || GRADE_BUDGET_MS);
  /** Grades the answer in the editor, shows and records the report; the report, or `undefined` if none. */
  const runGrade = async (mode?: 'mock'): Promise<GradeReport | undefined> => {
    // In a mock, as in an interview, there is no feedback until the end.
    if (mode !== 'mock' && mockRunning()) {
      notices.show('mock', 'Grading is off while the timed mock runs; use "Finish and grade now" to end it early.');
      return undefined;
    }
    notices.clear('mock');
    const text = editor.getValue();
    const gradedFormat = format;
    root.dataset['grading'] = 'true';
    const outcome = await grader.grade(text, gradedFormat);
    delete root.dataset['grading'];
    root.dataset['gradeOutcome'] = outcome.kind;
    if (outcome.kind !== 'graded') {
      const message = describeUngraded(outcome);
      notices.show('grading', message, [], 'warning');
      announcer.textContent = '';
      requestAnimationFrame(() => (announcer.textContent = message));
      return undefined;
    }
    notices.clear('grading');
    const { report } = outcome;
    root.dataset['gradeMs'] = outcome.ms.toFixed(2);
    showReport(report, text, gradedFormat);
    // Clearing first makes the same summary announced again on a repeated grade.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = summariseReport(report)));
    const saved = recordAttempt(storage, data.id, {
      at: Date.now(),
      format: gradedFormat,
      score: report.score,
      max: report.max,
      percent: report.percent,
      passed: report.passed,
      answer: text,
      ...(mode ? { mode } : {}),
    });
    if (!saved.ok) {
      notices.show(
        'attempt',
        'This attempt could not be stored (browser storage is full); its report is shown below.',
        [],
        'warning',
      );
    }
    showAttempts();
    revealSolution();
    root.dataset['graded'] = String(Number(root.dataset['graded'] ?? '0') + 1);
    return report;
  };
  /** Draws a report, carries its problems into the editor and marks the diagram. */
  function showReport(report: GradeReport, text: string, gradedFormat: AnswerFormat, restoredAt?: number): void {
    renderReport(reportContainer, report, {
      takeawayTitle: (id) => data.takeaways[id] ?? id,
      onReveal: (line, column) => editor.revealPosition(line, column),
      ...(restoredAt === undefined ? {} : { restoredAt }),
    });
    lastProblems = report.diagnostics.map((diagnostic) => ({
      line: diagnostic.line,
      column: diagnostic.column,
      endLine: diagnostic.endLine,
      endColumn: diagnostic.endColumn,
      message: diagnostic.message.text,
      severity: diagnostic.severity,
    }));
    editor.showProblems(lastProblems);
    diagram.mark(text, gradedFormat, report);
  }
  required<HTMLButtonElement>(root, '[data-grade]').addEventListener('click', () => void runGrade());
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void runGrade();
    }
  });

  // --- hints and the model answer -----------------------------------------------------------------
  setUpHints(prompt, required(root, '[data-next-hint]'));
  const hintSlot = required<HTMLElement>(root, '[data-hint-slot]');
  for (const hint of prompt.querySelectorAll('[data-hint]')) hintSlot.append(hint);
  const solution = required<HTMLElement>(root, '[data-solution]');
  const explanation = prompt.querySelector<HTMLElement>('[data-explanation]');
  const modelAnswer = required<HTMLElement>(root, '[data-model-answer]');
  const explanationSlot = required<HTMLElement>(root, '[data-explanation-slot]');
  const solutionLocked = required<HTMLElement>(root, '[data-solution-locked]');
  function revealSolution(): void {
    modelAnswer.textContent = data.model[format];
    if (!solution.hidden) return;
    if (explanation) {
      explanationSlot.append(explanation);
      explanation.hidden = false;
    }
    solution.hidden = false;
    solutionLocked.hidden = true;
    writeJson(storage, revealedKey(data.id), true);
  }
  required<HTMLButtonElement>(root, '[data-give-up]').addEventListener('click', () => {
    if (window.confirm('Show the model answer now? Trying first teaches more, but you can always come back to it.')) {
      revealSolution();
    }
  });
  if (readJson(storage, revealedKey(data.id)) === true) revealSolution();

  // --- timed mock interview -------------------------------------------------------------------------
  const mockSection = root.querySelector<HTMLElement>('[data-mock]');
  if (mockSection) {
    setUpMock({
      section: mockSection,
      storage,
      exerciseId: data.id,
      minutes: Number(mockSection.dataset['mockMinutes']),
      lockedWhileRunning: [
        required<HTMLButtonElement>(root, '[data-grade]'),
        required<HTMLButtonElement>(root, '[data-next-hint]'),
        required<HTMLButtonElement>(root, '[data-give-up]'),
      ],
      currentAnswer: () => ({ format, text: editor.getValue() }),
      gradeMock: async () => {
        const report = await runGrade('mock');
        return report && { score: report.score, max: report.max, percent: report.percent, passed: report.passed };
      },
    });
  }

  // A reload loses nothing: the last report comes back while the draft is still the text it graded (grading is
  // pure and takes milliseconds, so the report is graded again rather than stored). Not during a mock.
  const lastAttempt = readAttempts(storage, data.id).at(-1);
  if (lastAttempt && lastAttempt.format === format && lastAttempt.answer === editor.getValue() && !mockRunning()) {
    const restoredFormat = format;
    void grader.grade(lastAttempt.answer, restoredFormat).then((outcome) => {
      // Graded in the worker, so a saved draft that is slow to grade never blocks the page as it loads; a report
      // that arrives after the candidate changed the text or graded it again is not shown.
      if (outcome.kind !== 'graded' || root.dataset['graded'] !== undefined) return;
      if (editor.getValue() !== lastAttempt.answer || format !== restoredFormat) return;
      showReport(outcome.report, lastAttempt.answer, restoredFormat, lastAttempt.at);
      root.dataset['reportRestored'] = 'true';
    });
  }

  // --- Monaco takes over ----------------------------------------------------------------------------
  const status = required<HTMLElement>(root, '[data-editor-status]');
  const host = required<HTMLElement>(root, '[data-monaco-host]');
  const loadMonaco = async (): Promise<void> => {
    status.textContent = 'Plain editor ready. Loading the full editor…';
    try {
      const { createMonacoEditor } = await import('./monaco-loader.ts');
      host.hidden = false;
      const monacoEditor = createMonacoEditor({
        host,
        value: textarea.value,
        selectionStart: textarea.selectionStart,
        format,
        exerciseId: data.id,
        answerSchema: data.exercise.answerSchema,
        vocabularySchema: data.vocabularySchema,
        label: `Answer (${FORMAT_NAMES[format]}). Press Control+Enter to grade.`,
        onChange: onAnswerChanged,
        onGrade: () => void runGrade(),
      });
      const hadFocus = document.activeElement === textarea;
      editor = monacoEditor;
      textarea.hidden = true;
      label.removeAttribute('for');
      status.textContent = 'Full editor ready: suggestions, hover help and inline checks from the answer schema.';
      root.dataset['editor'] = 'monaco';
      editor.showProblems(lastProblems);
      if (hadFocus) editor.focus();
    } catch (error) {
      host.hidden = true;
      status.textContent = `The full editor could not load (${error instanceof Error ? error.message : String(error)}); the plain editor keeps working.`;
      root.dataset['editor'] = 'textarea';
    } finally {
      settleEditor();
    }
  };
  root.dataset['editor'] = 'textarea';
  root.dataset['ready'] = 'true';
  loadWhenWanted(root, textarea, () => void loadMonaco());
}

start();
