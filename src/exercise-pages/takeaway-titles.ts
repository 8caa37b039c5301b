/** Short titles for takeaways, from their text, for links such as "Review: …". */
import type { Takeaway } from '../../graders/index.ts';

/** The first sentence of a takeaway's text; a longer one is cut after its last whole word within 90 characters. */
export function titleTakeaway(text: string): string {
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 89);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Takeaway id → title, for every takeaway given. */
export function mapTakeawayTitles(takeaways: readonly Takeaway[]): Record<string, string> {
  return Object.fromEntries(takeaways.map((takeaway) => [takeaway.id, titleTakeaway(takeaway.text)]));
}
