/**
 * Recursive descent over the subset of TypeScript an answer is written in: top-level `const` declarations with
 * object/array/primitive literals, `as const`, `satisfies T`, `as T`, type annotations, references and spreads of
 * other constants; `export const`, `export default`, `export { … }`; types, interfaces, `declare` and type-only
 * imports are skipped. Everything else stops the reading with a message that says why an answer cannot contain it:
 * the answer is data and is never run.
 */
import { MAX_DEPTH, MAX_ITEMS } from './limits';
import { ReadFailure, createProblem } from './read-result';
import { TypeSkipper } from './skip-ts-type';
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import type { Token } from './tokenize-ts';
import type { ArrayElement, ConstDeclaration, ObjectMember, TsProgram, ValueNode } from './ts-syntax';

const STATEMENT_KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'do',
  'switch',
  'try',
  'return',
  'throw',
  'with',
  'namespace',
  'module',
  'enum',
  'break',
  'continue',
  'label',
  'debugger',
]);
const FUNCTION_KEYWORDS = new Set(['function', 'class', 'async']);
const NOT_DATA_KEYWORDS = new Set([
  'new',
  'this',
  'super',
  'typeof',
  'void',
  'delete',
  'await',
  'yield',
  'instanceof',
  'in',
  'NaN',
  'Infinity',
]);
const OPERATORS = new Set([
  '+',
  '-',
  '*',
  '/',
  '%',
  '**',
  '&&',
  '||',
  '??',
  '?',
  '==',
  '===',
  '!=',
  '!==',
  '<',
  '>',
  '<=',
  '&',
  '|',
  '^',
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**=',
  '??=',
  '++',
  '--',
  '~',
]);

/** Parses the tokens of an answer file; failures are ReadFailures carrying the offending span. */
export function parseTsProgram(tokens: readonly Token[]): TsProgram {
  return new ProgramParser(tokens).parseProgram();
}

class ProgramParser {
  private index = 0;
  private readonly types: TypeSkipper;
  private readonly constants = new Map<string, ConstDeclaration>();
  private defaultExport: ValueNode | undefined;

  constructor(private readonly tokens: readonly Token[]) {
    this.types = new TypeSkipper(tokens);
  }

  parseProgram(): TsProgram {
    while (this.peek().kind !== 'eof') this.parseStatement();
    return { constants: this.constants, defaultExport: this.defaultExport };
  }

  private parseStatement(): void {
    const token = this.peek();
    if (this.isPunct(token, ';')) {
      this.index++;
      return;
    }
    if (token.kind === 'name') {
      switch (token.text) {
        case 'const':
          this.index++;
          this.parseConstList();
          return;
        case 'let':
        case 'var':
          return this.fail('ts.use-const', { keyword: token.text }, token);
        case 'import':
          return this.parseImport();
        case 'export':
          return this.parseExport();
        case 'type':
          if (this.peek(1).kind === 'name' && !this.peek(1).newlineBefore) return this.skipTypeAlias();
          break;
        case 'interface':
          return this.skipInterface();
        case 'declare':
          return this.skipDeclaration();
        default:
          break;
      }
      if (FUNCTION_KEYWORDS.has(token.text)) return this.fail('ts.function', {}, token);
      if (STATEMENT_KEYWORDS.has(token.text)) return this.fail('ts.statement', { keyword: token.text }, token);
      const next = this.peek(1);
      if (this.isPunct(next, '(')) return this.fail('ts.call', { name: token.text }, token, next);
      if (this.isPunct(next, '.') || this.isPunct(next, '['))
        return this.fail('ts.member-access', { name: token.text }, token, next);
      if (this.isPunct(next, '=')) return this.fail('ts.assignment', { name: token.text }, token, next);
    }
    if (token.kind === 'punct' && OPERATORS.has(token.text))
      return this.fail('ts.operator', { operator: token.text }, token);
    return this.fail('ts.not-a-declaration', { found: describeToken(token) }, token);
  }

