/**
 * The engine's promise, "never throws, never hangs", part by part: each reading limit is enforced in both formats at
 * the place that goes over it, spreads count as values and as depth, a misread encoding is named, and an error inside
 * the engine becomes a diagnostic instead of an exception.
 */
import { describe, expect, it } from 'vitest';
import { grade, readAnswer, type AnswerFormat, type GradableExercise } from '../../graders/index';
import { createLineIndex } from '../../graders/parse/line-index';
import {
  MAX_DEPTH,
  MAX_EXPANDED_VALUES,
  MAX_ITEMS,
  MAX_KEY_LENGTH,
  MAX_PATH_LENGTH,
  MAX_STRING_LENGTH,
} from '../../graders/parse/limits';
import { writeDoublingSpreads, writeUtf16ReadAsUtf8 } from '../support/hostile-answers';
import { fixtureExercise } from './support/fixture-exercise';

/** The first read problem as `id line:column`, or `ok`. */
function problemOf(source: string, format: AnswerFormat): string {
  const read = readAnswer(source, format);
  if (read.ok) return 'ok';
  const problem = read.problems[0];
  if (problem === undefined) return 'no problem';
  const at = createLineIndex(source)(problem.span.start);
  return `${problem.messageId} ${at.line}:${at.column}`;
}

const list = (count: number, item = '1') => `[${new Array<string>(count).fill(item).join(',')}]`;
const fields = (count: number, member: (index: number) => string) =>
  `{${Array.from({ length: count }, (_, index) => member(index)).join(',')}}`;
/** The length of the first `count` members with their commas. */
const fieldsLength = (count: number, member: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => member(index).length + 1).reduce((sum, length) => sum + length, 0);

