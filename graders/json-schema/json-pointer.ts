/**
 * JSON pointers (RFC 6901) name the parts of an answer and of a schema document: criteria say where they look with
 * one, reports say where they looked with one, the editor marks the text that a pointer's span covers, the drawing
 * names its entries with one, and a `$ref`'s fragment is one. Escaping is written here only, so a key holding `/` or
 * `~` means the same everywhere.
 */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Unescapes one reference token: `~1` → `/`, then `~0` → `~` (in that order, so `~01` stays `~1`). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends a token to a pointer. */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${typeof token === 'number' ? token : escapePointerToken(token)}`;
}

/** Splits a pointer into unescaped tokens; `""` is the whole value. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/**
 * Reads an own data property of an object (never an inherited one such as `constructor`, nor a getter: a value read
 * from an answer is data, and reading it must run nothing).
 */
export function readOwn(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

/** Whether a token is an array index as RFC 6901 writes one: digits without a leading zero. */
export function isIndexToken(token: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(token);
}

/**
 * The value at `pointer` in a JSON value (an answer, or a schema document), or undefined when any step is missing.
 * Array steps must be canonical indexes.
 */
export function resolvePointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(current) && !isIndexToken(token)) return undefined;
    current = readOwn(current, token);
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
    if (isIndexToken(token)) text += `[${token}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(token)) text += text === '' ? token : `.${token}`;
    else text += `[${JSON.stringify(token)}]`;
  }
  return text;
}
