/**
 * The data an exercise page embeds for its script: everything grading, drafting and drawing need,
 * built at build time so the page works offline with no server.
 */
import type { AnswerFormat, GradableExercise } from '../../graders/index.ts';

/** The JSON the exercise page's script reads from `#exercise-data`. */
export interface ExercisePageData {
  id: string;
  formats: AnswerFormat[];
  exercise: GradableExercise;
  vocabularySchema: object;
  /** The starting answer in each format (the TypeScript one is printed from the JSON starter). */
  starter: Record<AnswerFormat, string>;
  /** The model answer in each format, shown after a first grade or on giving up. */
  model: Record<AnswerFormat, string>;
  /** Takeaway id → its text, for the report's "Review" links. */
  takeaways: Record<string, string>;
  /**
   * For an exercise with a mock curveball: what the mock shows until the curveball is revealed, without the fields
   * only the curveball asks for (the full ones above are used after the reveal, outside mocks, and for grading).
   */
  beforeCurveball?: {
    /** The answer schema without the fields only the curveball reads (the editor, form and panel use it). */
    answerSchema: object;
    /** The starter without those fields, in each format. */
    starter: Record<AnswerFormat, string>;
  };
}

/** Serialises page data for a `<script type="application/json">`, so no text can close the tag early. */
export function serialisePageData(data: ExercisePageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
