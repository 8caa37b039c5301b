/**
 * What the exercise page needs from an editor, so the plain text area that works at once and the Monaco
 * editor that takes over later are interchangeable.
 */
import type { AnswerFormat } from '../../../graders/index.ts';

/** A problem to mark in the editor: 1-based positions, end exclusive. */
export interface EditorProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The editor the page talks to. */
export interface AnswerEditor {
  readonly kind: 'textarea' | 'monaco' | 'form';
  getValue(): string;
  /** Replaces the whole text as one undoable edit where the editor supports it. */
  setValue(text: string): void;
  /** Switches language support (completion, diagnostics, highlighting) to `format`. */
  setFormat(format: AnswerFormat): void;
  /**
   * Describes the answer with another schema (a mock's curveball hidden or revealed), keeping the text as it is;
   * absent where the editor knows no schema.
   */
  setAnswerSchema?(answerSchema: object): void;
  showProblems(problems: readonly EditorProblem[]): void;
  /** Moves the cursor to a place and focuses the editor. */
  revealPosition(line: number, column: number): void;
  focus(): void;
}

/** The 0-based character offset of a 1-based line and column in `text`. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** The plain `<textarea>` editor: available before any script loads, always accessible. */
export function createTextareaEditor(textarea: HTMLTextAreaElement): AnswerEditor {
  return {
    kind: 'textarea',
    getValue: () => textarea.value,
    setValue(text) {
      // execCommand keeps the browser's own undo history where it is supported.
      textarea.focus();
      textarea.select();
      if (!document.execCommand('insertText', false, text)) textarea.value = text;
      textarea.setSelectionRange(0, 0);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    setFormat() {
      // A text area has no language support to switch.
    },
    showProblems() {
      // Problems are listed in the report; a text area cannot underline them.
    },
    revealPosition(line, column) {
      const offset = offsetOf(textarea.value, line, column);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
    },
    focus: () => textarea.focus(),
  };
}
