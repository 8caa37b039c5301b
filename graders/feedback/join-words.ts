/** Lists for messages, joined as a sentence would join them. Imports nothing, so checks can use it freely. */

/** Joins items for a message: `a`, `a and b`, `a, b and c`, each quoted as the caller decides. */
export function joinWords(
  items: readonly string[],
  quote: (item: string) => string = (item) => `"${item}"`,
  conjunction: 'and' | 'or' = 'and',
): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
