/**
 * What the exercise page says when a part it loads on demand is missing because the reader is offline and never
 * downloaded it: plainly, in the notices' live region, and without blaming the exercise or asking for a reload that
 * cannot work offline. Grading never needs these parts: it is precached (src/integrations/service-worker.ts).
 */
import type { Notices } from '../../exercise-pages/page/notices.ts';

/** A part of the exercise page that is downloaded on use, or by "make the editor and drawings available offline". */
export type OfflinePart = 'editor' | 'drawing';

/** The sentence every such notice starts with. */
export const OFFLINE_PART_MISSING = 'You are offline and this part was not downloaded';

const MESSAGES: Record<OfflinePart, string> = {
  editor: `${OFFLINE_PART_MISSING}: the full editor, with completion and inline checks. The text area works, and so does grading; reload once you are online to get the full editor.`,
  drawing: `${OFFLINE_PART_MISSING}: the drawing of your answer. Grading works without it; it is drawn once you are online and change the answer.`,
};

/** Shows, once per part, that `part` is missing offline. */
export function showOfflinePart(notices: Notices, part: OfflinePart): void {
  notices.show(`offline-${part}`, MESSAGES[part]);
}
