import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../../graders/parse/line-index';
import { readJsonAnswer } from '../../../graders/parse/read-json';

/** The first problem of a failed read, as message id and 1-based line:column. */
function firstProblem(source: string): string {
  const result = readJsonAnswer(source);
  if (result.ok) return 'ok';
  const problem = result.problems[0];
  if (problem === undefined) return 'no problem';
  const at = createLineIndex(source)(problem.span.start);
  return `${problem.messageId} ${at.line}:${at.column}`;
}

describe('readJsonAnswer: syntax errors with line and column', () => {
  it.each([
    ['', 'json.empty 1:1'],
    ['   \n ', 'json.empty 1:1'],
    ['{"a": 1,}', 'json.trailing-comma 1:8'],
    ['[1, 2,\n]', 'json.trailing-comma 1:6'],
    ['{\n  "a": 1\n  "b": 2\n}', 'json.missing-comma 3:3'],
    ['[1 2]', 'json.missing-comma 1:4'],
    ['{"a": tru}', 'json.bad-word 1:7'],
    ['{"a": True}', 'json.bad-word 1:7'],
    ['{"a": undefined}', 'json.bad-word 1:7'],
    ['{\n  "a": {\n    "b": 1\n', 'json.unclosed 2:8'],
    ['[1, [2, 3]', 'json.unclosed 1:1'],
    ["{'a': 1}", 'json.single-quote 1:2'],
    ['{"a": \'x\'}', 'json.single-quote 1:7'],
    ['{a: 1}', 'json.unquoted-key 1:2'],
    ['{"a": 1} // done', 'json.comment 1:10'],
    ['{\n  /* note */ "a": 1}', 'json.comment 2:3'],
    ['{"a": "x\n"}', 'json.unterminated-string 1:7'],
    ['{"a": "\\q"}', 'json.bad-escape 1:8'],
    ['{"a": "\\u12G4"}', 'json.bad-escape 1:8'],
    ['{"a": 01}', 'json.bad-number 1:7'],
    ['{"a": 1.}', 'json.bad-number 1:7'],
    ['{"a": -}', 'json.bad-number 1:7'],
    ['{"a": 1e999}', 'json.bad-number 1:7'],
    ['{"a": 1} {"b": 2}', 'json.extra-content 1:10'],
    ['{"a": [1,,2]}', 'json.array-hole 1:10'],
    ['{"a"  1}', 'json.unexpected-character 1:7'],
    ['{"a": @}', 'json.unexpected-character 1:7'],
    ['{"a": "tab\there"}', 'json.control-character 1:11'],
    ['\r\n{\r\n"a": x}', 'json.bad-word 3:6'],
  ])('%j → %s', (source, expected) => {
    expect(firstProblem(source)).toBe(expected);
  });

  it('stops at a nesting limit instead of overflowing the stack', () => {
    expect(firstProblem('['.repeat(100_000))).toBe('limit.too-deep 1:65');
    expect(firstProblem(`${'['.repeat(64)}${']'.repeat(64)}`)).toBe('ok');
  });
});

describe('readJsonAnswer: values and spans', () => {
  it('reads what JSON.parse reads, escapes included', () => {
    const source = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\"y\\u00e9\\n"}, "": 0}';
    const result = readJsonAnswer(source);
    expect(result.ok && result.value).toEqual(JSON.parse(source));
  });

  it('records the span of every value and key by JSON pointer', () => {
    const source = '{\n  "calls": [\n    { "style": "asynch" }\n  ]\n}';
    const result = readJsonAnswer(source);
    if (!result.ok) throw new Error('should read');
    const lines = createLineIndex(source);
    const value = result.spans.values.get('/calls/0/style');
    const key = result.spans.keys.get('/calls/0/style');
    expect(value && lines(value.start)).toEqual({ line: 3, column: 16 });
    expect(key && lines(key.start)).toEqual({ line: 3, column: 7 });
    expect(result.spans.values.get('')).toEqual({ start: 0, end: source.length });
  });

  it('escapes pointer tokens (~ and /)', () => {
    const result = readJsonAnswer('{"a/b": {"c~d": 1}}');
    expect(result.ok && [...result.spans.values.keys()]).toEqual(['/a~1b/c~0d', '/a~1b', '']);
  });

  it('keeps __proto__ as an own property and never changes a prototype', () => {
    const result = readJsonAnswer('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    if (!result.ok) throw new Error('should read');
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.keys(result.value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('warns about a duplicate key and keeps the last value, like JSON.parse', () => {
    const result = readJsonAnswer('{"a": 1, "a": 2}');
    expect(result.ok && result.value).toEqual({ a: 2 });
    expect(result.ok && result.warnings.map((w) => [w.messageId, w.severity])).toEqual([
      ['answer.duplicate-key', 'warning'],
    ]);
  });

  it('ignores a byte-order mark', () => {
    expect(readJsonAnswer('\uFEFF{"a": 1}').ok).toBe(true);
  });
});
