/** Maps JSON pointers to line/column ranges of the answer's text, for reports and editor markers. */
import { parentPointer } from './json-schema/json-pointer';
import type { LineIndex } from './parse/line-index';
import type { AnswerSpans, Span } from './parse/read-result';
import type { AnswerLocation } from './report';

/** Finds where a pointer's value (or key) was written; a missing part is located at its nearest written ancestor. */
export type Locate = (pointer: string, on?: 'value' | 'key') => AnswerLocation;

/** Builds a locator over one answer, placing spans with the answer's line index. */
export function createLocator(lines: LineIndex, spans: AnswerSpans | undefined): Locate {
  const toRange = (span: Span): Omit<AnswerLocation, 'pointer'> => {
    const start = lines(span.start);
    const end = lines(span.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return (pointer, on = 'value') => {
    if (spans === undefined) return { pointer };
    const keySpan = on === 'key' ? spans.keys.get(pointer) : undefined;
    if (keySpan !== undefined) return { pointer, ...toRange(keySpan) };
    let current = pointer;
    for (;;) {
      const span = spans.values.get(current);
      if (span !== undefined) return { pointer, ...toRange(span) };
      if (current === '') return { pointer };
      current = parentPointer(current);
    }
  };
}

/** Locates a raw text span (a read error) as a range, with the answer's line index. */
export function locateSpan(
  lines: LineIndex,
  span: Span,
): { line: number; column: number; endLine: number; endColumn: number } {
  const start = lines(span.start);
  const end = lines(span.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
