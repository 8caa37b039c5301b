/**
 * Mastery of one takeaway from its evidence (evidence.ts): a weighted score where a success counts 1, partial ½ and a
 * miss 0; a mock weighs {@link KIND_WEIGHTS}.mock, practice 2, practice with a hint open 1; and evidence loses half its
 * weight every {@link HALF_LIFE_DAYS} days, so recent answers decide. Reading a lesson is never evidence.
 */
import type { EvidenceKind, Outcome, TakeawayEvidence } from './evidence.ts';

/** How a takeaway stands. */
export type MasteryState = 'not-started' | 'weak' | 'learning' | 'solid';

/** How much one answer of each kind counts. */
export const KIND_WEIGHTS: Readonly<Record<EvidenceKind, number>> = { mock: 3, practice: 2, 'practice-with-hints': 1 };
/** The value of each outcome in the score. */
export const OUTCOME_VALUES: Readonly<Record<Outcome, number>> = { success: 1, partial: 0.5, miss: 0 };
/** Evidence this many days old counts half as much as today's. */
export const HALF_LIFE_DAYS = 30;
/** Below this score a takeaway is weak. */
export const WEAK_BELOW = 0.5;
/** At or above this score (with the other conditions of {@link judgeMastery}) a takeaway is solid. */
export const SOLID_FROM = 0.8;
/** Two successes at least this far apart are needed for solid: once may be luck, or the hint still in mind. */
export const SOLID_SPACING_MS = 12 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A takeaway's mastery: its state, the weighted score (0 to 1) and how many answers it rests on. */
export interface Mastery {
  state: MasteryState;
  /** The recency-weighted score, 0 to 1; `undefined` when not started. */
  score?: number;
  answers: number;
}

/**
 * Judges one takeaway at `now` from its evidence (any order). Not started: no graded answer tests it yet. Weak: the
 * score is under {@link WEAK_BELOW}, or the latest answer missed. Solid: the score is at least {@link SOLID_FROM}, the
 * latest answer was a success, and two successes lie at least {@link SOLID_SPACING_MS} apart. Learning: in between.
 */
export function judgeMastery(evidence: readonly TakeawayEvidence[], now: number): Mastery {
  if (evidence.length === 0) return { state: 'not-started', answers: 0 };
  let weighted = 0;
  let total = 0;
  let latest = evidence[0] as TakeawayEvidence;
  let firstSuccess = Number.POSITIVE_INFINITY;
  let lastSuccess = Number.NEGATIVE_INFINITY;
  for (const item of evidence) {
    const age = Math.max(0, now - item.at) / DAY_MS;
    const weight = KIND_WEIGHTS[item.kind] * 0.5 ** (age / HALF_LIFE_DAYS);
    weighted += weight * OUTCOME_VALUES[item.outcome];
    total += weight;
    if (item.at >= latest.at) latest = item;
    if (item.outcome === 'success') {
      firstSuccess = Math.min(firstSuccess, item.at);
      lastSuccess = Math.max(lastSuccess, item.at);
    }
  }
  const score = total > 0 ? weighted / total : 0;
  const answers = evidence.length;
  if (score < WEAK_BELOW || latest.outcome === 'miss') return { state: 'weak', score, answers };
  const spaced = lastSuccess - firstSuccess >= SOLID_SPACING_MS;
  if (score >= SOLID_FROM && latest.outcome === 'success' && spaced) return { state: 'solid', score, answers };
  return { state: 'learning', score, answers };
}
