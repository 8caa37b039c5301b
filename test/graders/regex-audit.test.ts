/**
 * Every regular expression in graders/, fed the input that would make it backtrack if it could: long runs of what it
 * accepts, ending in what it refuses. eslint-plugin-regexp checks their shape statically (eslint.config.js); these
 * check their behaviour through the functions that use them. Each input is 100,000 characters or more, where a
 * quadratic regex takes seconds (the numeric literal one took 14 s) and a linear one about a millisecond; the bound
 * only catches backtracking, never a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { formatOfFile } from '../../graders/tooling/grade/parse-args';
import { readFrontmatter } from '../../graders/tooling/read-frontmatter';
import { escapeTerminalJson, escapeTerminalLine } from '../../graders/tooling/grade/escape-terminal';
import { renderMessage } from '../../graders/feedback/render-message';
import {
  describePointer,
  escapePointerToken,
  resolvePointer,
  splitPointer,
} from '../../graders/json-schema/json-pointer';
import { readAnswer } from '../../graders/index';
import { jsonPointerSchema, slugSchema, takeawayIdSchema } from '../../graders/authoring-schema/ids';
import { sampleSchema } from '../../graders/authoring-schema/sample';
import { grade } from '../../graders/index';
import { fixtureExercise } from './support/fixture-exercise';

const RUN = 100_000;
/** Far above the ~1 ms a linear pass over RUN characters takes, far below what backtracking costs. */
const BACKTRACKING_MS = 2_000;

/** Runs `work`, fails if it took as long as backtracking would, and returns its result. */
function linear<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(BACKTRACKING_MS);
  return result;
}

function problemId(source: string, format: 'json' | 'ts'): string {
  const read = readAnswer(source, format);
  return read.ok ? 'ok' : (read.problems[0]?.messageId ?? 'none');
}

describe('regular expressions of the readers', () => {
  it.each<[string, string, 'json' | 'ts', string]>([
    // parse-ts-program: the numeric literal pattern, then the separator and BigInt checks.
    ['TS number: digits then a letter', `export default ${'1'.repeat(RUN)}a`, 'ts', 'ts.bad-number'],
    [
      'TS number: digits, a dot, digits, a letter',
      `export default ${'1'.repeat(RUN / 2)}.${'2'.repeat(RUN / 2)}x`,
      'ts',
      'ts.bad-number',
    ],
    ['TS number: an exponent that never ends', `export default 1${'e+'.repeat(RUN / 2)}`, 'ts', 'ts.bad-number'],
    ['TS number: separators', `export default ${'1_'.repeat(RUN / 2)}_`, 'ts', 'ts.bad-number'],
    ['TS number: a legacy octal', `export default 0${'7'.repeat(RUN)}9`, 'ts', 'ts.bad-number'],
    ['TS number: a long BigInt', `export default ${'9'.repeat(RUN)}n`, 'ts', 'ts.not-data'],
    ['TS number: hexadecimal', `export default 0x${'f'.repeat(RUN)}g`, 'ts', 'ts.bad-number'],
    // tokenize-ts: a block comment's line-break test, whitespace and identifier classes, escapes.
    ['TS comment without a line break', `/*${'*'.repeat(RUN)}*/ export default 1`, 'ts', 'ok'],
    ['TS unicode identifier', `export default ${'é'.repeat(RUN)}`, 'ts', 'ts.unknown-reference'],
    ['TS unicode whitespace', `export default${'\u3000'.repeat(RUN)}1`, 'ts', 'ok'],
    ['TS escapes', `export default '${'\\u{1F600}'.repeat(1_000)}\\u{11FFFF}'`, 'ts', 'ts.bad-escape'],
    // read-json: the number pattern, \u escapes, whitespace in messages.
    ['JSON number: digits then a letter', `${'1'.repeat(RUN)}e`, 'json', 'json.bad-number'],
    [
      'JSON number: fraction and exponent',
      `-${'1'.repeat(RUN / 2)}.${'2'.repeat(RUN / 3)}e+${'3'.repeat(RUN / 10)}.`,
      'json',
      'json.bad-number',
    ],
    ['JSON escapes', `"${'\\u0041'.repeat(RUN / 10)}\\u00G0"`, 'json', 'json.bad-escape'],
  ])('%s', (_name, source, format, expected) => {
    expect(linear(() => problemId(source, format))).toBe(expected);
  });
});

describe('regular expressions on pointers, names and messages', () => {
  it('json-pointer: escaping, splitting, resolving and describing long tokens', () => {
    const token = `${'~/'.repeat(RUN / 2)}x`;
    const pointer = `/${linear(() => escapePointerToken(token))}`;
    expect(linear(() => splitPointer(pointer))).toEqual([token]);
    expect(linear(() => resolvePointer([1], `/${'0'.repeat(RUN)}1`))).toBeUndefined();
    expect(linear(() => describePointer(`/${'a'.repeat(RUN)}!`))).toBe(JSON.stringify([`${'a'.repeat(RUN)}!`]));
  });

  it('render-message: a long parameter is cut, not scanned again', () => {
    const message = linear(() => renderMessage('ts.bad-number', { found: `{${'x'.repeat(RUN)}}` }));
    expect(message.text.length).toBeLessThan(400);
  });

  it('ajv patterns of the vocabulary, on the longest text an answer may hold', () => {
    const name = `${'a-'.repeat(4_999)}-`; // 9,999 characters, kebab-case until the last
    const report = linear(() =>
      grade(fixtureExercise, JSON.stringify({ services: [{ name, owns: [] }], calls: [], events: [] }), 'json'),
    );
    expect(report.diagnostics.length).toBeGreaterThan(0);
  });

  it('zod id patterns (exercise frontmatter), on long near-misses', () => {
    expect(linear(() => slugSchema.safeParse(`${'a-'.repeat(RUN / 2)}-`).success)).toBe(false);
    expect(linear(() => takeawayIdSchema.safeParse(`${'a-'.repeat(RUN / 2)}a.${'b-'.repeat(RUN / 2)}`).success)).toBe(
      false,
    );
    expect(linear(() => jsonPointerSchema.safeParse(`${'/a~0'.repeat(RUN / 4)}~2`).success)).toBe(false);
    const file = `samples/pass-${'a-'.repeat(RUN / 2)}.jsonx`;
    expect(linear(() => sampleSchema.safeParse({ file, fails: [] }).success)).toBe(false);
  });
});

describe('regular expressions of the CLI', () => {
  it('file extensions, on a long name', () => {
    expect(linear(() => formatOfFile(`${'.json'.repeat(RUN / 5)}x`))).toBeUndefined();
  });

  it('the frontmatter fence, on many almost-closing lines', () => {
    const text = `---\n${`\n---${' '.repeat(20)}x`.repeat(RUN / 25)}`;
    expect(linear(() => readFrontmatter(text)).ok).toBe(false);
  });

  it('terminal escaping, on a long run of control characters', () => {
    expect(linear(() => escapeTerminalLine('\u001b'.repeat(RUN))).length).toBe(6 * RUN);
    expect(linear(() => escapeTerminalJson(JSON.stringify('\u009b'.repeat(RUN)))).length).toBe(6 * RUN + 2);
  });
});
