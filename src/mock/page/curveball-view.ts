/**
 * Which view of the answer the page shows: the full one, or, while a timed mock keeps its curveball hidden, the one
 * built without the fields only the curveball asks for (page data `beforeCurveball`). The starter, the editor's
 * schema and declarations, the form and the drawing read it from here; the mock (mock-view.ts) says when it changes.
 * Grading always uses the full schema.
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import type { ExercisePageData } from '../../exercise-pages/page-data.ts';

/** Where the mock stands: its curveball hidden, revealed, or no mock running. */
export type CurveballState = 'hidden' | 'revealed' | 'no-mock';

/** The answer as the page shows it now. */
export interface CurveballView {
  /** Whether a mock keeps the curveball out of sight now. */
  hidden(): boolean;
  /** The answer schema the editor, the form and the drawing describe the answer with. */
  answerSchema(): object;
  /** The starter of `format` shown now. */
  starter(format: AnswerFormat): string;
  /** The starter of `format` in the other view (the one left at the last change). */
  otherStarter(format: AnswerFormat): string;
  /** Told by the mock; listeners hear only real changes of view, with the state that made them. */
  setState(state: CurveballState): void;
  onChange(listener: (state: CurveballState) => void): void;
}

/** The view of `data`'s answer: full until a mock hides the curveball (and always for an exercise without one). */
export function createCurveballView(data: ExercisePageData): CurveballView {
  const before = data.beforeCurveball;
  let hidden = false;
  const listeners: ((state: CurveballState) => void)[] = [];
  const view = (hide: boolean) => (hide && before ? before : { answerSchema: data.exercise.answerSchema, ...data });
  return {
    hidden: () => hidden,
    answerSchema: () => view(hidden).answerSchema,
    starter: (format) => view(hidden).starter[format],
    otherStarter: (format) => view(!hidden).starter[format],
    setState(state) {
      const next = before !== undefined && state === 'hidden';
      if (next === hidden) return;
      hidden = next;
      for (const listener of listeners) listener(state);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
