/** Maps JSON pointers to line/column ranges of the answer's text, for reports and editor markers. */
import { parentPointer } from './json-pointer';
import { createLineIndex, type LineIndex } from './parse/line-index';
import type { AnswerSpans, Span } from './parse/read-result';
import type { AnswerLocation } from './report';

/** Finds where a pointer's value (or key) was written; a missing part is located at its nearest written ancestor. */
export type Locate = (pointer: string, on?: 'value' | 'key') => AnswerLocation;

/** Builds a locator over one answer; the line index is built on first use. */
export function createLocator(source: string, spans: AnswerSpans | undefined): Locate {
  let lines: LineIndex | undefined;
  const toRange = (span: Span): Omit<AnswerLocation, 'pointer'> => {
    lines ??= createLineIndex(source);
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

/** Locates a raw text span (a read error) as a range. */
export function locateSpan(
  source: string,
  span: Span,
): { line: number; column: number; endLine: number; endColumn: number } {
  const lines = createLineIndex(typeof source === 'string' ? source : '');
  const start = lines(span.start);
  const end = lines(span.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
