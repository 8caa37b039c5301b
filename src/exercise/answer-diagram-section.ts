/** What each part of an answer diagram contributes to its title and its text alternative. */

/** One drawn part of the answer: a few words for the title, and a clause for the summary ('' when nothing drawn). */
export interface DiagramSection {
  title: string;
  summary: string;
}

/** "1 service", "2 services": a count with its noun in the right number. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** Up to `max` names joined with commas, then "and N more". */
export function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
