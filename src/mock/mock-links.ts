/** The addresses of the mock interview pages, shared by the exercise page, the /mock/ page and the review. */
import { withBase } from '../site-paths.ts';

/** The fragment that starts a mock on an exercise page (a fragment, so the offline copy of the page serves it). */
export const START_MOCK_HASH = '#start-mock';

/** The review of one mock: one page per exercise, the mock's id in the fragment (never sent, always offline). */
export function reviewHref(exerciseId: string, mockId: string): string {
  return withBase(`/mock/review/${exerciseId}/#${encodeURIComponent(mockId)}`);
}
