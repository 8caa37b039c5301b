import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../graders/index.ts';
import { readSamples } from '../../../graders/tooling/read-sample.ts';
import { convertAnswer, printTsLiteral } from '../../../src/editor/convert-format.ts';
import { EXERCISE_IDS, exercisePath } from '../../support/exercise-folders.ts';

const models = EXERCISE_IDS.map((id) => [id, exercisePath(id)] as const);

describe('convertAnswer', () => {
  it.each(models)('%s: the JSON model converts to TypeScript that reads back as the same data', (_name, folder) => {
    const json = readFileSync(join(folder, 'model.json'), 'utf8');
    const converted = convertAnswer(json, 'json', 'ts');
    if (!converted.ok) throw new Error(converted.message);
    expect(converted.text).toMatch(/^export const answer = \{/);
    expect(converted.text).toMatch(/satisfies Answer;\n$/);
    const back = readAnswer(converted.text, 'ts');
    expect(back.ok && back.value).toEqual(JSON.parse(json));
  });

  it.each(models)('%s: every hand-written TypeScript sample converts to JSON with the same data', (_name, folder) => {
    const samples = readSamples(folder).samples.filter((sample) => sample.format === 'ts');
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const converted = convertAnswer(sample.answer, 'ts', 'json');
      if (!converted.ok) throw new Error(converted.message);
      const read = readAnswer(sample.answer, 'ts');
      expect(read.ok && JSON.parse(converted.text), sample.path).toEqual(read.ok && read.value);
    }
  });

  it('reports where an unreadable answer is broken instead of converting it', () => {
    const converted = convertAnswer('{\n  "services": [\n    { "name": "order", }\n  ]\n', 'json', 'ts');
    expect(converted.ok).toBe(false);
    if (converted.ok) return;
    expect(converted.line).toBe(3);
    expect(converted.message.length).toBeGreaterThan(5);
  });

  it('does not run code written in a TypeScript answer', () => {
    const converted = convertAnswer('export const answer = { a: globalThis.alert("x") };', 'ts', 'json');
    expect(converted.ok).toBe(false);
  });
});

describe('printTsLiteral', () => {
  it.each([
    ['quotes and escapes strings', "it's a \\ \n", "'it\\'s a \\\\ \\n'"],
    ['quotes keys that are not identifiers', { 'data-stores': 1, ok: 2 }, "{\n  'data-stores': 1,\n  ok: 2,\n}"],
    ['keeps short scalar arrays on one line', ['a', 'b'], "['a', 'b']"],
    ['prints empty containers compactly', { a: [], b: {} }, '{\n  a: [],\n  b: {},\n}'],
    ['prints null, numbers and booleans', [null, -1.5, true], '[null, -1.5, true]'],
  ])('%s', (_name, value, expected) => {
    expect(printTsLiteral(value)).toBe(expected);
  });

  it('survives a key named __proto__ as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const back = readAnswer(`export const answer = ${printTsLiteral(value)};`, 'ts');
    expect(back.ok && JSON.stringify(back.value)).toBe('{"__proto__":{"x":1}}');
  });
});
