import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../../graders/parse/line-index';
import { readTsAnswer } from '../../../graders/parse/read-ts';

function readValue(source: string): unknown {
  const result = readTsAnswer(source);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(source)} to read, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

function firstProblem(source: string): string {
  const result = readTsAnswer(source);
  if (result.ok) return 'ok';
  const problem = result.problems[0];
  if (problem === undefined) return 'no problem';
  const at = createLineIndex(source)(problem.span.start);
  return `${problem.messageId} ${at.line}:${at.column}`;
}

describe('readTsAnswer: accepted forms', () => {
  it.each<[string, string, unknown]>([
    ['export const', `export const answer = { a: 1 };`, { a: 1 }],
    ['export default', `export default { a: 'x' }`, { a: 'x' }],
    ['non-exported const answer', `const answer = [1, 2]`, [1, 2]],
    ['export default wins over answer', `const answer = 1;\nexport default 2;`, 2],
    ['export list with default', `const plan = { a: 1 }\nexport { plan as default }`, { a: 1 }],
    ['as const', `export const answer = { a: ['x', 'y'] } as const;`, { a: ['x', 'y'] }],
    ['satisfies', `export const answer = { a: 1 } satisfies Record<string, number>;`, { a: 1 }],
    ['as T and as unknown as T', `export const answer = { a: 1 } as unknown as Answer;`, { a: 1 }],
    ['type annotation with generics', `export const answer: Array<Map<string, Set<number>>> = [];`, []],
    [
      'annotation with object type and function type',
      `const answer: { f: (x: number) => void; g: string[] } = { g: [] };`,
      { g: [] },
    ],
    [
      'nested satisfies',
      `export const answer = { style: 'sync' satisfies Style, n: 1 as number };`,
      { style: 'sync', n: 1 },
    ],
    ['non-null assertion', `export const answer = { a: null! };`, { a: null }],
    ['parentheses', `export const answer = ({ a: (1) });`, { a: 1 }],
    [
      'references',
      `const x = 'a';\nconst list = [x, 'b'];\nexport const answer = { list, first: x };`,
      { list: ['a', 'b'], first: 'a' },
    ],
    ['reference declared later', `export const answer = { list };\nconst list = [1];`, { list: [1] }],
    [
      'object spread, later wins',
      `const base = { a: 1, b: 2 };\nexport const answer = { ...base, b: 3 };`,
      { a: 1, b: 3 },
    ],
    [
      'array spread and nested spread',
      `const a = [1];\nconst b = [...a, 2];\nexport const answer = [...b, ...[3]];`,
      [1, 2, 3],
    ],
    ['template literal without expressions', 'export const answer = { a: `two\nlines` };', { a: 'two\nlines' }],
    [
      'strings and escapes',
      `export const answer = ['it\\'s', "q\\"", '\\u{1F600}', '\\x41', 'a\\\nb'];`,
      ["it's", 'q"', '😀', 'A', 'ab'],
    ],
    [
      'numbers',
      `export const answer = [0, -1.5, 1e3, 0x1F, 0b11, 0o7, 1_000, .5];`,
      [0, -1.5, 1000, 31, 3, 7, 1000, 0.5],
    ],
    [
      'keys: quoted, numeric, reserved words',
      `export const answer = { 'a-b': 1, 2: 2, default: 3, const: 4 };`,
      { 'a-b': 1, '2': 2, default: 3, const: 4 },
    ],
    ['trailing commas', `export const answer = { a: [1, 2,], };`, { a: [1, 2] }],
    ['comments', `// note\nexport const answer = { /* inline */ a: 1 }; // end`, { a: 1 }],
    [
      'type-only declarations ignored',
      `type A = 'x' | 'y'\ninterface B { x: A; y: { z: string } }\ndeclare const c: number;\nexport type { A };\nexport interface D {}\nexport const answer = 1`,
      1,
    ],
    [
      'type alias spanning lines without semicolons',
      `type Style =\n  | 'sync'\n  | 'async'\nexport const answer = 'sync'`,
      'sync',
    ],
    ['type-only import', `import type { Answer } from './answer';\nexport const answer: Answer = { a: 1 };`, { a: 1 }],
    [
      'conditional, function, constructor, keyof and indexed types',
      `type C<A> = A extends string ? 'x' : keyof A\ntype F = (a: number) => void\ntype G = new () => F\ntype I = C<1>['x'][]\nexport const answer = 1`,
      1,
    ],
    [
      'declarations of things that exist elsewhere',
      `declare const c: number, d: string;\ndeclare function f<T>(x: T): T\ndeclare module 'm' { export const x: 1 }\ndeclare global { interface W {} }\nexport const answer = 1`,
      1,
    ],
    [
      'type exports and import types',
      `export type { A } from './a'\nexport type B = typeof import('./b')\nexport const answer = 1`,
      1,
    ],
    ['several declarators', `const a = 1, b = [a];\nexport const answer = b;`, [1]],
    ['ASI without semicolons', `const a = 1\nconst b = 2\nexport const answer = [a, b]`, [1, 2]],
    [
      '__proto__ stays own data',
      `export const answer = { __proto__: { x: 1 } };`,
      JSON.parse('{"__proto__": {"x": 1}}'),
    ],
  ])('%s', (_name, source, expected) => {
    expect(readValue(source)).toEqual(expected);
  });

  it('never changes a prototype', () => {
    const value = readValue(`export const answer = { '__proto__': { polluted: true } };`);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('records spans where values were written, through references', () => {
    const source = `const calls = [\n  { style: 'asynch' },\n];\nexport const answer = { calls };`;
    const result = readTsAnswer(source);
    if (!result.ok) throw new Error('should read');
    const span = result.spans.values.get('/calls/0/style');
    expect(span && createLineIndex(source)(span.start)).toEqual({ line: 2, column: 12 });
    const key = result.spans.keys.get('/calls/0/style');
    expect(key && createLineIndex(source)(key.start)).toEqual({ line: 2, column: 5 });
  });
});

describe('readTsAnswer: rejected forms, with line and column', () => {
  it.each([
    ['a call', `export const answer = {\n  a: buildPlan(),\n};`, 'ts.call 2:6'],
    ['a method call on a literal', `export const answer = ['a'].map(String);`, 'ts.call 1:28'],
    ['a property read', `const x = { a: 1 };\nexport const answer = x.a;`, 'ts.member-access 2:23'],
    ['an index read', `const x = [1];\nexport const answer = x[0];`, 'ts.member-access 2:23'],
    ['a binary operator', `export const answer = { a: 1 + 2 };`, 'ts.operator 1:30'],
    ['a conditional', `export const answer = true ? 1 : 2;`, 'ts.operator 1:28'],
    ['a logical operator', `export const answer = { a: x || 'y' };`, 'ts.operator 1:30'],
    ['an arrow function', `export const answer = { f: () => 1 };`, 'ts.function 1:28'],
    ['an arrow with a parameter', `export const answer = { f: x => x };`, 'ts.function 1:28'],
    ['a function expression', `export const answer = { f: function () {} };`, 'ts.function 1:28'],
    ['a function declaration', `function plan() { return 1 }\nexport default plan;`, 'ts.function 1:1'],
    ['a class', `export class Answer {}`, 'ts.function 1:8'],
    ['a method', `export const answer = { plan() { return 1 } };`, 'ts.method 1:25'],
    ['a getter', `export const answer = { get plan() { return 1 } };`, 'ts.method 1:25'],
    ['new', `export const answer = { at: new Date() };`, 'ts.not-data 1:29'],
    ['a loop', `for (const x of []) {}\nexport const answer = 1;`, 'ts.statement 1:1'],
    ['an if', `export const answer = 1;\nif (answer) {}`, 'ts.statement 2:1'],
    ['a value import', `import { plan } from './plan';\nexport default plan;`, 'ts.import 1:1'],
    ['a re-export', `export { plan } from './plan';`, 'ts.import 1:17'],
    ['let', `let answer = 1;`, 'ts.use-const 1:1'],
    ['var', `export var answer = 1;`, 'ts.use-const 1:8'],
    ['an assignment', `const answer = { a: 1 };\nanswer.a = 2;`, 'ts.member-access 2:1'],
    ['a template with ${}', 'const n = 2;\nexport const answer = { a: `x${n}` };', 'ts.template-substitution 2:28'],
    ['undefined', `export const answer = { a: undefined };`, 'ts.undefined 1:28'],
    ['a computed key', `export const answer = { ['a']: 1 };`, 'ts.computed-key 1:25'],
    ['an unknown reference', `export const answer = { services };`, 'ts.unknown-reference 1:25'],
    ['a cycle', `const a = { b };\nconst b = [a];\nexport default a;`, 'ts.cyclic-reference 2:12'],
    ['spreading a string into an object', `const s = 'x';\nexport const answer = { ...s };`, 'ts.spread-type 2:25'],
    ['spreading an object into an array', `const o = { a: 1 };\nexport const answer = [...o];`, 'ts.spread-type 2:24'],
    ['destructuring', `const { a } = { a: 1 };`, 'ts.destructuring 1:7'],
    ['a duplicate constant', `const a = 1;\nconst a = 2;`, 'ts.duplicate-constant 2:7'],
    ['no answer', `const plan = { a: 1 };`, 'ts.missing-answer 1:1'],
    ['an empty file', ``, 'ts.missing-answer 1:1'],
    ['an unclosed object', `export const answer = {\n  a: 1,\n`, 'ts.unclosed 1:23'],
    ['an array hole', `export const answer = [1, , 2];`, 'ts.array-hole 1:27'],
    ['a missing comma', `export const answer = {\n  a: 1\n  b: 2\n};`, 'ts.unexpected 3:3'],
    ['an unterminated string', `export const answer = { a: 'x };`, 'ts.unterminated-string 1:28'],
    ['an unterminated comment', `/* note\nexport const answer = 1;`, 'ts.unterminated-comment 1:1'],
    ['a BigInt', `export const answer = 10n;`, 'ts.not-data 1:23'],
    ['a legacy octal', `export const answer = 017;`, 'ts.bad-number 1:23'],
    ['typeof', `export const answer = typeof x;`, 'ts.not-data 1:23'],
    ['an expression statement', `'use strict';\nexport const answer = 1;`, 'ts.not-a-declaration 1:1'],
    ['a tagged template', 'export const answer = tag`x`;', 'ts.call 1:23'],
    ['too deep', `export const answer = ${'['.repeat(100)}${']'.repeat(100)};`, 'limit.too-deep 1:88'],
    // A type ends where TypeScript ends it; what comes after is read as a statement of its own.
    ['code on the line after a type alias', `type T = {}\nfetch('https://x')\nexport const answer = 1`, 'ts.call 2:1'],
    ['code after a type alias on its line', `type T = {} fetch()\nexport const answer = 1`, 'ts.unexpected 1:13'],
    ['a list after an array type', `type A = string[]\n[1, 2]\nexport const answer = 1`, 'ts.not-a-declaration 2:1'],
    [
      'code after a declared block',
      `declare global { interface W {} }\nalert(1)\nexport const answer = 1`,
      'ts.call 2:1',
    ],
    ['code after `as T`', `export const answer = { a: 1 } as unknown as Answer\nalert(1)`, 'ts.call 2:1'],
    [
      'a mismatched bracket in a type',
      `interface A { x: < }\nfetch()\n}\nexport const answer = 1`,
      'ts.unexpected 1:20',
    ],
    ['an unclosed type', `type T = ${'('.repeat(1000)}`, 'ts.unclosed 1:1009'],
    ['a type nested too deep', `type T = ${'A extends B ? '.repeat(100)}1`, 'limit.too-deep 1:920'],
    ['a declaration that declares nothing', `declare 1`, 'ts.unexpected 1:9'],
  ])('%s', (_name, source, expected) => {
    expect(firstProblem(source)).toBe(expected);
  });

  it('stops a reference blow-up (each constant doubling the last) at a value budget', () => {
    const lines = ['const c0 = [1, 1];'];
    for (let i = 1; i <= 30; i++) lines.push(`const c${i} = [c${i - 1}, c${i - 1}];`);
    lines.push('export default c30;');
    const result = readTsAnswer(lines.join('\n'));
    expect(result.ok ? 'ok' : result.problems[0]?.messageId).toMatch(/^limit\./);
  });
});
