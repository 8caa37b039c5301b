/** Writes a value as a TypeScript answer in one of several styles a candidate might use. */

/** How to write the answer. */
export interface TsStyle {
  quote: "'" | '"' | '`';
  exportStyle: 'export-const' | 'export-default' | 'const' | 'export-list';
  asConst: boolean;
  hoist: boolean;
  trailingCommas: boolean;
  comments: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set([
  'answer',
  'true',
  'false',
  'null',
  'undefined',
  'const',
  'let',
  'var',
  'function',
  'class',
  'new',
  'this',
  'typeof',
  'void',
  'delete',
  'in',
  'instanceof',
  'default',
  'export',
  'import',
  'return',
  'if',
  'for',
  'while',
  'do',
  'switch',
  'case',
  'break',
  'continue',
  'try',
  'catch',
  'finally',
  'throw',
  'with',
  'yield',
  'await',
  'enum',
  'super',
  'extends',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'type',
  'declare',
  'as',
  'satisfies',
  'of',
  'get',
  'set',
  'async',
  'NaN',
  'Infinity',
  'eval',
  'arguments',
  'debugger',
]);

/** A string literal in the chosen quote; templates escape backticks and `${`. */
function quoteString(text: string, quote: TsStyle['quote']): string {
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (quote === '`' && char === '$') out += '\\$';
    else if (char === '\n') out += quote === '`' ? '\n' : '\\n';
    else if (char === '\r') out += '\\r';
    else if (code < 32 || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff))
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out + quote;
}

function literal(value: unknown, style: TsStyle, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteString(value, style.quote);
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  const comma = style.trailingCommas ? ',' : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${literal(item, style, inner)}`).join(',\n')}${comma}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (name: string) => (IDENTIFIER.test(name) && name !== '__proto__' ? name : quoteString(name, "'"));
  return `{\n${entries.map(([name, item]) => `${inner}${style.comments ? '/* field */ ' : ''}${key(name)}: ${literal(item, style, inner)}`).join(',\n')}${comma}\n${indent}}`;
}

/** The whole answer file. Hoisted top-level fields become constants referenced by shorthand. */
export function toTsSource(value: unknown, style: TsStyle): string {
  const lines: string[] = [];
  if (style.comments) lines.push('// A generated answer.', "type Style = 'sync' | 'async';");
  if (style.hoist && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const kept: string[] = [];
    for (const [name, item] of Object.entries(value)) {
      if (IDENTIFIER.test(name) && !RESERVED.has(name)) {
        lines.push(`const ${name} = ${literal(item, style, '')}${style.asConst ? ' as const' : ''};`);
        kept.push(name);
      } else {
        kept.push(`${quoteString(name, "'")}: ${literal(item, style, '  ')}`);
      }
    }
    const body = kept.length === 0 ? '{}' : `{ ${kept.join(', ')} }`;
    lines.push(declare(body, style));
    return lines.join('\n');
  }
  lines.push(declare(literal(value, style, ''), style));
  return lines.join('\n');
}

function declare(body: string, style: TsStyle): string {
  const suffix = style.asConst ? ' as const' : ' satisfies unknown';
  switch (style.exportStyle) {
    case 'export-const':
      return `export const answer = ${body}${suffix};`;
    case 'export-default':
      return `export default ${body}${suffix};`;
    case 'const':
      return `const answer: unknown = ${body};`;
    case 'export-list':
      return `const $answer = ${body}${suffix};\nexport { $answer as default };`;
  }
}
