/**
 * The grade command prints text an answer controls (unknown field names, duplicate keys): an answer must not be able
 * to clear the terminal, move the cursor or forge a "PASS" line. And an answer file in the wrong encoding is named as
 * such, with the encoding to use, instead of "Found �".
 */
import { describe, expect, it } from 'vitest';
import { decodeAnswerFile } from '../../../../graders/tooling/grade/decode-answer-file';
import { escapeTerminalJson, escapeTerminalLine } from '../../../../graders/tooling/grade/escape-terminal';
import { runGradeCommand } from '../../../../graders/tooling/grade/run-grade-command';

const EXERCISE = 'notification-ec2-or-lambda';
/** Control characters a terminal obeys, line breaks aside (they end the command's own lines). */
// eslint-disable-next-line no-control-regex -- finding control characters is what this test is for.
const OBEYED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Runs the command on one answer file whose bytes are `bytes`. */
function gradeBytes(bytes: Uint8Array, extra: string[] = [], file = 'answer.json') {
  return runGradeCommand([EXERCISE, file, ...extra], (path) => {
    if (path !== file) throw new Error(`unexpected read of ${path}`);
    return bytes;
  });
}

// Clear the screen, go home, and print a fake verdict over the real one; a C1 CSI and a bidi override too.
const FORGED_KEY = '\u001b[2J\u001b[H\rPASS 10/10\n\u009b31m\u202eevil';
const forgedAnswer = new TextEncoder().encode(JSON.stringify({ [FORGED_KEY]: 1, a: 1, a2: 2 }).replace('"a2"', '"a"'));

describe('grade command: answers cannot drive the terminal', () => {
  it('escapes control characters from the answer in the text report', () => {
    const result = gradeBytes(forgedAnswer);
    // The forged answer has the wrong shape: reported and not graded yet (exit 3), never run or obeyed.
    expect(result.exitCode).toBe(3);
    expect(result.stdout).not.toMatch(OBEYED);
    expect(result.stdout).toContain('\\u001b[2J\\u001b[H\\rPASS 10/10\\n\\u009b31m\\u202eevil');
    // Every line is one the report wrote: none starts with the forged verdict.
    expect(result.stdout.split('\n').some((line) => line.startsWith('PASS'))).toBe(false);
  });

  it('escapes them in the JSON report too, which still parses to the same text', () => {
    const result = gradeBytes(forgedAnswer, ['--json']);
    expect(result.stdout).not.toMatch(OBEYED);
    const [report] = JSON.parse(result.stdout) as { diagnostics: { message: { text: string } }[] }[];
    expect(report?.diagnostics.some((diagnostic) => diagnostic.message.text.includes(FORGED_KEY))).toBe(true);
  });

  it('escapes file names and every other line it prints', () => {
    const result = runGradeCommand([EXERCISE, 'x\u001b]0;title\u0007.json'], () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toMatch(OBEYED);
    expect(result.stderr).toContain('x\\u001b]0;title\\u0007.json');
  });

  it.each([
    ['\u001b[31m', '\\u001b[31m'],
    ['a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['\u0085\u2028\u2066', '\\u0085\\u2028\\u2066'],
    ['plain – text ✓', 'plain – text ✓'],
  ])('escapeTerminalLine(%j) is %j', (line, escaped) => {
    expect(escapeTerminalLine(line)).toBe(escaped);
  });

  it('escapeTerminalJson keeps the JSON valid and equal', () => {
    const value = { text: '\u009b\u2028\u202e\u007f ok' };
    const escaped = escapeTerminalJson(JSON.stringify(value));
    expect(escaped).not.toMatch(OBEYED);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

describe('grade command: an answer file in another encoding is named, with what to do', () => {
  const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

  it.each<[string, Uint8Array, string]>([
    [
      'UTF-16 LE with a BOM',
      withBom([0xff, 0xfe], utf16le('{}')),
      'is UTF-16 LE text (it starts with a byte-order mark)',
    ],
    [
      'UTF-16 BE with a BOM',
      withBom([0xfe, 0xff], new Uint8Array(Buffer.from('{}', 'utf16le').swap16())),
      'is UTF-16 BE text',
    ],
    ['UTF-32 LE with a BOM', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'is UTF-32 LE text'],
    ['UTF-16 LE without a BOM', utf16le('{"services": []}'), 'looks like UTF-16 LE text'],
    [
      'a binary file',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'is not text: it has a NUL byte at byte 8',
    ],
    ['Latin-1', new Uint8Array(Buffer.from('{"name": "caf\u00e9"}', 'latin1')), 'is not valid UTF-8 (byte 13 is 0xe9)'],
  ])('%s', (_name, bytes, problem) => {
    const result = gradeBytes(bytes);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`grade: answer.json ${problem}`);
    expect(result.stderr).toContain('UTF-8');
    expect(result.stdout).toBe('');
  });

  it('reads UTF-8, with or without a byte-order mark, as text', () => {
    expect(decodeAnswerFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '\uFEFF{}' });
    expect(decodeAnswerFile(new TextEncoder().encode('{"a": "café ✓"}'))).toEqual({
      ok: true,
      text: '{"a": "café ✓"}',
    });
  });
});