describe('reading limits, JSON and TypeScript alike', () => {
  it.each<[string, string, AnswerFormat, string]>([
    ['a list at the item limit', `{"a":${list(MAX_ITEMS)}}`, 'json', 'ok'],
    ['one item more', `{"a":${list(MAX_ITEMS + 1)}}`, 'json', `limit.too-many-items 1:${7 + 2 * MAX_ITEMS}`],
    [
      'one item more, in TypeScript',
      `export default ${list(MAX_ITEMS + 1)}`,
      'ts',
      `limit.too-many-items 1:${17 + 2 * MAX_ITEMS}`,
    ],
    ['an object at the field limit', fields(MAX_ITEMS, (i) => `"k${i}":1`), 'json', 'ok'],
    // Each member `"kN":1,` is 7 + digits characters; the 1,001st starts after the first 1,000 and the `{`.
    [
      'one field more',
      fields(MAX_ITEMS + 1, (i) => `"k${i}":1`),
      'json',
      `limit.too-many-fields 1:${2 + fieldsLength(MAX_ITEMS, (i) => `"k${i}":1`)}`,
    ],
    [
      'one field more, in TypeScript',
      `export default ${fields(MAX_ITEMS + 1, (i) => `k${i}:1`)}`,
      'ts',
      `limit.too-many-fields 1:${17 + fieldsLength(MAX_ITEMS, (i) => `k${i}:1`)}`,
    ],
    [
      'one field more, through spreads',
      `const a = ${fields(600, (i) => `a${i}:1`)}\nconst b = ${fields(600, (i) => `b${i}:1`)}\nexport default { ...a, ...b }`,
      'ts',
      'limit.too-many-fields 3:24',
    ],
    ['a name at the limit', `{"${'k'.repeat(MAX_KEY_LENGTH)}":1}`, 'json', 'ok'],
    ['a name over it', `{"${'k'.repeat(MAX_KEY_LENGTH + 1)}":1}`, 'json', 'limit.key-too-long 1:2'],
    [
      'a name over it, in TypeScript',
      `export default {\n  ${'k'.repeat(MAX_KEY_LENGTH + 1)}: 1 }`,
      'ts',
      'limit.key-too-long 2:3',
    ],
    ['a text at the limit', `{"a":"${'x'.repeat(MAX_STRING_LENGTH)}"}`, 'json', 'ok'],
    ['a text over it', `{"a":\n"${'x'.repeat(MAX_STRING_LENGTH + 1)}"}`, 'json', 'limit.string-too-long 2:1'],
    [
      'a text over it, in TypeScript',
      `export default { a: '${'x'.repeat(MAX_STRING_LENGTH + 1)}' }`,
      'ts',
      'limit.string-too-long 1:21',
    ],
    [
      'a path over its limit (long names, nested)',
      `{${new Array<string>(12).fill(`"${'k'.repeat(MAX_KEY_LENGTH)}":{`).join('')}}${'}'.repeat(12)}`,
      'json',
      // Each level adds `/` and a name to the path; the name that takes it past the limit is marked.
      `limit.path-too-long 1:${2 + Math.floor(MAX_PATH_LENGTH / (MAX_KEY_LENGTH + 1)) * (MAX_KEY_LENGTH + 4)}`,
    ],
    ['values at the limit', `[${new Array<string>(MAX_ITEMS - 1).fill(list(19, '0')).join(',')}]`, 'json', 'ok'],
    [
      'values over it',
      `[${new Array<string>(MAX_ITEMS).fill(list(20, '0')).join(',')}]`,
      'json',
      // The root is value 1 and each inner list 21 values, so 952 lists make 19,993; value 20,001 is item 6 of list
      // 952 (from 0), which starts at 1 + 42 × 952.
      `limit.too-many-values 1:${1 + 42 * 952 + 1 + 2 * 6 + 1}`,
    ],
  ])('%s', (_name, source, format, expected) => {
    expect(problemOf(source, format)).toBe(expected);
  });
});

describe('TypeScript spreads count as values and as depth', () => {
  it('doubling spreads of an empty list stop at the value limit', () => {
    expect(problemOf(writeDoublingSpreads(40), 'ts')).toMatch(/^limit\.too-many-values /);
    // 2^14 spreads of an empty list and their 2^14 - 1 parents stay under the limit and expand to nothing.
    expect(readAnswer(writeDoublingSpreads(13), 'ts')).toMatchObject({ ok: true, value: { services: [] } });
    expect(2 ** 15).toBeLessThan(MAX_EXPANDED_VALUES * 2);
  });

  it('each spread is a level of depth, through constants and inline', () => {
    const chain = (count: number) => {
      const lines = ['const o0 = { a: 1 }'];
      for (let i = 1; i <= count; i++) lines.push(`const o${i} = { ...o${i - 1} }`);
      return `${lines.join('\n')}\nexport default o${count}`;
    };
    expect(readAnswer(chain(MAX_DEPTH - 1), 'ts')).toMatchObject({ ok: true, value: { a: 1 } });
    expect(problemOf(chain(MAX_DEPTH + 1), 'ts')).toMatch(/^limit\.too-deep /);
    const arrays = (count: number) => {
      const lines = ['const a0 = [1]'];
      for (let i = 1; i <= count; i++) lines.push(`const a${i} = [...a${i - 1}]`);
      return `${lines.join('\n')}\nexport default a${count}`;
    };
    expect(readAnswer(arrays(MAX_DEPTH - 1), 'ts')).toMatchObject({ ok: true, value: [1] });
    expect(problemOf(arrays(MAX_DEPTH + 1), 'ts')).toMatch(/^limit\.too-deep /);
    const inline = `export default ${'{ a: { ...'.repeat(MAX_DEPTH)}{}${' } }'.repeat(MAX_DEPTH)}`;
    expect(problemOf(inline, 'ts')).toMatch(/^limit\.too-deep /);
  });

  it('a long chain of plain references is followed without a depth limit, in linear time', () => {
    const lines = ['const r0 = { a: 1 }'];
    for (let i = 1; i <= 5_000; i++) lines.push(`const r${i} = r${i - 1}`);
    expect(readAnswer(`${lines.join('\n')}\nexport default r5000`, 'ts')).toMatchObject({ ok: true, value: { a: 1 } });
  });
});

describe('text in another encoding is named', () => {
  it('UTF-16 read as UTF-8 (the issue\'s "Found �")', () => {
    const report = grade(fixtureExercise, writeUtf16ReadAsUtf8(), 'json');
    expect(report.diagnostics.map((d) => [d.message.id, d.line, d.column])).toEqual([['answer.utf16', 1, 1]]);
    expect(report.diagnostics[0]?.message.text).toContain('save it as UTF-8');
  });

  it('UTF-16 without a byte-order mark, in either format', () => {
    const text = new TextDecoder().decode(Buffer.from('export default { a: 1 }', 'utf16le'));
    expect(problemOf(text, 'ts')).toBe('answer.utf16 1:2');
  });

  it('a NUL in text is marked where it is', () => {
    expect(problemOf('{"services": []}\n\u0000\u0000garbage', 'json')).toBe('answer.binary 2:1');
  });
});

describe('grade() never throws', () => {
  it('an error inside the engine becomes an engine diagnostic, and nothing is graded', () => {
    const [first, ...rest] = fixtureExercise.frontmatter.rubric;
    if (first === undefined) throw new Error('the fixture has a rubric');
    // A criterion whose field throws when the rubric reads it: a stand-in for any bug in the engine.
    const broken = Object.defineProperty({ ...first }, 'at', {
      get: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
      enumerable: true,
    });
    const exercise: GradableExercise = {
      ...fixtureExercise,
      frontmatter: { ...fixtureExercise.frontmatter, rubric: [broken, ...rest] },
    };
    const report = grade(exercise, '{}', 'json');
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ source: 'engine', severity: 'error', line: 1, column: 1 });
    expect(report.diagnostics[0]?.message.text).toContain('RangeError: Maximum call stack size exceeded');
    expect(report.passed).toBe(false);
    expect(report.criteria.map((criterion) => criterion.verdict)).toEqual(
      exercise.frontmatter.rubric.map(() => 'not-graded'),
    );
  });
});