  private parseConstList(): void {
    for (;;) {
      const name = this.next();
      if (name.kind !== 'name') {
        if (this.isPunct(name, '{') || this.isPunct(name, '[')) return this.fail('ts.destructuring', {}, name);
        return this.fail('ts.unexpected', { found: describeToken(name), expected: 'a constant name' }, name);
      }
      if (this.constants.has(name.text)) return this.fail('ts.duplicate-constant', { name: name.text }, name);
      if (this.isPunct(this.peek(), ':')) {
        this.index++;
        this.skipType();
      }
      const equals = this.next();
      if (!this.isPunct(equals, '='))
        return this.fail(
          'ts.unexpected',
          { found: describeToken(equals), expected: `= and a value for ${name.text}` },
          equals,
        );
      const value = this.parseValue(0);
      this.constants.set(name.text, { name: name.text, value, nameStart: name.start, nameEnd: name.end });
      if (this.isPunct(this.peek(), ',')) {
        this.index++;
        continue;
      }
      this.endStatement();
      return;
    }
  }

  private parseImport(): void {
    const importToken = this.next();
    const next = this.peek();
    // `import type { A } from '…'` only names types, which are never part of the answer's value.
    if (
      next.kind === 'name' &&
      next.text === 'type' &&
      !this.isPunct(this.peek(1), '=') &&
      !(this.peek(1).kind === 'name' && this.peek(1).text === 'from')
    ) {
      while (this.peek().kind !== 'eof' && this.peek().kind !== 'string') this.index++;
      this.index++;
      if (
        this.peek().kind === 'name' &&
        (this.peek().text === 'with' || this.peek().text === 'assert') &&
        !this.peek().newlineBefore
      )
        this.skipBalancedAfter();
      this.endStatement();
      return;
    }
    return this.fail('ts.import', {}, importToken);
  }

  private parseExport(): void {
    const exportToken = this.next();
    const next = this.peek();
    if (next.kind === 'name') {
      if (next.text === 'const') {
        this.index++;
        this.parseConstList();
        return;
      }
      if (next.text === 'default') {
        this.index++;
        if (this.defaultExport !== undefined) return this.fail('ts.duplicate-default', {}, next);
        this.defaultExport = this.parseValue(0);
        this.endStatement();
        return;
      }
      if (next.text === 'type' && this.isPunct(this.peek(1), '{')) return this.skipTypeExport();
      if (next.text === 'type') return this.skipTypeAlias();
      if (next.text === 'declare') return this.skipDeclaration();
      if (next.text === 'interface') return this.skipInterface();
    }
    if (this.isPunct(next, '{')) return this.parseExportList();
    if (next.kind === 'eof')
      return this.fail('ts.unexpected', { found: 'the end of the file', expected: 'what to export' }, exportToken);
    return this.parseStatementAfterExport();
  }

  /** `export let`, `export function`…: reported with the same words as without `export`. */
  private parseStatementAfterExport(): void {
    this.parseStatement();
  }

  /** `export { answer }` and `export { plan as default }`. */
  private parseExportList(): void {
    this.index++;
    while (!this.isPunct(this.peek(), '}')) {
      const local = this.next();
      if (local.kind !== 'name')
        return this.fail('ts.unexpected', { found: describeToken(local), expected: 'a name to export' }, local);
      let exported = local.text;
      if (this.peek().kind === 'name' && this.peek().text === 'as') {
        this.index++;
        exported = this.next().text;
      }
      if (exported === 'default') {
        if (this.defaultExport !== undefined) return this.fail('ts.duplicate-default', {}, local);
        this.defaultExport = { kind: 'reference', name: local.text, start: local.start, end: local.end };
      }
      if (this.isPunct(this.peek(), ',')) this.index++;
      else if (!this.isPunct(this.peek(), '}'))
        return this.fail('ts.unexpected', { found: describeToken(this.peek()), expected: 'a comma or }' }, this.peek());
    }
    this.index++;
    if (this.peek().kind === 'name' && this.peek().text === 'from') return this.fail('ts.import', {}, this.peek());
    this.endStatement();
  }

  private parseValue(depth: number): ValueNode {
    if (depth > MAX_DEPTH) return this.fail('limit.too-deep', { limit: MAX_DEPTH }, this.peek());
    const value = this.parsePrimary(depth);
    return this.parsePostfix(value);
  }

