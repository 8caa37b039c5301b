/**
 * Where a takeaway lives on the site. One place decides the anchor format so the lesson component
 * that renders a takeaway and the report that links to it can never disagree.
 */

/** The HTML id of a takeaway, e.g. `microservices.sync-vs-async` → `takeaway-microservices-sync-vs-async`. */
export function takeawayAnchor(takeawayId: string): string {
  return `takeaway-${takeawayId.replace('.', '-')}`;
}

/** The lesson slug a takeaway belongs to: the part of its id before the dot. */
export function lessonOfTakeaway(takeawayId: string): string {
  const dot = takeawayId.indexOf('.');
  return dot === -1 ? takeawayId : takeawayId.slice(0, dot);
}

/** The site-relative link to a takeaway in its lesson, e.g. `/architecture-patterns/microservices/#takeaway-…`. */
export function takeawayHref(chapter: string, takeawayId: string): string {
  return `/${chapter}/${lessonOfTakeaway(takeawayId)}/#${takeawayAnchor(takeawayId)}`;
}
