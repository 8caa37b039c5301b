/**
 * A strict JSON reader that knows where everything is. JSON.parse says "Unexpected token" with an offset at best;
 * candidates need the line and column, words for the usual slips (a trailing comma, a comment, single quotes, a
 * missing comma) and, for schema errors later on, the span of every value by JSON pointer.
 */
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import { appendPointer } from '../json-schema/json-pointer';
import { MAX_DEPTH } from './limits';
import {
  ReadFailure,
  createAnswerSpans,
  createProblem,
  defineOwn,
  type AnswerSpans,
  type ReadResult,
  type SourceProblem,
} from './read-result';
import { ValueBudget } from './value-budget';

const QUOTE = 34;
const BACKSLASH = 92;

/** Reads one JSON value from `source`; never throws. */
export function readJsonAnswer(source: string): ReadResult {
  const reader = new JsonReader(source);
  try {
    const value = reader.readDocument();
    return { ok: true, value, spans: reader.spans, warnings: reader.warnings };
  } catch (caught) {
    if (caught instanceof ReadFailure) return { ok: false, problems: [caught.problem] };
    throw caught;
  }
}

class JsonReader {
  readonly spans: AnswerSpans = createAnswerSpans();
  readonly warnings: SourceProblem[] = [];
  private readonly budget = new ValueBudget();
  private pos = 0;

  constructor(private readonly src: string) {}

  readDocument(): unknown {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1; // an editor's byte-order mark is not the candidate's doing
    this.skipSpace();
    if (this.pos >= this.src.length) this.fail('json.empty', {}, 0, 0);
    const value = this.readValue('', 0);
    this.skipSpace();
    if (this.pos < this.src.length) {
      this.fail('json.extra-content', { found: this.describeHere() }, this.pos, this.pos + 1);
    }
    return value;
  }

  private readValue(pointer: string, depth: number): unknown {
    const start = this.pos;
    const code = this.src.charCodeAt(start);
    this.budget.countValue({ start, end: start + 1 });
    let value: unknown;
    if (code === 123) value = this.readObject(pointer, depth + 1);
    else if (code === 91) value = this.readArray(pointer, depth + 1);
    else if (code === QUOTE) {
      const text = this.readString();
      this.budget.checkString(text, { start, end: this.pos });
      value = text;
    } else if (code === 45 || (code >= 48 && code <= 57)) value = this.readNumber();
    else if (code === 39) this.fail('json.single-quote', {}, start, start + 1);
    else if (Number.isNaN(code)) this.fail('json.unexpected-end', { expected: 'a value' }, start, start);
    else if (isWordCode(code)) value = this.readWord();
    else this.fail('json.unexpected-character', { found: this.describeHere(), expected: 'a value' }, start, start + 1);
    this.spans.values.set(pointer, { start, end: this.pos });
    return value;
  }