  private parsePrimary(depth: number): ValueNode {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'literal', value: token.text, start: token.start, end: token.end };
      case 'template':
        if (token.hasSubstitution === true) return this.fail('ts.template-substitution', {}, token);
        return { kind: 'literal', value: token.text, start: token.start, end: token.end };
      case 'number':
        return { kind: 'literal', value: this.readNumber(token, false), start: token.start, end: token.end };
      case 'name':
        return this.parseNameValue(token);
      case 'punct':
        if (token.text === '{') return this.parseObject(token, depth + 1);
        if (token.text === '[') return this.parseArray(token, depth + 1);
        if (token.text === '(') return this.parseParenthesized(token, depth + 1);
        if (token.text === '-' && this.peek().kind === 'number' && !this.isPunct(this.peek(1), '.')) {
          const number = this.next();
          return { kind: 'literal', value: this.readNumber(number, true), start: token.start, end: number.end };
        }
        if (OPERATORS.has(token.text)) return this.fail('ts.operator', { operator: token.text }, token);
        return this.fail('ts.unexpected', { found: describeToken(token), expected: 'a value' }, token);
      case 'eof':
        return this.fail('ts.unexpected', { found: 'the end of the file', expected: 'a value' }, token);
    }
  }

  private parseNameValue(token: Token): ValueNode {
    const { text } = token;
    if (text === 'true' || text === 'false')
      return { kind: 'literal', value: text === 'true', start: token.start, end: token.end };
    if (text === 'null') return { kind: 'literal', value: null, start: token.start, end: token.end };
    if (text === 'undefined') return this.fail('ts.undefined', {}, token);
    if (FUNCTION_KEYWORDS.has(text)) return this.fail('ts.function', {}, token);
    if (NOT_DATA_KEYWORDS.has(text)) return this.fail('ts.not-data', { found: text }, token);
    const next = this.peek();
    if (this.isPunct(next, '=>')) return this.fail('ts.function', {}, token);
    if (!next.newlineBefore && (this.isPunct(next, '(') || next.kind === 'template'))
      return this.fail('ts.call', { name: text }, token, next);
    if (this.isPunct(next, '.') || this.isPunct(next, '?.') || (!next.newlineBefore && this.isPunct(next, '['))) {
      return this.fail('ts.member-access', { name: text }, token, next);
    }
    return { kind: 'reference', name: text, start: token.start, end: token.end };
  }

  private parseParenthesized(open: Token, depth: number): ValueNode {
    if (this.isArrowAhead()) return this.fail('ts.function', {}, open);
    const inner = this.parseValue(depth);
    const close = this.next();
    if (!this.isPunct(close, ')'))
      return this.fail('ts.unexpected', { found: describeToken(close), expected: ')' }, close);
    if (this.isPunct(this.peek(), '=>')) return this.fail('ts.function', {}, open);
    return inner;
  }

  /** After `(`: does the matching `)` come before `=>` or a return-type `:`? Then it is an arrow function. */
  private isArrowAhead(): boolean {
    let depth = 1;
    for (let i = this.index; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (token === undefined || token.kind === 'eof') return false;
      if (this.isPunct(token, '(')) depth++;
      else if (this.isPunct(token, ')')) {
        depth--;
        if (depth === 0) {
          const after = this.tokens[i + 1];
          return after !== undefined && (this.isPunct(after, '=>') || this.isPunct(after, ':'));
        }
      }
    }
    return false;
  }

  private parseObject(open: Token, depth: number): ValueNode {
    const members: ObjectMember[] = [];
    for (;;) {
      const token = this.peek();
      if (this.isPunct(token, '}')) {
        this.index++;
        return { kind: 'object', members, start: open.start, end: token.end };
      }
      if (token.kind === 'eof') return this.fail('ts.unclosed', { opener: '{' }, open);
      // Checked while parsing, so a 200 KB literal stops at its 1,001st member instead of being read whole.
      if (members.length >= MAX_ITEMS) return this.fail('limit.too-many-fields', { limit: MAX_ITEMS }, token);
      if (this.isPunct(token, '...')) {
        this.index++;
        const argument = this.parseValue(depth);
        members.push({ kind: 'spread', argument, start: token.start, end: argument.end });
      } else {
        members.push(this.parseProperty(depth));
      }
      const after = this.peek();
      if (this.isPunct(after, ',')) {
        this.index++;
        continue;
      }
      if (this.isPunct(after, '}')) continue;
      if (after.kind === 'eof') return this.fail('ts.unclosed', { opener: '{' }, open);
      if (after.kind === 'punct' && OPERATORS.has(after.text))
        return this.fail('ts.operator', { operator: after.text }, after);
      return this.fail('ts.unexpected', { found: describeToken(after), expected: 'a comma or }' }, after);
    }
  }

  private parseProperty(depth: number): ObjectMember {
    const keyToken = this.next();
    let key: string;
    if (keyToken.kind === 'name' || keyToken.kind === 'string') key = keyToken.text;
    else if (keyToken.kind === 'number') key = String(this.readNumber(keyToken, false));
    else if (this.isPunct(keyToken, '[')) return this.fail('ts.computed-key', {}, keyToken);
    else return this.fail('ts.unexpected', { found: describeToken(keyToken), expected: 'a property name' }, keyToken);
    const next = this.peek();
    if (keyToken.kind === 'name' && (this.isPunct(next, '(') || this.isPunct(next, '<')))
      return this.fail('ts.method', { name: key }, keyToken);
    if (keyToken.kind === 'name' && (key === 'get' || key === 'set' || key === 'async') && next.kind === 'name')
      return this.fail('ts.method', { name: next.text }, keyToken);
    if (this.isPunct(next, '?') || this.isPunct(next, '!'))
      return this.fail('ts.unexpected', { found: describeToken(next), expected: 'a colon' }, next);
    if (this.isPunct(next, ':')) {
      this.index++;
      const value = this.parseValue(depth);
      return { kind: 'property', key, keyStart: keyToken.start, keyEnd: keyToken.end, value };
    }
    if (keyToken.kind === 'name' && (this.isPunct(next, ',') || this.isPunct(next, '}'))) {
      // Shorthand `{ services }` refers to the constant of that name.
      const value: ValueNode = this.checkReferenceName(keyToken);
      return { kind: 'property', key, keyStart: keyToken.start, keyEnd: keyToken.end, value };
    }
    if (this.isPunct(next, '=')) return this.fail('ts.unexpected', { found: '=', expected: 'a colon' }, next);
    return this.fail('ts.unexpected', { found: describeToken(next), expected: `a colon after ${key}` }, next);
  }

  private checkReferenceName(token: Token): ValueNode {
    if (token.text === 'undefined') return this.fail('ts.undefined', {}, token);
    if (token.text === 'true' || token.text === 'false' || token.text === 'null' || NOT_DATA_KEYWORDS.has(token.text)) {
      return this.fail('ts.unexpected', { found: token.text, expected: 'a colon' }, token);
    }
    return { kind: 'reference', name: token.text, start: token.start, end: token.end };
  }

  private parseArray(open: Token, depth: number): ValueNode {
    const elements: ArrayElement[] = [];
    for (;;) {
      const token = this.peek();
      if (this.isPunct(token, ']')) {
        this.index++;
        return { kind: 'array', elements, start: open.start, end: token.end };
      }
      if (token.kind === 'eof') return this.fail('ts.unclosed', { opener: '[' }, open);
      if (this.isPunct(token, ',')) return this.fail('ts.array-hole', {}, token);
      if (elements.length >= MAX_ITEMS) return this.fail('limit.too-many-items', { limit: MAX_ITEMS }, token);
      if (this.isPunct(token, '...')) {
        this.index++;
        const argument = this.parseValue(depth);
        elements.push({ kind: 'spread', argument, start: token.start, end: argument.end });
      } else {
        elements.push(this.parseValue(depth));
      }
      const after = this.peek();
      if (this.isPunct(after, ',')) {
        this.index++;
        continue;
      }
      if (this.isPunct(after, ']')) continue;
      if (after.kind === 'eof') return this.fail('ts.unclosed', { opener: '[' }, open);
      if (after.kind === 'punct' && OPERATORS.has(after.text))
        return this.fail('ts.operator', { operator: after.text }, after);
      return this.fail('ts.unexpected', { found: describeToken(after), expected: 'a comma or ]' }, after);
    }
  }

  /** `as const`, `as T`, `satisfies T` and the non-null `!` leave the value as it is; anything else is an expression. */
  private parsePostfix(value: ValueNode): ValueNode {
    for (;;) {
      const token = this.peek();
      if (token.kind === 'name' && (token.text === 'as' || token.text === 'satisfies') && !token.newlineBefore) {
        this.index++;
        if (token.text === 'as' && this.peek().kind === 'name' && this.peek().text === 'const') this.index++;
        else this.skipType();
        continue;
      }
      if (this.isPunct(token, '!') && !token.newlineBefore) {
        this.index++;
        continue;
      }
      if (this.isPunct(token, '(') && !token.newlineBefore) return this.fail('ts.call', { name: 'this value' }, token);
      if (this.isPunct(token, '.') || this.isPunct(token, '?.')) {
        const member = this.peek(1);
        if (member.kind === 'name' && this.isPunct(this.peek(2), '('))
          return this.fail('ts.call', { name: `.${member.text}()` }, token, member);
        return this.fail('ts.member-access', { name: 'this value' }, token);
      }
      if (this.isPunct(token, '[') && !token.newlineBefore)
        return this.fail('ts.member-access', { name: 'this value' }, token);
      if (
        token.kind === 'punct' &&
        OPERATORS.has(token.text) &&
        !(token.newlineBefore && (token.text === '++' || token.text === '--'))
      ) {
        return this.fail('ts.operator', { operator: token.text }, token);
      }
      if (token.kind === 'name' && (token.text === 'instanceof' || token.text === 'in') && !token.newlineBefore)
        return this.fail('ts.operator', { operator: token.text }, token);
      return value;
    }
  }

  /** Skips a type (after `:`, `as`, `satisfies`) to exactly where TypeScript ends it. */
  private skipType(): void {
    this.index = this.types.skipType(this.index);
  }

  /** `type X<T> = …`: the type is skipped as TypeScript reads it, and the statement must end right after it. */
  private skipTypeAlias(): void {
    this.index++;
    const name = this.next();
    if (name.kind !== 'name')
      return this.fail('ts.unexpected', { found: describeToken(name), expected: 'a type name' }, name);
    if (this.isPunct(this.peek(), '<')) this.index = this.types.skipBalanced(this.index);
    const equals = this.next();
    if (!this.isPunct(equals, '='))
      return this.fail(
        'ts.unexpected',
        { found: describeToken(equals), expected: `= and a type for ${name.text}` },
        equals,
      );
    this.skipType();
    this.endStatement();
  }

  /** `export type { A, B }` and `export type { A } from '…'`: names of types only. */
  private skipTypeExport(): void {
    this.index++;
    this.index = this.types.skipBalanced(this.index);
    if (this.peek().kind === 'name' && this.peek().text === 'from') {
      this.index++;
      const from = this.next();
      if (from.kind !== 'string')
        return this.fail('ts.unexpected', { found: describeToken(from), expected: 'a module name' }, from);
    }
    this.endStatement();
  }

  /**
   * `declare const x: T`, `declare function f(): T`, `declare module '…' { … }` and the like: declarations of types
   * and of things that exist elsewhere, never values of the answer. Each is skipped to where it ends.
   */
  private skipDeclaration(): void {
    const declare = this.next();
    const keyword = this.next();
    if (keyword.kind !== 'name')
      return this.fail('ts.unexpected', { found: describeToken(keyword), expected: 'what is declared' }, keyword);
    switch (keyword.text) {
      case 'const':
      case 'let':
      case 'var':
        for (;;) {
          const name = this.next();
          if (name.kind !== 'name')
            return this.fail('ts.unexpected', { found: describeToken(name), expected: 'a name' }, name);
          if (this.isPunct(this.peek(), ':')) {
            this.index++;
            this.skipType();
          }
          if (!this.isPunct(this.peek(), ',')) break;
          this.index++;
        }
        return this.endStatement();
      case 'function': {
        const name = this.next();
        if (name.kind !== 'name')
          return this.fail('ts.unexpected', { found: describeToken(name), expected: 'a function name' }, name);
        if (this.isPunct(this.peek(), '<')) this.index = this.types.skipBalanced(this.index);
        if (!this.isPunct(this.peek(), '('))
          return this.fail('ts.unexpected', { found: describeToken(this.peek()), expected: '(' }, this.peek());
        this.index = this.types.skipBalanced(this.index);
        if (this.isPunct(this.peek(), ':')) {
          this.index++;
          this.skipType();
        }
        return this.endStatement();
      }
      case 'type':
        this.index--;
        return this.skipTypeAlias();
      case 'interface':
        this.index--;
        return this.skipInterface();
      case 'module':
      case 'namespace':
      case 'global':
      case 'enum':
      case 'class':
      case 'abstract':
        return this.skipDeclaredBody(keyword);
      default:
        return this.fail('ts.not-a-declaration', { found: describeToken(keyword) }, declare, keyword);
    }
  }

  /** `declare module 'x' { … }`, `declare class C extends D { … }`: the header, then the body through its brace. */
  private skipDeclaredBody(keyword: Token): void {
    if (keyword.text === 'module' && this.peek().kind === 'string' && !this.isPunct(this.peek(1), '{')) {
      this.index++;
      return this.endStatement();
    }
    while (!this.isPunct(this.peek(), '{')) {
      const token = this.peek();
      if (token.kind === 'eof' || this.isPunct(token, ';') || this.isPunct(token, '}') || token.newlineBefore)
        return this.fail('ts.unexpected', { found: describeToken(token), expected: '{' }, token);
      if (this.isPunct(token, '<') || this.isPunct(token, '(')) this.index = this.types.skipBalanced(this.index);
      else this.index++;
    }
    this.index = this.types.skipBalanced(this.index);
  }

  /** `interface X<T> extends Y { … }`: skipped through its closing brace. */
  private skipInterface(): void {
    const start = this.next();
    while (!this.isPunct(this.peek(), '{')) {
      const token = this.peek();
      if (token.kind === 'eof') return this.fail('ts.unclosed', { opener: 'interface' }, start);
      if (this.isPunct(token, '<')) this.index = this.types.skipBalanced(this.index);
      else if (token.kind === 'punct' && !this.isPunct(token, ',') && !this.isPunct(token, '.'))
        return this.fail('ts.unexpected', { found: describeToken(token), expected: '{' }, token);
      else this.index++;
    }
    this.index = this.types.skipBalanced(this.index);
  }

  /** Skips from the next token (an opening bracket) through its matching closer. */
  private skipBalancedAfter(): void {
    this.index = this.types.skipBalanced(this.index);
  }

  /** A statement ends with `;`, at the end of the file, before `}`, or (automatic semicolon) at a line break. */
  private endStatement(): void {
    const token = this.peek();
    if (this.isPunct(token, ';')) {
      this.index++;
      return;
    }
    if (token.kind === 'eof' || token.newlineBefore) return;
    if (token.kind === 'punct' && OPERATORS.has(token.text))
      return this.fail('ts.operator', { operator: token.text }, token);
    return this.fail('ts.unexpected', { found: describeToken(token), expected: 'a semicolon or a line break' }, token);
  }

  private readNumber(token: Token, negative: boolean): number {
    const text = token.text.replace(/_/g, '');
    if (/n$/.test(text)) return this.fail('ts.not-data', { found: `${token.text} (a BigInt)` }, token);
    if (/^0[0-9]/.test(text)) return this.fail('ts.bad-number', { found: token.text }, token);
    if (
      // `[0-9]+(\.[0-9]*)?`, not `[0-9]+\.?[0-9]*`: the latter splits a run of digits every possible way before it
      // fails, and 100k digits followed by a letter took 14 s.
      !/^(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$/.test(
        text,
      ) ||
      /__|^_|_$|_\.|\._/.test(token.text)
    ) {
      return this.fail('ts.bad-number', { found: token.text }, token);
    }
    const value = Number(text);
    if (!Number.isFinite(value)) return this.fail('ts.bad-number', { found: token.text }, token);
    return negative ? -value : value;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] ?? EOF;
  }

  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  private isPunct(token: Token, text: string): boolean {
    return token.kind === 'punct' && token.text === text;
  }

  private fail<Id extends MessageId>(messageId: Id, params: ParamsFor<Id>, from: Token, to: Token = from): never {
    throw new ReadFailure(createProblem(messageId, params, from.start, to.end));
  }
}

const EOF: Token = { kind: 'eof', text: '', start: 0, end: 0, newlineBefore: true };

/** A token in a message: its text in backticks, or what it is. */
function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'the end of the file';
  if (token.kind === 'string')
    return `the string ${JSON.stringify(token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text)}`;
  if (token.kind === 'template') return 'a template literal';
  const text = token.text.length > 30 ? `${token.text.slice(0, 30)}…` : token.text;
  return `\`${text}\``;
}
