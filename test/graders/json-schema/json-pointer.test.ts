import { describe, expect, it } from 'vitest';
import {
  appendPointer,
  escapePointerToken,
  isIndexToken,
  readOwn,
  resolvePointer,
  splitPointer,
  unescapePointerToken,
} from '../../../graders/json-schema/json-pointer';

describe('JSON pointer tokens', () => {
  it.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
    ['/~', '~1~0'],
  ])('escapes %j as %j and back', (token, escaped) => {
    expect(escapePointerToken(token)).toBe(escaped);
    expect(unescapePointerToken(escaped)).toBe(token);
  });

  it('appends and splits keys holding "/" and "~", and indexes', () => {
    const pointer = appendPointer(appendPointer(appendPointer('', 'a/b~c'), 2), '~1');
    expect(pointer).toBe('/a~1b~0c/2/~01');
    expect(splitPointer(pointer)).toEqual(['a/b~c', '2', '~1']);
    expect(splitPointer('')).toEqual([]);
    expect(splitPointer('/')).toEqual(['']);
  });

  it('takes only canonical array indexes', () => {
    expect(['0', '7', '10'].map(isIndexToken)).toEqual([true, true, true]);
    expect(['01', '-1', '1.0', '', ' 1', 'length'].map(isIndexToken)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('resolvePointer', () => {
  const answer = { 'a/b~c': { list: ['x', 'y'] }, '': 'empty key' };

  it('reads through escaped keys and indexes', () => {
    expect(resolvePointer(answer, '/a~1b~0c/list/1')).toBe('y');
    expect(resolvePointer(answer, '/')).toBe('empty key');
    expect(resolvePointer(answer, '')).toBe(answer);
  });

  it('finds nothing at a missing step, a non-canonical index or past a scalar', () => {
    expect(resolvePointer(answer, '/a~1b~0c/list/01')).toBeUndefined();
    expect(resolvePointer(answer, '/a~1b~0c/list/2')).toBeUndefined();
    expect(resolvePointer(answer, '/a~1b~0c/list/length')).toBeUndefined();
    expect(resolvePointer(answer, '/a/b~c')).toBeUndefined();
    expect(resolvePointer({ n: 1 }, '/n/x')).toBeUndefined();
  });

  it('reads own data properties only: no inherited member, no getter run', () => {
    let ran = false;
    const hostile = Object.defineProperty({}, 'field', {
      enumerable: true,
      get: () => {
        ran = true;
        return 'secret';
      },
    });
    expect(resolvePointer(hostile, '/field')).toBeUndefined();
    expect(ran).toBe(false);
    expect(resolvePointer({}, '/constructor')).toBeUndefined();
    expect(readOwn({}, 'toString')).toBeUndefined();
    expect(resolvePointer(JSON.parse('{"__proto__": {"x": 1}}'), '/__proto__/x')).toBe(1);
  });
});
