/**
 * Families of pathological answers, each built at any size up to 1 MB: the shapes that make parsers, expanders,
 * validators and line indexes slow or deep (nesting, width, long tokens, repetition, reference blow-ups, unclosed
 * brackets, bad encodings), not only random JSON. The fuzz test draws from them with fast-check; the benchmark
 * (`npm run bench:hostile`) builds each at its largest size and times it.
 */
import fc from 'fast-check';
import type { AnswerFormat } from '../../graders/index';

/** One family: a name, the format it is written in, and how to write it with about `size` repetitions. */
export interface HostileShape {
  name: string;
  format: AnswerFormat;
  /** The most repetitions that keep the text within MAX_TEXT_LENGTH. */
  maxSize: number;
  build: (size: number) => string;
}

/** The largest text tried: five times the engine's 200 KB read limit. */
export const MAX_TEXT_LENGTH = 1_000_000;

const repeat = (unit: string, size: number) => unit.repeat(Math.max(0, size));
const list = (size: number, item: string) => new Array<string>(Math.max(0, size)).fill(item).join(',');
/** The repetitions of a `unitLength`-character unit that fit in 1 MB. */
const fit = (unitLength: number) => Math.floor(MAX_TEXT_LENGTH / unitLength) - 8;

function doubling(levels: number, leaf: string, spread: (previous: string) => string): string {
  const lines = [`const x0 = ${leaf}`];
  for (let i = 1; i <= levels; i++) lines.push(`const x${i} = ${spread(`x${i - 1}`)}`);
  return `${lines.join('\n')}\nexport const answer = { services: x${levels} }`;
}

