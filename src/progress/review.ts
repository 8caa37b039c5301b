/**
 * The daily review: one FSRS card per takeaway (ts-fsrs, no scheduler of our own), replayed from the evidence in time
 * order, so the schedule is derived from what was graded and never stored apart from it. Pure: `now` is passed in.
 *
 * Ratings: a miss is Again; partial is Hard; a success is Good, except with a hint open (Hard: recalled with help) and
 * in a timed mock (Easy: recalled unaided, under time, as in the interview).
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { TakeawayEvidence } from './evidence.ts';

/**
 * The scheduler's parameters. Retention 0.9 (FSRS's default: nine in ten due takeaways still known). Intervals stop at
 * 180 days: interview preparation runs for months, not decades. No fuzz, so the schedule is the same on every device
 * and in the tests. Short-term steps of one hour, learning and relearning: a miss is due again within the hour (the
 * same day), and a success after it moves the takeaway back to days.
 */
export const REVIEW_PARAMETERS = generatorParameters({
  request_retention: 0.9,
  maximum_interval: 180,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['1h'],
  relearning_steps: ['1h'],
});

const scheduler = fsrs(REVIEW_PARAMETERS);

/** The rating one piece of evidence gives its takeaway's card. */
export function rateEvidence(evidence: Pick<TakeawayEvidence, 'kind' | 'outcome'>): Grade {
  if (evidence.outcome === 'miss') return Rating.Again;
  if (evidence.outcome === 'partial') return Rating.Hard;
  if (evidence.kind === 'mock') return Rating.Easy;
  return evidence.kind === 'practice-with-hints' ? Rating.Hard : Rating.Good;
}

/** A takeaway's review state: when it is next due, and the interval FSRS set at the last answer. */
export interface ReviewState {
  takeaway: string;
  /** When it is due, ms since the epoch. */
  due: number;
  /** The answer the schedule was last set by, ms since the epoch. */
  lastAnswer: number;
  /** Days between the last answer and the due date, as FSRS scheduled it (fractions for the short-term steps). */
  intervalDays: number;
  /** FSRS's memory stability, in days. */
  stability: number;
}

/** Replays one takeaway's evidence (oldest first; any order is sorted) into its card. */
export function replayCard(evidence: readonly TakeawayEvidence[]): Card | undefined {
  const sorted = [...evidence].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  if (!first) return undefined;
  let card = createEmptyCard(new Date(first.at));
  for (const item of sorted) card = scheduler.next(card, new Date(item.at), rateEvidence(item)).card;
  return card;
}

/** The review state of every takeaway that has evidence, from all the evidence (any order, any takeaways). */
export function scheduleReviews(evidence: readonly TakeawayEvidence[]): Map<string, ReviewState> {
  const byTakeaway = new Map<string, TakeawayEvidence[]>();
  for (const item of evidence) {
    const list = byTakeaway.get(item.takeaway);
    if (list) list.push(item);
    else byTakeaway.set(item.takeaway, [item]);
  }
  const states = new Map<string, ReviewState>();
  for (const [takeaway, items] of byTakeaway) {
    const card = replayCard(items);
    if (!card?.last_review) continue;
    const lastAnswer = card.last_review.getTime();
    const due = card.due.getTime();
    states.set(takeaway, {
      takeaway,
      due,
      lastAnswer,
      intervalDays: (due - lastAnswer) / 86_400_000,
      stability: card.stability,
    });
  }
  return states;
}

/** Whether a takeaway is due by `endOfToday` (the end of the reader's day, ms since the epoch). */
export function isDue(state: ReviewState, endOfToday: number): boolean {
  return state.due <= endOfToday;
}
