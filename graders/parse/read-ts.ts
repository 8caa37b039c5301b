/**
 * Reads a TypeScript answer statically: tokenize, parse the literal subset, pick the answer's value, expand it.
 * The answer is never executed: no eval, no Function, no vm; anything that would need running is a read error.
 */
import { expandTsValue } from './expand-ts-value';
import { parseTsProgram } from './parse-ts-program';
import { ReadFailure, createAnswerSpans, createProblem, type ReadResult } from './read-result';
import { tokenizeTs } from './tokenize-ts';
import type { ValueNode } from './ts-syntax';

/**
 * Reads the answer from `source`; never throws. The answer is `export default …` when there is one, otherwise the
 * constant named `answer` (exported or not).
 */
export function readTsAnswer(source: string): ReadResult {
  try {
    const program = parseTsProgram(tokenizeTs(source));
    const answer = program.constants.get('answer');
    const root: ValueNode | undefined = program.defaultExport ?? answer?.value;
    if (root === undefined) {
      return { ok: false, problems: [createProblem('ts.missing-answer', {}, 0, Math.min(source.length, 1))] };
    }
    const spans = createAnswerSpans();
    const value = expandTsValue(program, root, spans);
    return { ok: true, value, spans, warnings: [] };
  } catch (caught) {
    if (caught instanceof ReadFailure) return { ok: false, problems: [caught.problem] };
    throw caught;
  }
}
