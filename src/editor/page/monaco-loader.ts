/**
 * Monaco, loaded on demand by the exercise page once the text area is usable. Only the editor core, the
 * features an answer needs, JSON and TypeScript are bundled (not Monaco's 80 other languages), and the
 * TypeScript worker starts only when a TypeScript model exists.
 *
 * One source of truth: the exercise's answer schema drives JSON completion, hover text and diagnostics,
 * and the TypeScript declarations are generated from the same schema.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/common/standaloneStrings';
// The package's export map only exposes .js files, so its icon font's CSS is imported by path.
import '/node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css';
import '/node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon-modifiers.css';
import 'monaco-editor/languages/definitions/typescript/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { ScriptTarget, typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import type { AnswerFormat } from '../../../graders/index.ts';
import { preferOwnDescriptions } from '../editor-schema.ts';
import { generateAnswerDeclarations } from '../schema-to-dts.ts';
import type { AnswerEditor, EditorProblem } from './answer-editor.ts';

/** What the page hands over when Monaco takes the text area's place. */
export interface MonacoSetup {
  host: HTMLElement;
  /** The text area's text and selection at the moment of takeover (a cursor is an empty selection). */
  value: string;
  selectionStart: number;
  selectionEnd: number;
  /** Which end of the selection the cursor is at. */
  selectionBackward: boolean;
  format: AnswerFormat;
  exerciseId: string;
  answerSchema: object;
  vocabularySchema: object;
  /** Accessible name of the editor. */
  label: string;
  /**
   * A touch screen: the editor grows with its text instead of scrolling inside, and leaves swipes to the page (a
   * tap still places the cursor), so the candidate can always scroll past it.
   */
  touch: boolean;
  onChange: () => void;
  onGrade: () => void;
}

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'json') return new JsonWorker();
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

function readTheme(): string {
  return document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs';
}

function schemaId(schema: object, fallback: string): string {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === 'string' ? id : fallback;
}

/** Where the editor's TypeScript declarations of the answer live. */
const DECLARATIONS_PATH = 'file:///answer-types.d.ts';

/** A tap moves at most this far (px) and lasts at most this long (ms); anything more is a swipe. */
const TAP_SLOP_PX = 10;
const TAP_MS = 500;

/**
 * On a touch screen: the editor is as tall as its text, so it never needs to scroll inside, and Monaco's own touch
 * handling (which cancels every touch over the text to scroll the editor, so the page could not move) never sees
 * a touch over the text. Swipes scroll the page; a tap places the cursor and opens the keyboard, as Monaco's would.
 * Touches on the suggestion list and hovers (overflow widgets) are left to Monaco.
 */
function leaveSwipesToThePage(editor: monaco.editor.IStandaloneCodeEditor, host: HTMLElement): void {
  const fit = (): void => {
    host.style.height = `${Math.ceil(editor.getContentHeight())}px`;
  };
  editor.onDidContentSizeChange(fit);
  fit();
  const ownedByMonaco = (event: TouchEvent): boolean =>
    event.target instanceof Element &&
    event.target.closest('.overflowingContentWidgets, .overflowingOverlayWidgets, .overlayWidgets') !== null;
  let start: { x: number; y: number; time: number } | undefined;
  const stop = (event: TouchEvent): boolean => {
    if (ownedByMonaco(event)) return false;
    event.stopPropagation();
    return true;
  };
  host.addEventListener('touchstart', (event) => {
    if (!stop(event)) return;
    const touch = event.touches[0];
    start =
      touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY, time: event.timeStamp } : undefined;
  });
  host.addEventListener('touchmove', (event) => {
    if (!stop(event) || !start) return;
    const touch = event.touches[0];
    if (!touch || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > TAP_SLOP_PX) start = undefined;
  });
  host.addEventListener('touchcancel', (event) => {
    if (stop(event)) start = undefined;
  });
  host.addEventListener('touchend', (event) => {
    if (!stop(event)) return;
    const tap = start;
    start = undefined;
    const touch = event.changedTouches[0];
    if (!tap || !touch || event.timeStamp - tap.time > TAP_MS) return;
    // The tap is handled here, so the browser's emulated mouse events do not place the cursor a second time.
    event.preventDefault();
    const target = editor.getTargetAtClientPoint(touch.clientX, touch.clientY);
    editor.focus();
    if (target?.position) editor.setPosition(target.position);
  });
}

