/**
 * Writing TypeScript type text: type expressions that know when they need parentheses, literals, property keys,
 * JSDoc comments and type names. Pure string work, shared by the schema-to-declarations generator.
 */

/**
 * A type as text. `kind` is how tightly it binds: an `atom` (a name, a literal, `{ … }`, a tuple) needs no
 * parentheses anywhere; an `operator` (`readonly X[]`, `-1`) needs them as an array element; intersections also
 * inside a union's neighbour intersection; unions inside intersections and arrays.
 */
export interface TypeText {
  text: string;
  kind: 'atom' | 'operator' | 'intersection' | 'union';
}

export const UNKNOWN: TypeText = { text: 'unknown', kind: 'atom' };
export const NEVER: TypeText = { text: 'never', kind: 'atom' };

/** A type written as it is, binding tightly. */
export function atom(text: string): TypeText {
  return { text, kind: 'atom' };
}

function parenthesize(type: TypeText): string {
  return `(${type.text})`;
}

/** `type` as an array element: `readonly T[]`. */
export function arrayOf(type: TypeText): TypeText {
  const element = type.kind === 'atom' ? type.text : parenthesize(type);
  return { text: `readonly ${element}[]`, kind: 'operator' };
}

/** Types joined with `&`, dropping `unknown` (the identity); duplicates are kept once. */
export function intersect(types: readonly TypeText[]): TypeText {
  const parts = dedupe(types.filter((type) => type.text !== 'unknown'));
  if (parts.length === 0) return UNKNOWN;
  if (parts.length === 1 && parts[0]) return parts[0];
  return {
    text: parts.map((type) => (type.kind === 'union' ? parenthesize(type) : type.text)).join(' & '),
    kind: 'intersection',
  };
}

/** Types joined with `|`, one per line (indented by `indent`) when they would not fit on one line. */
export function unite(types: readonly TypeText[], indent: string): TypeText {
  const parts = dedupe(types.filter((type) => type.text !== 'never'));
  if (parts.some((type) => type.text === 'unknown')) return UNKNOWN;
  if (parts.length === 0) return NEVER;
  if (parts.length === 1 && parts[0]) return parts[0];
  const oneLine = parts.map((type) => type.text).join(' | ');
  if (oneLine.length <= 80 && !oneLine.includes('\n')) return { text: oneLine, kind: 'union' };
  return { text: parts.map((type) => `\n${indent}  | ${type.text}`).join(''), kind: 'union' };
}

/** The text to write after `=` or `:`: a space, unless the type starts on a new line. */
export function afterSeparator(type: TypeText): string {
  return type.text.startsWith('\n') ? type.text : ` ${type.text}`;
}

function dedupe(types: readonly TypeText[]): TypeText[] {
  const seen = new Set<string>();
  return types.filter((type) => !seen.has(type.text) && seen.add(type.text));
}

/** The literal type of a JSON value (`const` and `enum` members). */
export function literalOf(value: unknown): TypeText {
  if (value === null) return atom('null');
  if (typeof value === 'string') return atom(JSON.stringify(value));
  if (typeof value === 'boolean') return atom(String(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return atom('number');
    return value < 0 || Object.is(value, -0) ? { text: String(value), kind: 'operator' } : atom(String(value));
  }
  if (Array.isArray(value)) return atom(`readonly [${value.map((item) => literalOf(item).text).join(', ')}]`);
  if (typeof value === 'object') {
    const members = Object.entries(value).map(([key, item]) => `readonly ${propertyKey(key)}: ${literalOf(item).text}`);
    return atom(members.length === 0 ? 'Record<string, never>' : `{ ${members.join('; ')} }`);
  }
  return UNKNOWN;
}

/** A property name as written in a type: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A PascalCase type name from a `$defs` key: `serviceName` → `ServiceName`, `food_delivery-x` → `FoodDeliveryX`. */
export function pascalCase(key: string): string {
  const words = key.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const name = words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join('');
  return name === '' ? 'Type' : name;
}

/**
 * A JSDoc comment from paragraphs, each line prefixed for `indent`; '' when there is nothing to say. `*\/` in the
 * text is broken up so a description can never end the comment.
 */
export function jsDoc(paragraphs: readonly string[], indent: string): string {
  const text = paragraphs
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') return '';
  const lines = text.replace(/\*\//g, '*\\/').split(/\r\n|\r|\n|\u2028|\u2029/);
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === '' ? '' : ` ${line}`}`).join('\n')}\n${indent} */\n`;
}

/** The list of an enum's members with their descriptions, as a Markdown list for a JSDoc comment. */
export function describeMembers(members: readonly unknown[], descriptions: readonly unknown[]): string {
  return members
    .flatMap((member, index) => {
      const description = descriptions[index];
      if (typeof description !== 'string' || description.trim() === '') return [];
      // Backticks inside the member would end the code span early; JSON text has none once they are escaped.
      return [`- \`${JSON.stringify(member).replace(/`/g, '\\u0060')}\`: ${description.trim()}`];
    })
    .join('\n');
}
