/**
 * Skips a TypeScript type the way TypeScript's own parser reads it, so the reader knows exactly where a type ends:
 * after `type T =`, `:`, `as` or `satisfies`. Stopping at the wrong place would let code hide behind a type
 * (`type T = {}` and, on the next line, a call that the reader never saw). Types are never part of the answer's
 * value, so their insides (object types, tuples, parameter lists) are skipped by bracket matching; only the grammar
 * between them (unions, intersections, `keyof`, arrays, generics, conditional and function types) decides the end.
 */
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import { MAX_DEPTH } from './limits';
import { ReadFailure, createProblem } from './read-result';
import type { Token } from './tokenize-ts';

const TYPE_OPERATORS = new Set(['keyof', 'unique', 'readonly', 'infer']);

/** Reads types from a token list; each method takes the index of a type's first token and returns the next index. */
export class TypeSkipper {
  constructor(private readonly tokens: readonly Token[]) {}

  /** A whole type: a function or constructor type, or a union with an optional conditional `extends … ? … : …`. */
  skipType(at: number, depth = 0): number {
    if (depth > MAX_DEPTH) this.fail('limit.too-deep', { limit: MAX_DEPTH }, this.token(at));
    let index = at;
    if (this.isName(index, 'abstract') && this.isName(index + 1, 'new')) index++;
    if (this.isName(index, 'new')) return this.skipFunctionType(index + 1, depth);
    if (this.isPunct(index, '<')) return this.skipFunctionType(index, depth);
    if (this.isPunct(index, '(') && this.isPunct(this.skipBalanced(index), '=>'))
      return this.skipFunctionType(index, depth);
    index = this.skipUnion(index);
    const next = this.token(index);
    if (next.kind === 'name' && next.text === 'extends' && !next.newlineBefore) {
      index = this.skipUnion(index + 1);
      index = this.expect(index, '?');
      index = this.skipType(index, depth + 1);
      index = this.expect(index, ':');
      index = this.skipType(index, depth + 1);
    }
    return index;
  }

  /** `<T>(a: A) => R`, `new (a: A) => R`: optional type parameters, a parameter list, `=>`, the return type. */
  private skipFunctionType(at: number, depth: number): number {
    let index = at;
    if (this.isPunct(index, '<')) index = this.skipBalanced(index);
    if (!this.isPunct(index, '('))
      this.fail(
        'ts.unexpected',
        { found: describe(this.token(index)), expected: '( and a parameter list' },
        this.token(index),
      );
    index = this.expect(this.skipBalanced(index), '=>');
    return this.skipType(index, depth + 1);
  }

  private skipUnion(at: number): number {
    let index = this.isPunct(at, '|') ? at + 1 : at;
    index = this.skipIntersection(index);
    while (this.isPunct(index, '|')) index = this.skipIntersection(index + 1);
    return index;
  }

  private skipIntersection(at: number): number {
    let index = this.isPunct(at, '&') ? at + 1 : at;
    index = this.skipOperand(index);
    while (this.isPunct(index, '&')) index = this.skipOperand(index + 1);
    return index;
  }

  /** `keyof T`, `readonly T[]`, `unique symbol`, `infer U`, then a primary type with its `[]` and `[K]` suffixes. */
  private skipOperand(at: number): number {
    let index = at;
    while (this.token(index).kind === 'name' && TYPE_OPERATORS.has(this.token(index).text)) {
      const after = this.token(index + 1);
      // `keyof` alone is a type name too (`{ keyof: 1 }` cannot occur here, but `type keyof = …` is not ours).
      if (after.kind === 'eof' || (after.kind === 'punct' && !['(', '[', '{', '-'].includes(after.text))) break;
      index++;
    }
    index = this.skipPrimary(index);
    // `T[]` and `T[K]` only on the same line: `[` on a new line starts something else, as in TypeScript.
    while (this.isPunct(index, '[') && !this.token(index).newlineBefore) index = this.skipBalanced(index);
    return index;
  }

  private skipPrimary(at: number): number {
    const token = this.token(at);
    if (token.kind === 'string' || token.kind === 'template' || token.kind === 'number') return at + 1;
    if (token.kind === 'punct') {
      if (token.text === '-' && this.token(at + 1).kind === 'number') return at + 2;
      if (token.text === '{' || token.text === '[' || token.text === '(') return this.skipBalanced(at);
      return this.fail('ts.unexpected', { found: describe(token), expected: 'a type' }, token);
    }
    if (token.kind !== 'name') return this.fail('ts.unexpected', { found: describe(token), expected: 'a type' }, token);
    let index = at + 1;
    // `typeof x`, `typeof import('m')`, `import('m')`.
    if (token.text === 'typeof' && this.isName(index, 'import')) index++;
    if (token.text === 'typeof' || token.text === 'import') {
      if (this.isName(index - 1, 'import') && this.isPunct(index, '(')) index = this.skipBalanced(index);
      else if (this.token(index).kind === 'name') index++;
      else
        return this.fail(
          'ts.unexpected',
          { found: describe(this.token(index)), expected: 'a name' },
          this.token(index),
        );
    }
    // A qualified name `A.B.C`, then type arguments `<…>` on the same line.
    while (this.isPunct(index, '.') && this.token(index + 1).kind === 'name') index += 2;
    if (this.isPunct(index, '<') && !this.token(index).newlineBefore) index = this.skipBalanced(index);
    return index;
  }

  /**
   * From an opening bracket (`(`, `[`, `{` or `<`), the index after its matching closer. Each closer must match the
   * innermost opener, so a stray bracket cannot stretch a type over the statements after it.
   */
  skipBalanced(at: number): number {
    const openers: Token[] = [];
    for (let index = at; ; index++) {
      const token = this.token(index);
      if (token.kind === 'eof') {
        const open = openers[openers.length - 1] ?? token;
        return this.fail('ts.unclosed', { opener: open.text }, open);
      }
      if (token.kind !== 'punct') continue;
      if (Object.hasOwn(CLOSERS, token.text)) openers.push(token);
      else if (Object.values(CLOSERS).includes(token.text)) {
        const open = openers.pop();
        if (open === undefined || CLOSERS[open.text] !== token.text)
          return this.fail('ts.unexpected', { found: describe(token), expected: closerOf(open) }, token);
        if (openers.length === 0) return index + 1;
      }
    }
  }

  private expect(index: number, text: string): number {
    if (this.isPunct(index, text)) return index + 1;
    return this.fail('ts.unexpected', { found: describe(this.token(index)), expected: text }, this.token(index));
  }

  private token(index: number): Token {
    return this.tokens[Math.min(index, this.tokens.length - 1)] ?? EOF;
  }

  private isPunct(index: number, text: string): boolean {
    const token = this.token(index);
    return token.kind === 'punct' && token.text === text;
  }

  private isName(index: number, text: string): boolean {
    const token = this.token(index);
    return token.kind === 'name' && token.text === text;
  }

  private fail<Id extends MessageId>(messageId: Id, params: ParamsFor<Id>, at: Token): never {
    throw new ReadFailure(createProblem(messageId, params, at.start, at.end));
  }
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

function closerOf(open: Token | undefined): string {
  return open === undefined ? 'nothing' : `\`${CLOSERS[open.text] ?? ''}\` to close the \`${open.text}\``;
}

const EOF: Token = { kind: 'eof', text: '', start: 0, end: 0, newlineBefore: true };

function describe(token: Token): string {
  if (token.kind === 'eof') return 'the end of the file';
  if (token.kind === 'string') return 'a string';
  if (token.kind === 'template') return 'a template literal';
  return `\`${token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text}\``;
}
