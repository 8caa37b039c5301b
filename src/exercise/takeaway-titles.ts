/** Short titles for takeaways, from their text, for links such as "Review: …". */
import type { Takeaway } from '../schemas/lesson.ts';

/** The first sentence of a takeaway's text, cut at 90 characters. */
export function titleTakeaway(text: string): string {
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 90 ? `${sentence.slice(0, 89).trimEnd()}…` : sentence;
}

/** Takeaway id → title, for every takeaway given. */
export function mapTakeawayTitles(takeaways: readonly Takeaway[]): Record<string, string> {
  return Object.fromEntries(takeaways.map((takeaway) => [takeaway.id, titleTakeaway(takeaway.text)]));
}
