/**
 * Recognises text that was decoded with the wrong encoding before it reached the engine: a UTF-16 file read as UTF-8
 * (its byte-order mark becomes two U+FFFD characters and every ASCII character gains a NUL) or a binary file. Both
 * would otherwise be reported as "Found �" at the first character, which tells the candidate nothing they can fix.
 */
import { createProblem, type SourceProblem } from './read-result';

const REPLACEMENT = '\uFFFD';
/** How much of the start of the text is looked at to tell UTF-16 without a byte-order mark from binary. */
const SAMPLE_LENGTH = 200;

/** The problem with `source`'s encoding, or undefined when it contains no NUL character and no misread UTF-16 mark. */
export function findEncodingProblem(source: string): SourceProblem | undefined {
  const nul = source.indexOf('\u0000');
  if (nul === -1) return undefined;
  if (source.startsWith(REPLACEMENT + REPLACEMENT))
    return createProblem('answer.utf16', { evidence: 'it starts with a UTF-16 byte-order mark' }, 0, 2);
  const sample = source.slice(0, SAMPLE_LENGTH);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  // UTF-16 text of ASCII characters has a NUL byte beside every character: about half of what was decoded.
  if (sample.length >= 4 && nuls * 10 >= sample.length * 4)
    return createProblem('answer.utf16', { evidence: 'every other character is a NUL' }, nul, nul + 1);
  return createProblem('answer.binary', {}, nul, nul + 1);
}