/** Creates the Monaco editor in `setup.host` with the text area's content and cursor. */
export function createMonacoEditor(setup: MonacoSetup): AnswerEditor {
  const uris: Record<AnswerFormat, monaco.Uri> = {
    json: monaco.Uri.parse(`file:///${setup.exerciseId}/answer.json`),
    ts: monaco.Uri.parse(`file:///${setup.exerciseId}/answer.ts`),
  };
  /** The JSON schema behind completion, hovers and diagnostics, and the TypeScript declarations, from `schema`. */
  const describeWith = (schema: object): void => {
    jsonDefaults.setDiagnosticsOptions({
      validate: true,
      allowComments: false,
      enableSchemaRequest: false,
      // A value the schema rejects is an error the grader will also report, so it is marked as one.
      schemaValidation: 'error',
      schemaRequest: 'ignore',
      schemas: [
        {
          uri: schemaId(schema, `file:///${setup.exerciseId}/answer.schema.json`),
          fileMatch: [uris.json.toString()],
          schema: preferOwnDescriptions(schema),
        },
        { uri: schemaId(setup.vocabularySchema, 'file:///vocabulary.schema.json'), schema: setup.vocabularySchema },
      ],
    });
    const declarations = generateAnswerDeclarations(schema, setup.vocabularySchema);
    typescriptDefaults.setExtraLibs([{ content: declarations, filePath: DECLARATIONS_PATH }]);
    // Monaco opens the declarations as a model of their own once a suggestion or hover has pointed into them, and the
    // TypeScript worker reads that model before the extra lib: it is given the new text too (else a mock's revealed
    // curveball stayed missing from the suggestions until a reload).
    monaco.editor.getModel(monaco.Uri.parse(DECLARATIONS_PATH))?.setValue(declarations);
  };
  typescriptDefaults.setCompilerOptions({
    target: ScriptTarget.ESNext,
    strict: true,
    noEmit: true,
    allowNonTsExtensions: true,
  });
  describeWith(setup.answerSchema);

  const models = new Map<AnswerFormat, monaco.editor.ITextModel>();
  const modelFor = (format: AnswerFormat, text: string): monaco.editor.ITextModel => {
    const existing = models.get(format);
    if (existing) {
      if (existing.getValue() !== text) existing.setValue(text);
      return existing;
    }
    const model = monaco.editor.createModel(text, format === 'json' ? 'json' : 'typescript', uris[format]);
    models.set(format, model);
    return model;
  };

  let format = setup.format;
  const editor = monaco.editor.create(setup.host, {
    model: modelFor(format, setup.value),
    theme: readTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 2,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    ariaLabel: setup.label,
    accessibilitySupport: 'auto',
    // Long values (notes, reasons) wrap rather than run off the right edge, most of all on a phone.
    wordWrap: 'on',
    wrappingIndent: 'indent',
    // Values are suggested as they are typed, inside strings too: a phone has no Ctrl+Space.
    quickSuggestions: { other: 'on', comments: 'off', strings: 'on' },
    ...(setup.touch
      ? {
          scrollbar: {
            vertical: 'hidden',
            horizontal: 'hidden',
            handleMouseWheel: false,
            alwaysConsumeMouseWheel: false,
          },
          lineNumbersMinChars: 2,
          folding: false,
          glyphMargin: false,
        }
      : {}),
  });
  if (setup.touch) leaveSwipesToThePage(editor, setup.host);
  // The selection carries over, not just the cursor: text selected to be replaced (Ctrl+A, then typing) as Monaco
  // arrives is still what the next keystroke replaces.
  const model = editor.getModel();
  if (model) {
    const start = model.getPositionAt(setup.selectionStart);
    const end = model.getPositionAt(setup.selectionEnd);
    const [anchor, cursor] = setup.selectionBackward ? [end, start] : [start, end];
    editor.setSelection(new monaco.Selection(anchor.lineNumber, anchor.column, cursor.lineNumber, cursor.column));
  }
  editor.onDidChangeModelContent(() => setup.onChange());
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => setup.onGrade());
  new MutationObserver(() => monaco.editor.setTheme(readTheme())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });

  return {
    kind: 'monaco',
    getValue: () => editor.getValue(),
    setValue(text) {
      const model = editor.getModel();
      if (!model) return;
      // An edit operation, not setValue, so Ctrl+Z can bring the previous text back.
      editor.pushUndoStop();
      editor.executeEdits('courseware', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
      editor.setPosition({ lineNumber: 1, column: 1 });
    },
    setFormat(next) {
      if (next === format) return;
      const text = editor.getValue();
      format = next;
      editor.setModel(modelFor(next, text));
    },
    setAnswerSchema: describeWith,
    showProblems(problems: readonly EditorProblem[]) {
      const model = editor.getModel();
      if (!model) return;
      monaco.editor.setModelMarkers(
        model,
        'courseware-grader',
        problems.map((problem) => ({
          startLineNumber: problem.line,
          startColumn: problem.column,
          endLineNumber: problem.endLine,
          endColumn: Math.max(problem.endColumn, problem.column + 1),
          message: problem.message,
          severity: problem.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        })),
      );
    },
    revealPosition(line, column) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealPositionInCenter({ lineNumber: line, column });
      editor.focus();
    },
    focus: () => editor.focus(),
  };
}
