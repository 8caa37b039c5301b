/**
 * The tokenizer of the TypeScript-answer reader. It knows the lexical grammar well enough to read literals and to
 * skip types and comments; it does not need regular expressions or JSX because an answer has neither (a `/` can only
 * start an operator there, which the reader rejects anyway).
 */
import { ReadFailure, createProblem } from './read-result';

/** One token; `text` is the cooked value for strings and templates, the source text otherwise. */
export interface Token {
  kind: 'name' | 'string' | 'template' | 'number' | 'punct' | 'eof';
  text: string;
  start: number;
  end: number;
  /** A line break came between the previous token and this one (automatic semicolon insertion depends on it). */
  newlineBefore: boolean;
  /** For templates: the literal has `${…}` substitutions. */
  hasSubstitution?: boolean;
}

// Longest first. `<` and `>` stay single so `Array<Array<T>>` closes two generic brackets when a type is skipped.
const PUNCTUATORS = [
  '...',
  '===',
  '!==',
  '**=',
  '??=',
  '=>',
  '?.',
  '??',
  '==',
  '!=',
  '<=',
  '&&',
  '||',
  '**',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
];

/** Splits `source` into tokens, ending with one `eof` token; a malformed token stops with a ReadFailure. */
export function tokenizeTs(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let newlineBefore = false;
  const length = source.length;

  while (pos < length) {
    const code = source.charCodeAt(pos);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      newlineBefore = true;
      pos++;
      continue;
    }
    if (
      code === 32 ||
      code === 9 ||
      code === 11 ||
      code === 12 ||
      code === 0xa0 ||
      code === 0xfeff ||
      (code > 127 && /\s/.test(source[pos] ?? ''))
    ) {
      pos++;
      continue;
    }
    if (code === 47 && source.charCodeAt(pos + 1) === 47) {
      while (pos < length && !isLineBreak(source.charCodeAt(pos))) pos++;
      continue;
    }
    if (code === 47 && source.charCodeAt(pos + 1) === 42) {
      const close = source.indexOf('*/', pos + 2);
      if (close === -1) throw new ReadFailure(createProblem('ts.unterminated-comment', {}, pos, pos + 2));
      if (/[\n\r\u2028\u2029]/.test(source.slice(pos, close))) newlineBefore = true;
      pos = close + 2;
      continue;
    }
    const start = pos;
    let token: Token;
    if (isNameStart(code, source, pos)) {
      pos++;
      while (pos < length && isNamePart(source.charCodeAt(pos), source, pos)) pos++;
      token = { kind: 'name', text: source.slice(start, pos), start, end: pos, newlineBefore };
    } else if (code === 34 || code === 39) {
      const read = readQuoted(source, pos);
      pos = read.end;
      token = { kind: 'string', text: read.text, start, end: pos, newlineBefore };
    } else if (code === 96) {
      const read = readTemplate(source, pos);
      pos = read.end;
      token = {
        kind: 'template',
        text: read.text,
        start,
        end: pos,
        newlineBefore,
        hasSubstitution: read.hasSubstitution,
      };
    } else if ((code >= 48 && code <= 57) || (code === 46 && isDigit(source.charCodeAt(pos + 1)))) {
      // In 0x…, 0b… and 0o… an `e` is a digit, so a sign after it ends the number.
      const radix = code === 48 && 'xXbBoO'.includes(source[pos + 1] ?? '.');
      while (
        pos < length &&
        (isNamePart(source.charCodeAt(pos), source, pos) ||
          source[pos] === '.' ||
          ((source[pos] === '+' || source[pos] === '-') && !radix && 'eE'.includes(source[pos - 1] ?? '.')))
      )
        pos++;
      token = { kind: 'number', text: source.slice(start, pos), start, end: pos, newlineBefore };
    } else {
      const punct = PUNCTUATORS.find((candidate) => source.startsWith(candidate, pos)) ?? source[pos] ?? '';
      pos += punct.length;
      token = { kind: 'punct', text: punct, start, end: pos, newlineBefore };
    }
    tokens.push(token);
    newlineBefore = false;
  }
  tokens.push({ kind: 'eof', text: '', start: length, end: length, newlineBefore: true });
  return tokens;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isNameStart(code: number, source: string, pos: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36) return true;
  return code > 127 && /\p{ID_Start}/u.test(String.fromCodePoint(source.codePointAt(pos) ?? 0));
}

