/** How a value the candidate wrote is quoted in a message: strings in quotes (shortened), others by kind. */
export function describeActual(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return 'an object';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** A JSON Schema type (or list of them, as ajv gives them) in words. */
export function describeExpectedType(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types
    .map((name) => (Object.hasOwn(TYPE_WORDS, String(name)) ? TYPE_WORDS[String(name)] : String(name)))
    .join(' or ');
}

/** Edit distance, to suggest the value or field a candidate probably meant. */
export function measureEditDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of `options` to `typed`, when it is close enough to be a slip (case, a letter or two). */
export function findNearest(typed: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = option.toLowerCase() === typed.toLowerCase() ? 0.5 : measureEditDistance(typed, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}
