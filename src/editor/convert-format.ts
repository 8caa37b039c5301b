/**
 * Converts an answer between JSON and TypeScript. Both formats hold the same data, so conversion is
 * reading with the engine's own reader (never executing anything) and printing in the other format.
 */
import { createLineIndex, readAnswer, renderMessage, type AnswerFormat } from '../../graders/index.ts';
import { printTsAnswer } from './print-ts-answer.ts';

export { printTsAnswer, printTsLiteral } from './print-ts-answer.ts';

/** A whole JSON answer file for `value`. */
export function printJsonAnswer(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The result of a conversion: the converted text, or why the source could not be read (with its place). */
export type Conversion = { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

/** Converts `source` from one format to the other; an unreadable source is reported, never guessed at. */
export function convertAnswer(source: string, from: AnswerFormat, to: AnswerFormat): Conversion {
  if (from === to) return { ok: true, text: source };
  const read = readAnswer(source, from);
  if (!read.ok) {
    const problem = read.problems[0];
    const { line, column } = createLineIndex(source)(problem?.span.start ?? 0);
    const message = problem ? renderMessage(problem.messageId, problem.params).text : 'the answer could not be read';
    return { ok: false, message, line, column };
  }
  return { ok: true, text: to === 'ts' ? printTsAnswer(read.value) : printJsonAnswer(read.value) };
}
