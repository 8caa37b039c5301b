/**
 * JSON pointers (RFC 6901) name the parts of an answer: criteria say where they look with one, reports say where
 * they looked with one, and the editor marks the text that a pointer's span covers.
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Appends a token to a pointer. */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${typeof token === 'number' ? token : escapePointerToken(token)}`;
}

/** Splits a pointer into unescaped tokens; `""` is the whole answer. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads an own property of a plain object (never an inherited one such as `constructor`). */
export function readOwn(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value at `pointer`, or undefined when any step is missing. Array steps must be canonical indexes. */
export function resolvePointer(answer: unknown, pointer: string): unknown {
  let current = answer;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else {
      current = readOwn(current, token);
    }
    if (current === undefined) return undefined;
  }
  return current;
}

/** Whether one pointer is the other or one of its ancestors or descendants. */
export function arePointersRelated(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true;
  return a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** The parent pointer (the root is its own parent). */
export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

/** A pointer in the words a candidate reads: `/calls/2/style` → `calls[2].style`; the root is "the answer". */
export function describePointer(pointer: string): string {
  if (pointer === '') return 'the answer';
  let text = '';
  for (const token of splitPointer(pointer)) {
    if (/^(0|[1-9][0-9]*)$/.test(token)) text += `[${token}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(token)) text += text === '' ? token : `.${token}`;
    else text += `[${JSON.stringify(token)}]`;
  }
  return text;
}
