/** The shapes `grade` returns: what a page, the CLI and the tests read. */
import type { FeedbackMessage } from './feedback/render-message';
import type { CriterionKind } from './rubric/kinds/registry';
import type { AnswerFormat } from './parse/read-answer';

/** How a criterion went: full marks, some, none, or not graded because its inputs are unreadable or invalid. */
export type Verdict = 'pass' | 'partial' | 'fail' | 'not-graded';

/** A place in the answer: its JSON pointer and, when the text is known, the 1-based range the editor can mark. */
export interface AnswerLocation {
  pointer: string;
  /** How what is at this place was graded, where the criterion graded its parts one by one; else the criterion's. */
  verdict?: Exclude<Verdict, 'not-graded'>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** The outcome of one rubric criterion. */
export interface CriterionReport {
  id: string;
  /** The criterion's kind: one of the registered rubric kinds (graders/rubric/kinds/registered-kinds.ts). */
  kind: CriterionKind;
  /** What the criterion checks, in one sentence. */
  title: string;
  /** The takeaway it tests, and the link to it in its lesson. */
  takeaway: string;
  lessonHref: string;
  /** Points awarded (two decimals) and the most it could earn. */
  points: number;
  maxPoints: number;
  /** Whether this criterion is the point of the question: the answer passes only with its full marks. */
  essential: boolean;
  verdict: Verdict;
  /** The author's summary first, then the details; each a catalogue message with its rendered text. */
  feedback: FeedbackMessage[];
  /** Where in the answer the criterion looked, for the editor to mark. */
  locations: AnswerLocation[];
}

/**
 * A mistake that fails the answer whatever its score: a red flag the exercise declares (a shared database, a
 * rewrite from scratch) or a contradiction (the same thing declared twice, differently). Shown first.
 */
export interface RedFlag {
  kind: 'red-flag' | 'contradiction';
  /** The criterion that found it, and the takeaway to review. */
  criterion: string;
  takeaway: string;
  lessonHref: string;
  /** The mistake, in words: the red flag's name and why, or what contradicts what. */
  message: FeedbackMessage;
  /** Where in the answer it is. */
  locations: AnswerLocation[];
}

/** A problem with the answer's text or shape, to show as an editor marker. */
export interface Diagnostic {
  /**
   * `read`: the text could not be read; `schema`: it does not match the answer schema; `exercise`: the exercise is
   * broken; `engine`: the grader itself failed on this answer (a bug to report), so nothing was graded.
   */
  source: 'read' | 'schema' | 'exercise' | 'engine';
  severity: 'error' | 'warning';
  message: FeedbackMessage;
  pointer?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The full result of grading one answer. */
export interface GradeReport {
  exerciseId: string;
  format: AnswerFormat;
  /** Points awarded and possible; `percent` of the maximum, rounded to one decimal. */
  score: number;
  max: number;
  percent: number;
  /**
   * The percentage needed to pass, and whether the answer passed: the mark reached, no red flag, every criterion
   * graded and every essential one (the point of the question) with full marks.
   */
  passMark: number;
  passed: boolean;
  /**
   * Not graded yet, rather than failed: errors in the answer's text or shape keep some criterion from being graded,
   * and no criterion that was graded raised a red flag. Fixing those errors gets the answer graded.
   */
  incomplete: boolean;
  /** The essential criteria that did not earn full marks: each keeps the answer from passing. */
  essentialsMissed: string[];
  /** Red flags and contradictions, each failing the answer; empty for an answer that can pass. */
  redFlags: RedFlag[];
  criteria: CriterionReport[];
  diagnostics: Diagnostic[];
}
