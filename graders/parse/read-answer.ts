/** Reads an answer in either format, after the size and encoding checks that protect both readers. */
import { findEncodingProblem } from './find-encoding-problem';
import { MAX_SOURCE_LENGTH } from './limits';
import { readJsonAnswer } from './read-json';
import { createProblem, type ReadResult } from './read-result';
import { readTsAnswer } from './read-ts';

/** The formats an answer can be written in. */
export type AnswerFormat = 'json' | 'ts';

/** Reads `source` as `format`; never throws. */
export function readAnswer(source: string, format: AnswerFormat): ReadResult {
  if (typeof source !== 'string') {
    return { ok: false, problems: [createProblem('answer.not-text', {}, 0, 0)] };
  }
  if (source.length > MAX_SOURCE_LENGTH) {
    const kb = (limit: number) => Math.round(limit / 1000);
    return {
      ok: false,
      problems: [createProblem('limit.too-large', { size: kb(source.length), limit: kb(MAX_SOURCE_LENGTH) }, 0, 0)],
    };
  }
  const encoding = findEncodingProblem(source);
  if (encoding !== undefined) return { ok: false, problems: [encoding] };
  if (format === 'json') return readJsonAnswer(source);
  if (format === 'ts') return readTsAnswer(source);
  return { ok: false, problems: [createProblem('answer.unknown-format', { format: String(format) }, 0, 0)] };
}
