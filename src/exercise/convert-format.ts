/**
 * Converts an answer between JSON and TypeScript. Both formats hold the same data, so conversion is
 * reading with the engine's own reader (never executing anything) and printing in the other format.
 */
import { createLineIndex, readAnswer, renderMessage, type AnswerFormat } from '../../graders/index.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDENT = '  ';
/** Arrays of short scalars up to this width stay on one line, as a person would write them. */
const INLINE_WIDTH = 72;

function quoteString(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

function printKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

/** Prints a JSON value as a TypeScript literal, indented like hand-written code. */
export function printTsLiteral(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => printTsLiteral(item, depth + 1));
    const inline = `[${items.join(', ')}]`;
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    if (scalars && inline.length + pad.length <= INLINE_WIDTH) return inline;
    return `[\n${items.map((item) => `${pad}${item},`).join('\n')}\n${close}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => `${pad}${printKey(key)}: ${printTsLiteral(item, depth + 1)},`);
    return `{\n${lines.join('\n')}\n${close}}`;
  }
  return 'null';
}

/** A whole TypeScript answer file for `value`, typed by the `Answer` declarations the editor provides. */
export function printTsAnswer(value: unknown): string {
  return `export const answer = ${printTsLiteral(value)} satisfies Answer;\n`;
}

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
