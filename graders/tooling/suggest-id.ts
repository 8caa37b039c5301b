/** "Did you mean …?" for an exercise id typed slightly wrong. */

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`: the Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The id `typed` most likely meant: the single closest by edit distance, if at most a third of its letters are
 * wrong (a typo, a dropped hyphen), or else the only id that contains what was typed (a shortened id). Undefined
 * when nothing is that close or two ids are equally close, so an unrelated word gets the list without a guess.
 */
export function suggestId(typed: string, ids: readonly string[]): string | undefined {
  const wanted = typed.trim().toLowerCase();
  if (wanted === '') return undefined;
  const ranked = ids
    .map((id) => ({ id, distance: editDistance(wanted, id.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  const [best, runnerUp] = ranked;
  const unique = runnerUp === undefined || runnerUp.distance > (best?.distance ?? 0);
  if (best !== undefined && unique && best.distance <= Math.max(1, Math.floor(best.id.length / 3))) return best.id;
  const containing = ids.filter((id) => id.toLowerCase().includes(wanted));
  return wanted.length >= 4 && containing.length === 1 ? containing[0] : undefined;
}
