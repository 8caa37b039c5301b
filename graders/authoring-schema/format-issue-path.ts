/** A zod issue path as an author reads it in their frontmatter: `rubric[2].points`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The inverse of `formatIssuePath`: `rubric[2].points` → `['rubric', 2, 'points']`. */
export function parseIssuePath(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}
