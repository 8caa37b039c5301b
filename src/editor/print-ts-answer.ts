/**
 * Prints a JSON value as a TypeScript answer file, the way a person would write it. Kept free of imports so the
 * browser tests (which Playwright loads in plain Node) can print the same model answer the page shows.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDENT = '  ';
/** Arrays of short scalars up to this width stay on one line, as a person would write them. */
const INLINE_WIDTH = 72;

function quoteString(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

function printKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

/** Prints a JSON value as a TypeScript literal, indented like hand-written code. */
export function printTsLiteral(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => printTsLiteral(item, depth + 1));
    const inline = `[${items.join(', ')}]`;
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    if (scalars && inline.length + pad.length <= INLINE_WIDTH) return inline;
    return `[\n${items.map((item) => `${pad}${item},`).join('\n')}\n${close}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => `${pad}${printKey(key)}: ${printTsLiteral(item, depth + 1)},`);
    return `{\n${lines.join('\n')}\n${close}}`;
  }
  return 'null';
}

/** A whole TypeScript answer file for `value`, typed by the `Answer` declarations the editor provides. */
export function printTsAnswer(value: unknown): string {
  return `export const answer = ${printTsLiteral(value)} satisfies Answer;\n`;
}