function isNamePart(code: number, source: string, pos: number): boolean {
  if (isNameStart(code, source, pos) || isDigit(code)) return true;
  return code > 127 && /[\p{ID_Continue}\u200c\u200d]/u.test(String.fromCodePoint(source.codePointAt(pos) ?? 0));
}

/** Reads a '…' or "…" string with ECMAScript escapes. */
function readQuoted(source: string, open: number): { text: string; end: number } {
  const quote = source.charCodeAt(open);
  let pos = open + 1;
  let text = '';
  for (;;) {
    const code = source.charCodeAt(pos);
    if (Number.isNaN(code) || code === 10 || code === 13)
      throw new ReadFailure(createProblem('ts.unterminated-string', {}, open, pos));
    if (code === quote) return { text, end: pos + 1 };
    if (code === 92) {
      const escape = readEscape(source, pos);
      text += escape.text;
      pos = escape.end;
      continue;
    }
    text += source[pos];
    pos++;
  }
}

/** Reads a `…` template; `${…}` substitutions are skipped with brace counting and flagged for the reader to reject. */
function readTemplate(source: string, open: number): { text: string; end: number; hasSubstitution: boolean } {
  let pos = open + 1;
  let text = '';
  let hasSubstitution = false;
  for (;;) {
    const code = source.charCodeAt(pos);
    if (Number.isNaN(code)) throw new ReadFailure(createProblem('ts.unterminated-template', {}, open, open + 1));
    if (code === 96) return { text, end: pos + 1, hasSubstitution };
    if (code === 92) {
      const escape = readEscape(source, pos);
      text += escape.text;
      pos = escape.end;
      continue;
    }
    if (code === 36 && source.charCodeAt(pos + 1) === 123) {
      hasSubstitution = true;
      let depth = 1;
      pos += 2;
      while (depth > 0) {
        const inner = source.charCodeAt(pos);
        if (Number.isNaN(inner)) throw new ReadFailure(createProblem('ts.unterminated-template', {}, open, open + 1));
        if (inner === 123) depth++;
        else if (inner === 125) depth--;
        pos++;
      }
      continue;
    }
    // Template literals keep line breaks, normalising \r\n to \n as the language does.
    if (code === 13) {
      text += '\n';
      pos += source.charCodeAt(pos + 1) === 10 ? 2 : 1;
      continue;
    }
    text += source[pos];
    pos++;
  }
}

function readEscape(source: string, at: number): { text: string; end: number } {
  const letter = source[at + 1] ?? '';
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (letter === '') throw new ReadFailure(createProblem('ts.unterminated-string', {}, at, at + 1));
  if (Object.hasOwn(simple, letter) && !(letter === '0' && isDigit(source.charCodeAt(at + 2))))
    return { text: simple[letter] ?? '', end: at + 2 };
  if (letter === '\r') return { text: '', end: source[at + 2] === '\n' ? at + 3 : at + 2 };
  if (letter === '\n' || letter === '\u2028' || letter === '\u2029') return { text: '', end: at + 2 };
  if (letter === 'x') {
    const hex = source.slice(at + 2, at + 4);
    if (!/^[0-9a-fA-F]{2}$/.test(hex))
      throw new ReadFailure(createProblem('ts.bad-escape', { escape: `\\x${hex}` }, at, at + 4));
    return { text: String.fromCharCode(parseInt(hex, 16)), end: at + 4 };
  }
  if (letter === 'u') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(at + 2, at + 10));
    if (braced) {
      const point = parseInt(braced[1] ?? '', 16);
      if (point > 0x10ffff)
        throw new ReadFailure(
          createProblem('ts.bad-escape', { escape: `\\u${braced[0]}` }, at, at + 2 + braced[0].length),
        );
      return { text: String.fromCodePoint(point), end: at + 2 + braced[0].length };
    }
    const hex = source.slice(at + 2, at + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex))
      throw new ReadFailure(createProblem('ts.bad-escape', { escape: `\\u${hex}` }, at, at + 6));
    return { text: String.fromCharCode(parseInt(hex, 16)), end: at + 6 };
  }
  if (isDigit(source.charCodeAt(at + 1)))
    throw new ReadFailure(createProblem('ts.bad-escape', { escape: `\\${letter}` }, at, at + 2));
  // Any other escaped character stands for itself, as in ECMAScript ("\'" in a '…' string, "\d" → "d").
  const point = source.codePointAt(at + 1) ?? 0;
  return { text: String.fromCodePoint(point), end: at + 1 + (point > 0xffff ? 2 : 1) };
}
