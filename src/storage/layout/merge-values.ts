/**
 * How two stored values of one kind become one, when an import or an undone reset meets what this browser already
 * holds. Values reach a merge already checked against their kind's schema. A merge never drops what the candidate
 * wrote: the draft it does not keep becomes the undo copy, and lists are joined without duplicates.
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import { undoKey } from '../storage-keys.ts';

/** What a merge decided. */
export interface MergeOutcome {
  /** The value to keep. */
  value: unknown;
  /** Whether it differs from the local value. */
  changed: boolean;
  /** Other items to write with it (the draft not kept, as the undo copy). */
  also?: { key: string; value: unknown }[];
  /** Records the list gained (list kinds only). */
  added?: number;
}

/** Merges the value here (`local`) with the one brought in; `params` are the item's key parameters. */
export type KindMerge = (local: unknown, incoming: unknown, params: Readonly<Record<string, string>>) => MergeOutcome;

/** Settings kept as they are here: the candidate's choice in this browser wins. */
export const keepLocal: KindMerge = (local) => ({ value: local, changed: false });

/** A flag that is set when either side set it (a model answer seen anywhere has been seen). */
export const keepEither: KindMerge = (local, incoming) => ({
  value: local === true || incoming === true ? true : local,
  changed: local !== true && incoming === true,
});

interface Draft {
  text: string;
  savedAt: number;
  tabId: string;
  revision: number;
}

/**
 * The newer draft (by `savedAt`) is kept and the other's text becomes the undo copy, so Undo on the exercise page
 * brings it back. When the incoming one wins, its revision is raised above both, so an open tab sees it as news.
 */
export const mergeDrafts: KindMerge = (local, incoming, params) => {
  const mine = local as Draft;
  const theirs = incoming as Draft;
  if (mine.text === theirs.text) return { value: mine, changed: false };
  const undo = undoKey(params['exerciseId'] ?? '', (params['format'] ?? 'json') as AnswerFormat);
  if (mine.savedAt >= theirs.savedAt)
    return { value: mine, changed: false, also: [{ key: undo, value: { text: theirs.text } }] };
  return {
    value: { ...theirs, revision: Math.max(mine.revision, theirs.revision) + 1 },
    changed: true,
    also: [{ key: undo, value: { text: mine.text } }],
  };
};

/**
 * Lists of records joined by identity (`at` of an attempt, `id` of a mock): a record already here is kept as it is,
 * new ones are added, the whole is ordered by `order` (a stable sort, so equal times keep their order) and only the
 * latest `max` are kept, the bound the list always has.
 */
export function mergeListsByIdentity(settings: { identity: string; order: string; max: number }): KindMerge {
  const { identity, order, max } = settings;
  return (local, incoming) => {
    const mine = local as Record<string, unknown>[];
    const seen = new Set(mine.map((record) => record[identity]));
    const added = (incoming as Record<string, unknown>[]).filter((record) => {
      if (seen.has(record[identity])) return false;
      seen.add(record[identity]);
      return true;
    });
    if (added.length === 0) return { value: mine, changed: false, added: 0 };
    const joined = [...mine, ...added].sort((a, b) => Number(a[order]) - Number(b[order])).slice(-max);
    const kept = added.filter((record) => joined.includes(record)).length;
    return { value: joined, changed: kept > 0 || joined.length !== mine.length, added: kept };
  };
}

/** Maps of id → time joined: every id from either side, each with the earlier time (a lesson read first then). */
export const mergeEarliestTimes: KindMerge = (local, incoming) => {
  const joined: Record<string, number> = { ...(local as Record<string, number>) };
  let added = 0;
  for (const [id, at] of Object.entries(incoming as Record<string, number>)) {
    const mine = Object.hasOwn(joined, id) ? joined[id] : undefined;
    if (mine === undefined) added += 1;
    if (mine === undefined || at < mine) joined[id] = at;
  }
  const changed = Object.entries(joined).some(([id, at]) => (local as Record<string, number>)[id] !== at);
  return { value: changed ? joined : local, changed, added };
};
