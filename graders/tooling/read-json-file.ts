/**
 * Reads a JSON file of an exercise (its answer schema, model or starter) with the engine's own JSON reader, so a
 * syntax error is reported at its line and column and any pointer into the value can be located.
 */
import { readFileSync } from 'node:fs';
import { renderMessage } from '../feedback/render-message';
import { createLocator } from '../locate';
import { readAnswer } from '../parse/read-answer';
import { createLineIndex } from '../parse/line-index';
import { createProblem, type ContentProblem } from './content-problem';
import type { Position } from './locate-yaml';

/** The text and value of a JSON file, with a locator for JSON pointers into it. */
export interface JsonFile {
  text: string;
  value: unknown;
  locate: (pointer: string) => Position;
}

/** The file's text, or the problem reading it. */
export function readTextFile(path: string): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file is missing' : `cannot read the file (${code})`;
    return { ok: false, problem: createProblem(path, { line: 1, column: 1 }, reason) };
  }
}

/** Reads and parses `path`; a syntax error comes back at its place. */
export function readJsonFile(path: string): { ok: true; file: JsonFile } | { ok: false; problem: ContentProblem } {
  const text = readTextFile(path);
  if (!text.ok) return text;
  const read = readAnswer(text.text, 'json');
  if (!read.ok) {
    const problem = read.problems[0];
    const lines = createLineIndex(text.text);
    const position = lines(problem?.span.start ?? 0);
    const message = problem ? renderMessage(problem.messageId, problem.params).text : 'not valid JSON';
    return { ok: false, problem: createProblem(path, position, `not valid JSON: ${message}`) };
  }
  const locator = createLocator(createLineIndex(text.text), read.spans);
  return {
    ok: true,
    file: {
      text: text.text,
      value: read.value,
      locate: (pointer) => {
        const place = locator(pointer, 'key');
        return { line: place.line ?? 1, column: place.column ?? 1 };
      },
    },
  };
}