function chain(count: number, first: string, next: (previous: string) => string): string {
  const parts = [`c0=${first}`];
  for (let i = 1; i <= count; i++) parts.push(`c${i}=${next(`c${i - 1}`)}`);
  return `const ${parts.join(',')}\nexport default c${count}`;
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  // Depth.
  { name: 'json: nested arrays', format: 'json', maxSize: fit(2), build: (n) => repeat('[', n) + repeat(']', n) },
  { name: 'json: unclosed arrays', format: 'json', maxSize: fit(1), build: (n) => repeat('[', n) },
  {
    name: 'json: nested objects',
    format: 'json',
    maxSize: fit(7),
    build: (n) => repeat('{"a":', n) + '1' + repeat('}', n),
  },
  {
    name: 'ts: nested objects',
    format: 'ts',
    maxSize: fit(8),
    build: (n) => `export default ${repeat('{ a: ', n)}1${repeat(' }', n)}`,
  },
  {
    name: 'ts: nested parentheses',
    format: 'ts',
    maxSize: fit(2),
    build: (n) => `export default ${repeat('(', n)}1${repeat(')', n)}`,
  },
  { name: 'ts: unclosed parentheses', format: 'ts', maxSize: fit(1), build: (n) => `export default ${repeat('(', n)}` },
  {
    name: 'ts: nested generic type',
    format: 'ts',
    maxSize: fit(3),
    build: (n) => `type T = ${repeat('A<', n)}1${repeat('>', n)}\nexport default 1`,
  },
  {
    name: 'ts: nested conditional type',
    format: 'ts',
    maxSize: fit(14),
    build: (n) => `type T = ${repeat('A extends B ? ', n)}1${repeat(' : 2', n)}\nexport default 1`,
  },
  // Width.
  {
    name: 'json: wide list of wrong types',
    format: 'json',
    maxSize: fit(2),
    build: (n) => `{"services":[${list(n, '1')}]}`,
  },
  {
    name: 'json: wide list of objects',
    format: 'json',
    maxSize: fit(30),
    build: (n) => `{"services":[${list(n, '{"name":"x","y":[1,2]}')}]}`,
  },
  {
    name: 'json: many lists of wrong items',
    format: 'json',
    maxSize: fit(4),
    build: (n) => `{"services":[${list(Math.ceil(n / 1000), `[${list(1000, '1')}]`)}]}`,
  },
  { name: 'json: duplicate keys', format: 'json', maxSize: fit(6), build: (n) => `{${list(n, '"a":1')}}` },
  {
    name: 'json: distinct unknown keys',
    format: 'json',
    maxSize: fit(12),
    build: (n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}`,
  },
  { name: 'ts: wide list', format: 'ts', maxSize: fit(2), build: (n) => `export default [${list(n, '1')}]` },
  {
    name: 'ts: many constants',
    format: 'ts',
    maxSize: fit(16),
    build: (n) => `${Array.from({ length: n }, (_, i) => `const k${i} = 1`).join('\n')}\nexport default 1`,
  },
  {
    name: 'ts: many type aliases',
    format: 'ts',
    maxSize: fit(16),
    build: (n) => `${Array.from({ length: n }, (_, i) => `type T${i} = {}`).join('\n')}\nexport default 1`,
  },
  // Long tokens.
  { name: 'json: long string', format: 'json', maxSize: fit(1), build: (n) => `{"services":"${repeat('x', n)}"}` },
  { name: 'json: long key', format: 'json', maxSize: fit(1), build: (n) => `{"${repeat('k', n)}":[1,2,3]}` },
  { name: 'json: long number then a letter', format: 'json', maxSize: fit(1), build: (n) => `${repeat('1', n)}x` },
  { name: 'json: long escapes', format: 'json', maxSize: fit(6), build: (n) => `"${repeat('\\u0041', n)}` },
  {
    name: 'ts: long number then a letter',
    format: 'ts',
    maxSize: fit(1),
    build: (n) => `export default ${repeat('1', n)}a`,
  },
  {
    name: 'ts: long fraction then a letter',
    format: 'ts',
    maxSize: fit(2),
    build: (n) => `export default ${repeat('1', n)}.${repeat('2', n)}e`,
  },
  { name: 'ts: long identifier', format: 'ts', maxSize: fit(1), build: (n) => `export default ${repeat('a', n)}` },
  { name: 'ts: long template', format: 'ts', maxSize: fit(1), build: (n) => `export default \`${repeat('x', n)}\`` },
  {
    name: 'ts: nested template substitutions',
    format: 'ts',
    maxSize: fit(3),
    build: (n) => `export default \`${repeat('${{', n)}`,
  },
  { name: 'ts: unclosed comment', format: 'ts', maxSize: fit(1), build: (n) => `/*${repeat('*', n)}` },
  {
    name: 'ts: long line comment',
    format: 'ts',
    maxSize: fit(1),
    build: (n) => `//${repeat('/', n)}\nexport default 1`,
  },
  // Reference and spread blow-ups.
  {
    name: 'ts: doubling spreads of empty lists',
    format: 'ts',
    maxSize: 60,
    build: (n) => doubling(n, '[]', (p) => `[...${p}, ...${p}]`),
  },
  {
    name: 'ts: doubling spreads of lists',
    format: 'ts',
    maxSize: 60,
    build: (n) => doubling(n, '[1]', (p) => `[...${p}, ...${p}]`),
  },
  {
    name: 'ts: doubling object spreads',
    format: 'ts',
    maxSize: 60,
    build: (n) => doubling(n, '{ a: 1 }', (p) => `{ ...${p}, ...${p} }`),
  },
  {
    name: 'ts: doubling references',
    format: 'ts',
    maxSize: 60,
    build: (n) => doubling(n, '[1]', (p) => `[${p}, ${p}]`),
  },
  {
    name: 'ts: chained object spreads',
    format: 'ts',
    maxSize: fit(20),
    build: (n) => chain(n, '{}', (p) => `{...${p}}`),
  },
  {
    name: 'ts: chained list spreads',
    format: 'ts',
    maxSize: fit(20),
    build: (n) => chain(n, '[]', (p) => `[...${p}]`),
  },
  { name: 'ts: chained references', format: 'ts', maxSize: fit(16), build: (n) => chain(n, '{}', (p) => p) },
  {
    name: 'ts: a cycle through a long chain',
    format: 'ts',
    maxSize: fit(16),
    build: (n) => chain(n, `c${n}`, (p) => p),
  },
  {
    name: 'ts: inline spreads',
    format: 'ts',
    maxSize: fit(12),
    build: (n) => `export default ${repeat('{ ...{ a: ', n)}1${repeat(' } }', n)}`,
  },
  // Code behind types, statements.
  {
    name: 'ts: code after types',
    format: 'ts',
    maxSize: fit(30),
    build: (n) => `${repeat("type T = {}\nfetch('x')\n", n)}export default 1`,
  },
  { name: 'ts: empty statements', format: 'ts', maxSize: fit(1), build: (n) => `${repeat(';', n)}export default 1` },
  // Encodings.
  { name: 'json: NULs', format: 'json', maxSize: fit(1), build: (n) => repeat('\u0000', n) },
  {
    name: 'json: UTF-16 read as UTF-8',
    format: 'json',
    maxSize: fit(2),
    build: (n) => `\uFFFD\uFFFD${repeat('{\u0000', n)}`,
  },
  {
    name: 'ts: lone surrogates',
    format: 'ts',
    maxSize: fit(1),
    build: (n) => `export default '${repeat('\uD800', n)}'`,
  },
  { name: 'json: line breaks', format: 'json', maxSize: fit(1), build: (n) => `${repeat('\n', n)}{"a":` },
  { name: 'json: line separators', format: 'json', maxSize: fit(2), build: (n) => `{"a":"${repeat('\u2028x', n)}"` },
];

/**
 * Builds `shape` with `size` repetitions, or with fewer if the text would be longer than `limit` (a `maxSize` is an
 * estimate from the length of one repetition).
 */
export function buildWithin(
  shape: HostileShape,
  size: number,
  limit = MAX_TEXT_LENGTH,
): { size: number; source: string } {
  let count = size;
  for (;;) {
    const source = shape.build(count);
    if (source.length <= limit || count <= 1) return { size: count, source };
    count = Math.floor((count * limit) / source.length) - 1;
  }
}

/**
 * A hostile answer drawn by fast-check: a family and a size up to its largest, skewed towards large. Only the
 * family's name and the size are drawn, so a counterexample prints in a line; `buildWithin` writes the text.
 */
export const hostileAnswerArbitrary: fc.Arbitrary<{ name: string; size: number }> = fc
  .constantFrom(...HOSTILE_SHAPES)
  .chain((shape) =>
    fc
      .oneof(
        fc.integer({ min: 1, max: Math.min(shape.maxSize, 100) }),
        // Up to about 200 KB, the most the engine reads: the sizes that reach the parsers and the validator.
        fc.integer({ min: 1, max: Math.max(1, Math.floor(shape.maxSize / 5)) }),
        fc.integer({ min: 1, max: shape.maxSize }),
        fc.constant(shape.maxSize),
      )
      .map((size) => ({ name: shape.name, size })),
  );

/** The family of that name. */
export function findShape(name: string): HostileShape {
  const shape = HOSTILE_SHAPES.find((candidate) => candidate.name === name);
  if (shape === undefined) throw new Error(`no hostile shape "${name}"`);
  return shape;
}