  private readObject(pointer: string, depth: number): Record<string, unknown> {
    const open = this.pos;
    if (depth > MAX_DEPTH) this.fail('limit.too-deep', { limit: MAX_DEPTH }, open, open + 1);
    this.pos++;
    const result: Record<string, unknown> = {};
    this.skipSpace();
    if (this.src.charCodeAt(this.pos) === 125) {
      this.pos++;
      return result;
    }
    for (let members = 1; ; members++) {
      this.skipSpace();
      const keyStart = this.pos;
      this.budget.checkFields(members, { start: keyStart, end: keyStart + 1 });
      const code = this.src.charCodeAt(keyStart);
      if (code !== QUOTE) this.failOnKey(code, open);
      const key = this.readString();
      const keyEnd = this.pos;
      const childPointer = appendPointer(pointer, key);
      this.budget.checkKey(key, childPointer, { start: keyStart, end: keyEnd });
      this.spans.keys.set(childPointer, { start: keyStart, end: this.pos });
      this.skipSpace();
      if (this.src.charCodeAt(this.pos) !== 58) {
        this.failExpected(`a colon after "${key}"`, open, '{');
      }
      this.pos++;
      this.skipSpace();
      const value = this.readValue(childPointer, depth);
      if (Object.hasOwn(result, key)) {
        this.warnings.push({
          ...createProblem('answer.duplicate-key', { key }, keyStart, keyEnd),
          severity: 'warning',
        });
      }
      defineOwn(result, key, value);
      this.skipSpace();
      const next = this.src.charCodeAt(this.pos);
      if (next === 44) {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.src.charCodeAt(this.pos) === 125) this.fail('json.trailing-comma', { closer: '}' }, comma, comma + 1);
        continue;
      }
      if (next === 125) {
        this.pos++;
        return result;
      }
      if (next === QUOTE) this.fail('json.missing-comma', { after: `the value of "${key}"` }, this.pos, this.pos + 1);
      this.failExpected(`a comma or } after the value of "${key}"`, open, '{');
    }
  }

  private readArray(pointer: string, depth: number): unknown[] {
    const open = this.pos;
    if (depth > MAX_DEPTH) this.fail('limit.too-deep', { limit: MAX_DEPTH }, open, open + 1);
    this.pos++;
    const result: unknown[] = [];
    this.skipSpace();
    if (this.src.charCodeAt(this.pos) === 93) {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.src.charCodeAt(this.pos) === 44) this.fail('json.array-hole', {}, this.pos, this.pos + 1);
      this.budget.checkItems(result.length + 1, { start: this.pos, end: this.pos + 1 });
      result.push(this.readValue(appendPointer(pointer, result.length), depth));
      this.skipSpace();
      const next = this.src.charCodeAt(this.pos);
      if (next === 44) {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.src.charCodeAt(this.pos) === 93) this.fail('json.trailing-comma', { closer: ']' }, comma, comma + 1);
        continue;
      }
      if (next === 93) {
        this.pos++;
        return result;
      }
      if (next === QUOTE || next === 123 || next === 91 || (next >= 48 && next <= 57)) {
        this.fail('json.missing-comma', { after: `item ${result.length - 1}` }, this.pos, this.pos + 1);
      }
      this.failExpected(`a comma or ] after item ${result.length - 1}`, open, '[');
    }
  }

  private readString(): string {
    const open = this.pos;
    this.pos++;
    let text = '';
    let chunk = this.pos;
    for (;;) {
      const code = this.src.charCodeAt(this.pos);
      if (code === QUOTE) {
        text += this.src.slice(chunk, this.pos);
        this.pos++;
        return text;
      }
      if (Number.isNaN(code) || code === 10 || code === 13) this.fail('json.unterminated-string', {}, open, this.pos);
      if (code < 32) this.fail('json.control-character', {}, this.pos, this.pos + 1);
      if (code === BACKSLASH) {
        text += this.src.slice(chunk, this.pos);
        text += this.readEscape();
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private readEscape(): string {
    const start = this.pos;
    const letter = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    switch (letter) {
      case '"':
      case '\\':
      case '/':
        return letter;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = this.src.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          this.fail('json.bad-escape', { escape: `\\u${hex}` }, start, this.pos + hex.length);
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        if (letter === '') this.fail('json.unterminated-string', {}, start, start + 1);
        return this.fail('json.bad-escape', { escape: `\\${letter}` }, start, this.pos);
    }
  }

  private readNumber(): number {
    const start = this.pos;
    while (this.pos < this.src.length && isNumberTailCode(this.src.charCodeAt(this.pos))) this.pos++;
    const text = this.src.slice(start, this.pos);
    if (!/^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(text))
      this.fail('json.bad-number', { found: text }, start, this.pos);
    const value = Number(text);
    if (!Number.isFinite(value)) this.fail('json.bad-number', { found: text }, start, this.pos);
    return value;
  }

  private readWord(): boolean | null {
    const start = this.pos;
    while (this.pos < this.src.length && isWordCode(this.src.charCodeAt(this.pos))) this.pos++;
    const word = this.src.slice(start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return this.fail('json.bad-word', { found: word.length > 40 ? `${word.slice(0, 40)}…` : word }, start, this.pos);
  }

  /** Whitespace as JSON defines it; a comment gets its own message because editors and JSON5 allow them. */
  private skipSpace(): void {
    for (;;) {
      const code = this.src.charCodeAt(this.pos);
      if (code === 32 || code === 10 || code === 13 || code === 9) this.pos++;
      else if (code === 47 && (this.src[this.pos + 1] === '/' || this.src[this.pos + 1] === '*')) {
        this.fail('json.comment', {}, this.pos, this.pos + 2);
      } else return;
    }
  }

  private failOnKey(code: number, open: number): never {
    const at = this.pos;
    if (code === 125) this.fail('json.trailing-comma', { closer: '}' }, at, at + 1);
    if (code === 39) this.fail('json.single-quote', {}, at, at + 1);
    if (isWordCode(code)) {
      let end = at;
      while (end < this.src.length && isWordCode(this.src.charCodeAt(end))) end++;
      this.fail('json.unquoted-key', { name: this.src.slice(at, end) }, at, end);
    }
    return this.failExpected('a property name in double quotes', open, '{');
  }

  /** At the end of the text the useful place to mark is the bracket left open; elsewhere, the offending character. */
  private failExpected(expected: string, open: number, opener: string): never {
    if (this.pos >= this.src.length) return this.fail('json.unclosed', { opener }, open, open + 1);
    return this.fail('json.unexpected-character', { found: this.describeHere(), expected }, this.pos, this.pos + 1);
  }

  private describeHere(): string {
    const char = this.src.slice(this.pos, this.pos + 1);
    if (char === '') return 'the end of the answer';
    return /\s/.test(char) ? `a ${JSON.stringify(char)} character` : `"${char}"`;
  }

  private fail<Id extends MessageId>(messageId: Id, params: ParamsFor<Id>, start: number, end: number): never {
    throw new ReadFailure(createProblem(messageId, params, start, end));
  }
}

/** Letters, digits, `_` and `$`: the characters of a bare word such as `true` or a mistyped `True`. */
function isWordCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36
  );
}

/** Characters that may continue a number token, so `1.2.3` or `01` is reported whole. */
function isNumberTailCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 43 ||
    code === 45 ||
    code === 101 ||
    code === 69 ||
    isWordCode(code)
  );
}
