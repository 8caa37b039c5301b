/**
 * The wording of the "Answer format" panel, shared by the panel and its tests: the kind of value a field holds in a
 * few words (`list of names, at least 1`), and text with `code` spans split out for rendering.
 */
import type { ValueFormat } from './describe-answer-fields.ts';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a list holds, in the plural: `names`, `objects`, `values (each one of 7)`. */
function itemsNoun(item: ValueFormat): string {
  switch (item.kind) {
    case 'choice':
      return item.values.length === 1
        ? `values (each \`${item.values[0]?.text ?? ''}\`)`
        : `values (each one of ${item.values.length})`;
    case 'text':
      return item.named !== undefined ? `${item.named}s` : 'text items';
    case 'number':
      return 'numbers';
    case 'integer':
      return 'whole numbers';
    case 'boolean':
      return '`true` or `false` values';
    case 'null':
      return '`null`s';
    case 'object':
      return 'objects';
    case 'list':
      return 'lists';
    case 'alternatives':
      return 'items of several kinds';
    case 'recursive':
      return item.path === '' ? 'objects shaped like the whole answer' : `objects shaped like \`${item.path}\``;
    case 'any':
      return 'items of any kind';
    case 'never':
      return 'items (none allowed)';
  }
}

/**
 * The kind of value in a few words, for the panel: `one of 7 values`, `name`, `text, up to 300 characters`,
 * `list of objects, at least 1`. Backticks mark code.
 */
export function describeKind(value: ValueFormat): string {
  switch (value.kind) {
    case 'choice':
      return value.values.length === 1
        ? `exactly \`${value.values[0]?.text ?? ''}\``
        : `one of ${value.values.length} values`;
    case 'text': {
      const patterns = value.patterns.map((pattern) => `matching \`${pattern}\``);
      // A named kind (`name`) is explained once, with its limits, above the fields.
      if (value.named !== undefined) return [value.named, ...patterns].join(', ');
      const { minLength, maxLength } = value;
      const limits: string[] = [];
      if (maxLength !== undefined && minLength !== undefined && minLength > 1)
        limits.push(`${minLength} to ${maxLength} characters`);
      else if (maxLength !== undefined) limits.push(`up to ${plural(maxLength, 'character', 'characters')}`);
      else if (minLength !== undefined && minLength > 1) limits.push(`at least ${minLength} characters`);
      return ['text', ...patterns, ...limits].join(', ');
    }
    case 'number':
      return 'number';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    case 'object':
      return 'object';
    case 'list': {
      const limits: string[] = [];
      if (value.minItems !== undefined && value.minItems > 0 && value.maxItems !== undefined)
        limits.push(`${value.minItems} to ${value.maxItems}`);
      else if (value.minItems !== undefined && value.minItems > 0) limits.push(`at least ${value.minItems}`);
      else if (value.maxItems !== undefined) limits.push(`at most ${value.maxItems}`);
      if (value.unique) limits.push('no repeats');
      return [`list of ${itemsNoun(value.item)}`, ...limits].join(', ');
    }
    case 'alternatives':
      return value.options.map(describeKind).join(', or ');
    case 'recursive':
      return value.path === '' ? 'same shape as the whole answer' : `same shape as \`${value.path}\``;
    case 'any':
      return 'any value';
    case 'never':
      return 'no value is allowed';
  }
}

/** Text split at backticks: `code` spans become parts with `code: true`, for rendering as `<code>`. */
export function splitInlineCode(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.length > 1 && piece.startsWith('`') && piece.endsWith('`')
        ? { text: piece.slice(1, -1), code: true }
        : { text: piece, code: false },
    );
}
